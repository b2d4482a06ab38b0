/**
 * Sync figures from one run (docs/operations.md, "Performance budgets"), against a PostgreSQL database this
 * script creates and drops: BENCH_DATABASE_URL, else DATABASE_URL, else the local server.
 *  1. push of 1 000 mutations end to end: Dexie outbox (fake-indexeddb) → JSON → push endpoint → PostgreSQL
 *  2. pull and apply of 5 000 records: pull endpoint → JSON → apply code → Dexie (fake-indexeddb, Node)
 *  3. pull p95 at 50 concurrent clients over loopback HTTP
 *  4. the floor: the same 1 000 rows inserted straight with postgres.js, in batches of 100, and (1) as a
 *     ratio to it (budget ≤ 5×)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import postgres from 'postgres';
import { freshDatabase } from '../lib/database';

export interface Figure {
	name: string;
	value: string;
	budget: string;
	ok: boolean | null;
}

const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function benchSync(): Promise<Figure[]> {
	const fresh = await freshDatabase('tp_bench', { baseUrl });
	// The endpoints reach the database through the process singleton, which reads DATABASE_URL.
	process.env.DATABASE_URL = fresh.url;
	try {
		return await run(fresh.url);
	} finally {
		const { database } = await import('../../src/lib/server/db/index');
		await (await database()).close();
		await fresh.drop();
	}
}

async function run(databaseUrl: string): Promise<Figure[]> {
	const { database } = await import('../../src/lib/server/db/index');
	const { makeResident } = await import('../../src/lib/server/sync/testing');
	const { SyncDatabase } = await import('../../src/lib/client/db');
	const { SyncEngine } = await import('../../src/lib/client/sync/engine');
	const { writeLocal } = await import('../../src/lib/client/sync/local-write');
	const { writeMeta } = await import('../../src/lib/client/sync/meta');
	const { newId } = await import('../../src/lib/shared/id');
	const { POST: pushHandler } = await import('../../src/routes/api/sync/push/+server');
	const { GET: pullHandler } = await import('../../src/routes/api/sync/pull/+server');
	const { db } = await database();

	const figures: Figure[] = [];
	const indexedDB = new IDBFactory();
	const resident = await makeResident(db);
	const locals = { user: { id: resident.userId, email: 'bench@example.nl', displayName: 'Bench', roles: ['inwoner' as const], organisationId: null, locale: 'nl' as const }, sessionId: null };

	const call = async (handler: (event: never) => Response | Promise<Response>, url: URL, body?: unknown) => {
		const request = new Request(url, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
		const response = await handler({ request, url, locals } as never);
		return response.json();
	};
	const transport = {
		push: (body: unknown) => call(pushHandler, new URL('http://bench/api/sync/push'), body),
		pull: (since: number) => call(pullHandler, new URL(`http://bench/api/sync/pull?since=${since}`)),
		catalogue: async () => ({ cursor: 0, hasMore: false, records: [] })
	};

	// 1. Push 1 000 mutations end to end, measured warm: a first push of 100 (not counted) compiles the
	// code paths and prepares the statements, as on a server that has been running for a while.
	const writer = new SyncDatabase('bench-writer', { indexedDB, IDBKeyRange });
	await writeMeta(writer, 'portfolioId', resident.portfolioId);
	for (let i = 0; i < 100; i++) {
		await writeLocal(writer, { entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: `warm-${i}`, level: 1 } });
	}
	await new SyncEngine(writer, transport).push();
	for (let i = 0; i < 1000; i++) {
		await writeLocal(writer, { entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: `skill-${i}`, level: 1 + (i % 4) } });
	}
	const pushStart = performance.now();
	await new SyncEngine(writer, transport).push();
	const pushMs = performance.now() - pushStart;
	figures.push({ name: 'push 1 000 mutations (outbox → endpoint → PostgreSQL)', value: ms(pushMs), budget: '< 2 000 ms', ok: pushMs < 2000 });

	// Grow the portfolio to 5 000 records for the pull figures.
	await new SyncEngine(writer, transport).push();
	for (let i = 1000; i < 5000; i++) {
		await writeLocal(writer, { entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: `skill-${i}`, level: 1 } });
	}
	await new SyncEngine(writer, transport).push();

	// 2. Pull and apply 5 000 records into a fresh device.
	const reader = new SyncDatabase('bench-reader', { indexedDB, IDBKeyRange });
	const pullStart = performance.now();
	await new SyncEngine(reader, transport).pull();
	const pullMs = performance.now() - pullStart;
	const applied = await reader.records.count();
	figures.push({ name: `pull + apply ${applied} records (endpoint → Dexie on fake-indexeddb, Node)`, value: ms(pullMs), budget: '< 1 000 ms (desktop browser)', ok: pullMs < 1000 });

	// 3. Pull p95 at 50 concurrent clients over loopback HTTP.
	const poll = await pullLatencyP95(pullHandler, locals, resident.portfolioId, 0);
	figures.push({ name: 'pull p95, 50 concurrent clients, poll with no changes', value: ms(poll), budget: '< 50 ms', ok: poll < 50 });
	const catchUp = await pullLatencyP95(pullHandler, locals, resident.portfolioId, 1);
	figures.push({ name: 'pull p95, 50 concurrent clients, catch-up of 100 changes', value: ms(catchUp), budget: '< 50 ms', ok: catchUp < 50 });

	// 4. The same 1 000 rows straight into PostgreSQL with postgres.js, warm as well: one batch first (not
	// counted) opens the connection.
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	const other = await makeResident(db);
	await sql`insert into skill_claim ${sql(Array.from({ length: 100 }, (_, i) => ({ id: newId(), portfolio_id: other.portfolioId, version: 0, skill_id: `warm-${i}`, level: 1, source: 'zelf' })))}`;
	const rawStart = performance.now();
	for (let batch = 0; batch < 10; batch++) {
		const rows = Array.from({ length: 100 }, (_, i) => ({
			id: newId(),
			portfolio_id: other.portfolioId,
			version: batch + 1,
			skill_id: `skill-${batch * 100 + i}`,
			level: 1,
			source: 'zelf'
		}));
		await sql`insert into skill_claim ${sql(rows)}`;
	}
	const rawMs = performance.now() - rawStart;
	await sql.end();
	figures.push({ name: 'floor: raw postgres.js insert of 1 000 rows (10 × 100)', value: ms(rawMs), budget: 'n/a', ok: null });
	const ratio = pushMs / rawMs;
	figures.push({ name: 'push 1 000 mutations as a ratio to the floor', value: `${ratio.toFixed(1)}× floor`, budget: '≤ 5×', ok: ratio <= 5 });

	writer.close();
	reader.close();
	return figures;
}

/**
 * 50 clients, each issuing requests back to back for a fixed count, against a loopback HTTP server in
 * front of the real pull handler; p95 over every request.
 */
async function pullLatencyP95(
	handler: (event: never) => Response | Promise<Response>,
	locals: unknown,
	portfolioId: string,
	behind: number
): Promise<number> {
	const { eq } = await import('drizzle-orm');
	const { database } = await import('../../src/lib/server/db/index');
	const { portfolioSync } = await import('../../src/lib/server/db/schema');
	const { db } = await database();
	const [head] = await db.select({ version: portfolioSync.version }).from(portfolioSync).where(eq(portfolioSync.portfolioId, portfolioId));
	// `behind` pushes of 100 changes each that the polling device has not seen yet.
	const since = head!.version - behind;

	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const response = await handler({ request: new Request(url), url, locals } as never);
		res.writeHead(response.status, { 'content-type': 'application/json' });
		res.end(Buffer.from(await response.arrayBuffer()));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const clients = Number(process.env.BENCH_CLIENTS ?? 50);
	// The load runs in its own thread so the server's event loop is not also the clients'.
	const worker = new Worker(LOAD_SCRIPT, { eval: true, workerData: { url: `http://127.0.0.1:${port}/api/sync/pull?since=${since}`, clients, requests: 40 } });
	const latencies = await new Promise<number[]>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
	await worker.terminate();
	server.close();
	latencies.sort((a, b) => a - b);
	return latencies[Math.floor(latencies.length * 0.95)]!;
}

const LOAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, clients, requests } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const latencies = [];
const get = () => new Promise((resolve, reject) => {
	http.get(url, { agent }, (res) => { res.resume(); res.on('end', resolve); }).on('error', reject);
});
async function client(record) {
	for (let i = 0; i < requests; i++) {
		const start = performance.now();
		await get();
		if (record) latencies.push(performance.now() - start);
	}
}
client(false)
	.then(() => Promise.all(Array.from({ length: clients }, () => client(true))))
	.then(() => parentPort.postMessage(latencies));
`;

const ms = (value: number) => `${Math.round(value)} ms`;
