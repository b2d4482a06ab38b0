/**
 * The server keeps no sync state of its own: two `node build` processes on different ports against one
 * PostgreSQL database, and a push through one is pulled through the other (docs/operations.md,
 * "Several instances behind a load balancer"). Needs the production build and PostgreSQL (DATABASE_URL,
 * else the local server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from '@playwright/test';
import postgres from 'postgres';
import { newId } from '../src/lib/shared/id';
import { createSession, SESSION_COOKIE } from '../src/lib/server/auth/session';
import { openDatabase, type DbHandle } from '../src/lib/server/db/client';
import { makeResident } from '../src/lib/server/sync/testing';
import { expect, test } from './support';
import { freePort } from '../scripts/free-port';

const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function startServer(databaseUrl: string): Promise<{ url: string; process: ChildProcess }> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), ORIGIN: url, DATABASE_URL: databaseUrl, SEED_DEMO: '0' },
		stdio: 'ignore'
	});
	for (let attempt = 0; attempt < 100; attempt++) {
		const up = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
		if (up) return { url, process: child };
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`server on ${port} did not start`);
}

test.describe('two server processes', () => {
	const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
	const name = `tp_two_servers_${Date.now()}`;
	let handle: DbHandle;
	const servers: ChildProcess[] = [];

	test.afterAll(async () => {
		for (const child of servers) child.kill('SIGTERM');
		await handle?.close();
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.end();
	});

	test('a push through one server is pulled through the other', async () => {
		await admin.unsafe(`create database "${name}"`);
		const url = new URL(baseUrl);
		url.pathname = `/${name}`;
		// Migrated once here, so the two servers do not race to migrate.
		handle = await openDatabase({ url: url.toString() });
		const resident = await makeResident(handle.db);
		const { token } = await createSession(handle.db, resident.userId);

		const [a, b] = [await startServer(url.toString()), await startServer(url.toString())];
		servers.push(a.process, b.process);
		const headers = { cookie: `${SESSION_COOKIE}=${token}` };
		const viaA = await request.newContext({ baseURL: a.url, extraHTTPHeaders: headers });
		const viaB = await request.newContext({ baseURL: b.url, extraHTTPHeaders: headers });

		const claimId = newId();
		const pushA = await viaA.post('/api/sync/push', {
			data: {
				clientId: newId(),
				portfolioId: resident.portfolioId,
				mutations: [{ mutationId: 1, entity: 'skillClaim', entityId: claimId, op: 'create', patch: { skillId: 'lassen', level: 2 }, baseVersion: 0 }]
			}
		});
		expect(pushA.status()).toBe(200);
		const pulledB = await (await viaB.get('/api/sync/pull?since=0')).json();
		expect(pulledB.records).toEqual([
			{ entity: 'skillClaim', id: claimId, version: 1, deleted: false, data: { skillId: 'lassen', level: 2, source: 'zelf', lastUsedYear: null } }
		]);

		const pushB = await viaB.post('/api/sync/push', {
			data: {
				clientId: newId(),
				portfolioId: resident.portfolioId,
				mutations: [{ mutationId: 1, entity: 'skillClaim', entityId: claimId, op: 'patch', patch: { level: 3 }, baseVersion: 1 }]
			}
		});
		expect(await pushB.json()).toEqual({ lastMutationId: 1, version: 2, conflicts: [] });
		const pulledA = await (await viaA.get(`/api/sync/pull?since=${pulledB.cursor}`)).json();
		expect(pulledA).toMatchObject({ cursor: 2, hasMore: false, records: [{ id: claimId, version: 2, data: { level: 3 } }] });
		await viaA.dispose();
		await viaB.dispose();
	});
});
