/**
 * A mutation the server refuses (an app older than a rule, a value the device let through) must never
 * block the outbox: the device hears why, drops it, sends the rest, and ends up showing the server's state.
 * The phone's own sync engine against the real push and pull.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SyncDatabase } from '$lib/client/db';
import { SyncEngine } from '$lib/client/sync/engine';
import { writeLocal } from '$lib/client/sync/local-write';
import { readMeta, writeMeta } from '$lib/client/sync/meta';
import type { SyncTransport } from '$lib/client/sync/transport';
import { newId } from '$lib/shared/id';
import type { DbHandle } from '$lib/server/db/client';
import { skillClaim } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullChanges } from './pull';
import { pushMutations } from './push';
import { makeResident, resetSyncTables } from './testing';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());

async function phone() {
	await resetSyncTables(handle.db);
	const resident = await makeResident(handle.db);
	const actor = { userId: resident.userId, role: 'inwoner' as const };
	let pushes = 0;
	const transport: SyncTransport = {
		push: async (body) => {
			pushes++;
			return pushMutations(handle.db, actor, structuredClone(body));
		},
		pull: (since) => pullChanges(handle.db, { portfolioId: resident.portfolioId, since, limit: 100 }),
		catalogue: async () => ({ cursor: 0, hasMore: false, records: [] })
	};
	const db = new SyncDatabase(`refusal-${newId()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
	const engine = new SyncEngine(db, transport);
	await engine.sync();
	return { db, engine, resident, pushes: () => pushes };
}

/** What an older app would have queued: a mutation written straight into the outbox, past today's checks. */
async function queueUnchecked(db: SyncDatabase, mutation: { entity: string; entityId: string; op: 'create' | 'patch'; patch: Record<string, unknown> }) {
	const mutationId = ((await readMeta(db, 'lastMutationId')) ?? 0) + 1;
	await writeMeta(db, 'lastMutationId', mutationId);
	await db.outbox.add({ ...mutation, mutationId, baseVersion: (await readMeta(db, 'cursor')) ?? 0 } as never);
	const key: [string, string] = [mutation.entity, mutation.entityId];
	const before = (await db.records.get(key))?.data ?? {};
	await db.records.put({ entity: mutation.entity, id: mutation.entityId, data: { ...before, ...mutation.patch } });
}

describe('a refused mutation never blocks the outbox', () => {
	it('drops a refused create from the device, says why, and sends the edits after it', async () => {
		const { db, engine } = await phone();
		const bad = newId();
		await queueUnchecked(db, { entity: 'skillClaim', entityId: bad, op: 'create', patch: { skillId: 'Lassen (oud formaat)', level: 2, source: 'zelf', lastUsedYear: null } });
		const good = newId();
		await writeLocal(db, { entity: 'skillClaim', entityId: good, op: 'create', patch: { skillId: 'tig-lassen', level: 3 } });

		await engine.sync();

		expect(await db.outbox.count()).toBe(0);
		expect((await handle.db.select().from(skillClaim)).map((r) => r.id)).toEqual([good]);
		expect(await db.records.get(['skillClaim', bad])).toBeUndefined();
		expect(await db.records.get(['skillClaim', good])).toBeDefined();
		const conflicts = await db.conflicts.toArray();
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]).toMatchObject({ entity: 'skillClaim', entityId: bad, field: 'skillId', refused: expect.any(String) });
	});

	it('puts a refused change right with the server’s state at the same sync', async () => {
		const { db, engine } = await phone();
		const id = newId();
		await writeLocal(db, { entity: 'skillClaim', entityId: id, op: 'create', patch: { skillId: 'tig-lassen', level: 2 } });
		await engine.sync();
		await queueUnchecked(db, { entity: 'skillClaim', entityId: id, op: 'patch', patch: { level: 9 } });
		expect((await db.records.get(['skillClaim', id]))!.data.level).toBe(9);

		await engine.sync();

		expect(await db.outbox.count()).toBe(0);
		expect((await db.records.get(['skillClaim', id]))!.data.level).toBe(2);
		const [row] = await handle.db.select().from(skillClaim).where(eq(skillClaim.id, id));
		expect(row!.level).toBe(2);
		expect((await db.conflicts.toArray()).map((c) => c.field)).toEqual(['level']);
	});

	it('does not send a refused mutation again', async () => {
		const { db, engine, pushes } = await phone();
		await queueUnchecked(db, { entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: 'x', level: 7 } });
		await engine.sync();
		const after = pushes();
		await engine.sync();
		await engine.sync();
		expect(pushes()).toBe(after);
		expect(await db.outbox.count()).toBe(0);
	});
});
