/**
 * The property behind "never lose an edit": two devices of one resident and an adviser write while
 * the network drops requests, drops answers, duplicates and delays them. After everyone syncs, every
 * replica equals the server, every mutation applied exactly once, no acknowledged edit was overwritten
 * by someone who had not seen it, and every conflict reached the device that caused it.
 */
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncDatabase } from '$lib/client/db';
import { SyncEngine } from '$lib/client/sync/engine';
import { readMeta } from '$lib/client/sync/meta';
import { writeLocal } from '$lib/client/sync/local-write';
import { TransportError, type SyncTransport } from '$lib/client/sync/transport';
import type { EntityValues } from '$lib/shared/sync/entity';
import { sameValue } from '$lib/shared/sync/merge';
import type { Conflict, Mutation, PushBody, PushResponse } from '$lib/shared/sync/protocol';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullChanges } from './pull';
import { pushMutations } from './push';
import { writeEntities } from './server-write';
import { makeResident, makeUser, resetSyncTables } from './testing';

const CLAIMS = ['0190a000-0000-7000-8000-000000000001', '0190a000-0000-7000-8000-000000000002'];
const NUM_RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 50);

type Fault = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'late';

type Action =
	| { kind: 'profile'; device: number; field: 'displayName' | 'constraints' | 'about'; value: string }
	| { kind: 'claim'; device: number; claim: number; change: 'level' | 'lastUsedYear' | 'delete'; value: number }
	| { kind: 'adviser'; claim: number; field: 'level' | 'source'; value: number }
	| { kind: 'adviserLooks' }
	| { kind: 'sync'; device: number; push: Fault; pull: Fault }
	| { kind: 'deliverLate' };

const device = fc.integer({ min: 0, max: 1 });
const fault = fc.constantFrom<Fault>('ok', 'ok', 'dropRequest', 'dropResponse', 'duplicate', 'late');
const action: fc.Arbitrary<Action> = fc.oneof(
	fc.record({ kind: fc.constant('profile' as const), device, field: fc.constantFrom('displayName' as const, 'constraints' as const, 'about' as const), value: fc.constantFrom('a', 'b', 'c') }),
	fc.record({ kind: fc.constant('claim' as const), device, claim: fc.integer({ min: 0, max: 1 }), change: fc.constantFrom('level' as const, 'level' as const, 'lastUsedYear' as const, 'delete' as const), value: fc.integer({ min: 1, max: 4 }) }),
	fc.record({ kind: fc.constant('adviser' as const), claim: fc.integer({ min: 0, max: 1 }), field: fc.constantFrom('level' as const, 'source' as const), value: fc.integer({ min: 1, max: 4 }) }),
	fc.constant({ kind: 'adviserLooks' as const }),
	fc.record({ kind: fc.constant('sync' as const), device, push: fault, pull: fault }),
	fc.record({ kind: fc.constant('sync' as const), device, push: fault, pull: fault }),
	fc.constant({ kind: 'deliverLate' as const })
);

/** One field write the server applied: who, at which version, having seen which version. */
interface Write {
	version: number;
	writer: string;
	base: number;
	value: unknown;
}

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());

/** Everything the server did, seen from outside the network: the oracle's record. */
class ServerLog {
	applied = new Map<string, number>(); // `${client}:${mutationId}` → times applied
	lastApplied = new Map<string, number>();
	writes = new Map<string, Write[]>(); // `${entity}:${id}:${field}` → writes in apply order
	conflicts: (Conflict & { writer: string; base: number; version: number })[] = [];

	record(writer: string, version: number, mutations: Mutation[], conflicts: Conflict[]) {
		for (const m of mutations) {
			const key = `${writer}:${m.mutationId}`;
			this.applied.set(key, (this.applied.get(key) ?? 0) + 1);
			const mine = conflicts.filter((c) => c.mutationId === m.mutationId);
			this.conflicts.push(...mine.map((c) => ({ ...c, writer, base: m.baseVersion, version })));
			if (m.op === 'delete' || mine.some((c) => c.field === null)) continue;
			for (const [field, value] of Object.entries(m.patch ?? {})) {
				if (mine.some((c) => c.field === field)) continue;
				const k = `${m.entity}:${m.entityId}:${field}`;
				this.writes.set(k, [...(this.writes.get(k) ?? []), { version, writer, base: m.baseVersion, value }]);
			}
		}
	}

	recordPush(body: PushBody, answer: PushResponse) {
		const before = this.lastApplied.get(body.clientId) ?? 0;
		this.lastApplied.set(body.clientId, answer.lastMutationId);
		const fresh = body.mutations.filter((m) => m.mutationId > before);
		this.record(body.clientId, answer.version, fresh, answer.conflicts);
	}
}

async function runSchedule(actions: Action[], run: number) {
	await resetSyncTables(handle.db);
	const resident = await makeResident(handle.db);
	const adviser = await makeUser(handle.db, ['adviseur']);
	const log = new ServerLog();
	const late: PushBody[] = [];
	const actor = { userId: resident.userId, role: 'inwoner' as const };
	const serverPush = async (body: PushBody) => {
		const answer = await pushMutations(handle.db, actor, structuredClone(body));
		log.recordPush(body, answer);
		return answer;
	};
	const serverPull = (since: number) => pullChanges(handle.db, { portfolioId: resident.portfolioId, since, limit: 3 });

	const faults = { push: 'ok' as Fault, pull: 'ok' as Fault };
	const transport: SyncTransport = {
		async push(body) {
			const mode = faults.push;
			faults.push = 'ok';
			if (mode === 'dropRequest') throw new TransportError();
			if (mode === 'late') {
				late.push(structuredClone(body));
				throw new TransportError();
			}
			const answer = await serverPush(body);
			if (mode === 'duplicate') return serverPush(body);
			if (mode === 'dropResponse') throw new TransportError();
			return answer;
		},
		async pull(since) {
			const mode = faults.pull;
			faults.pull = 'ok';
			if (mode === 'dropRequest' || mode === 'late') throw new TransportError();
			const page = await serverPull(since);
			if (mode === 'dropResponse') throw new TransportError();
			return page;
		},
		catalogue: async () => ({ cursor: 0, hasMore: false, records: [] })
	};

	const indexedDB = new IDBFactory();
	const devices = [0, 1].map((i) => {
		const db = new SyncDatabase(`run-${run}-device-${i}`, { indexedDB, IDBKeyRange });
		return { db, engine: new SyncEngine(db, transport) };
	});
	const created: { device: number; mutationId: number }[] = [];
	let adviserSaw = 0;

	for (const a of actions) {
		if (a.kind === 'profile') {
			const { db } = devices[a.device]!;
			const exists = await db.records.get(['profile', resident.portfolioId]);
			const mutationId = await writeLocal(db, {
				entity: 'profile',
				entityId: resident.portfolioId,
				op: exists ? 'patch' : 'create',
				patch: { [a.field]: a.value }
			});
			created.push({ device: a.device, mutationId });
		} else if (a.kind === 'claim') {
			const { db } = devices[a.device]!;
			const id = CLAIMS[a.claim]!;
			const exists = await db.records.get(['skillClaim', id]);
			let patch: EntityValues | undefined;
			let op: Mutation['op'];
			if (!exists) [op, patch] = ['create', { skillId: `s${a.claim}`, level: a.value }];
			else if (a.change === 'delete') op = 'delete';
			else [op, patch] = ['patch', { [a.change]: a.change === 'level' ? a.value : 2000 + a.value }];
			created.push({ device: a.device, mutationId: await writeLocal(db, { entity: 'skillClaim', entityId: id, op, patch }) });
		} else if (a.kind === 'adviser') {
			const id = CLAIMS[a.claim]!;
			const value = a.field === 'level' ? a.value : a.value % 2 === 0 ? 'gevalideerd' : 'bewijs';
			const change = { entity: 'skillClaim', entityId: id, op: 'patch' as const, patch: { [a.field]: value }, baseVersion: adviserSaw };
			const { version, conflicts } = await writeEntities(handle.db, { userId: adviser.userId, role: 'adviseur' }, resident.portfolioId, [change]);
			log.record(`user:${adviser.userId}`, version, [{ ...change, mutationId: 1 }], conflicts);
		} else if (a.kind === 'adviserLooks') {
			adviserSaw = (await pullChanges(handle.db, { portfolioId: resident.portfolioId, since: 0, limit: 1000 })).cursor;
		} else if (a.kind === 'sync') {
			faults.push = a.push;
			faults.pull = a.pull;
			await devices[a.device]!.engine.sync().catch((e) => {
				if (!(e instanceof TransportError)) throw e;
			});
			faults.push = faults.pull = 'ok';
		} else if (late.length > 0) {
			await serverPush(late.shift()!);
		}
	}

	// Whatever the network still holds arrives, then everyone syncs on a good connection.
	for (const body of late) await serverPush(body);
	for (let round = 0; round < 2; round++) for (const d of devices) await d.engine.sync();

	const server = new Map<string, EntityValues>();
	for (const r of (await pullChanges(handle.db, { portfolioId: resident.portfolioId, since: 0, limit: 1000 })).records) {
		if (!r.deleted) server.set(`${r.entity}:${r.id}`, r.data!);
	}

	for (const [i, d] of devices.entries()) {
		// Every replica equals the server.
		const local = new Map((await d.db.records.toArray()).map((r) => [`${r.entity}:${r.id}`, r.data]));
		expect(local, `device ${i} replica`).toEqual(server);
		expect(await d.db.outbox.count()).toBe(0);
		// Every mutation made on the device was applied exactly once.
		const clientId = (await readMeta(d.db, 'clientId'))!;
		for (const c of created.filter((c) => c.device === i)) expect(log.applied.get(`${clientId}:${c.mutationId}`), `mutation ${c.mutationId}`).toBe(1);
		// Every conflict the server reported for this device's mutations reached it, even if an answer was lost.
		const reported = (await d.db.conflicts.toArray()).map(({ mutationId, entityId, field }) => ({ mutationId, entityId, field }));
		const expected = log.conflicts.filter((c) => c.writer === clientId).map(({ mutationId, entityId, field }) => ({ mutationId, entityId, field }));
		expect(reported).toEqual(expect.arrayContaining(expected));
		expect(reported).toHaveLength(expected.length);
	}

	for (const [key, writes] of log.writes) {
		const [entity, id, field] = key.split(':') as [string, string, string];
		const record = server.get(`${entity}:${id}`);
		if (!record) continue;
		// The server holds the last acknowledged write: nothing applied was lost.
		expect(record[field], key).toEqual(writes.at(-1)!.value);
		// No write replaced another writer's value it had not seen.
		for (let i = 1; i < writes.length; i++) {
			const [before, after] = [writes[i - 1]!, writes[i]!];
			if (before.writer !== after.writer && !sameValue(before.value, after.value)) {
				expect(after.base, `${key}: silent overwrite`).toBeGreaterThanOrEqual(before.version);
			}
		}
	}
	// Every reported field conflict was real: someone else wrote the field after the writer's base.
	for (const c of log.conflicts.filter((c) => c.field !== null)) {
		const writes = log.writes.get(`${c.entity}:${c.entityId}:${c.field}`) ?? [];
		expect(writes.some((w) => w.version > c.base && w.version <= c.version && w.writer !== c.writer)).toBe(true);
	}
	await Promise.all(devices.map((d) => d.db.delete()));
}

describe('sync convergence (property)', () => {
	it('converges without losing or duplicating an edit under a faulty network', async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => runSchedule(actions, run++)),
			{ numRuns: NUM_RUNS }
		);
	}, 600_000);
});
