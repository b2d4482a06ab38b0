/**
 * The server keeps no sync state of its own: two `node build` processes on different ports against one
 * PostgreSQL database, and a push through one is pulled through the other (docs/operations.md,
 * "Several instances behind a load balancer"). Needs the production build and PostgreSQL (DATABASE_URL,
 * else the local server).
 */
import { request } from '@playwright/test';
import { newId } from '../src/lib/shared/id';
import { createSession, SESSION_COOKIE } from '../src/lib/server/auth/session';
import { openDatabase, type DbHandle } from '../src/lib/server/db/client';
import { makeResident } from '../src/lib/server/sync/testing';
import { expect, test } from './support';
import { AppServer } from '../scripts/lib/app-server';
import { freshDatabase, type FreshDatabase } from '../scripts/lib/database';
import { freePort } from '../scripts/lib/free-port';

const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A server on a free port of its own, without the demo data. */
async function startServer(databaseUrl: string): Promise<AppServer> {
	const port = await freePort();
	const server = new AppServer({ port, databaseUrl, origin: `http://127.0.0.1:${port}`, seed: false, output: 'ignore' });
	await server.start();
	return server;
}

test.describe('two server processes', () => {
	let database: FreshDatabase | undefined;
	let handle: DbHandle;
	const servers: AppServer[] = [];

	test.afterAll(async () => {
		for (const server of servers) await server.stop();
		await handle?.close();
		await database?.drop();
	});

	test('a push through one server is pulled through the other', async () => {
		database = await freshDatabase('tp_two_servers', { baseUrl });
		// Migrated once here, so the two servers do not race to migrate.
		handle = await openDatabase({ url: database.url });
		const resident = await makeResident(handle.db);
		const { token } = await createSession(handle.db, resident.userId);

		const [a, b] = [await startServer(database.url), await startServer(database.url)];
		servers.push(a, b);
		const headers = { cookie: `${SESSION_COOKIE}=${token}` };
		const viaA = await request.newContext({ baseURL: a.origin, extraHTTPHeaders: headers });
		const viaB = await request.newContext({ baseURL: b.origin, extraHTTPHeaders: headers });

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
