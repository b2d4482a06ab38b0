import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { Mutation, PushBody } from '$lib/shared/sync/protocol';
import type { DbHandle } from '$lib/server/db/client';
import { portfolioSync, skillClaim, syncConflict } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { SyncError } from './errors';
import { purgeTombstones, TOMBSTONE_RETENTION_DAYS } from './tombstones';
import { pullChanges } from './pull';
import { pushMutations } from './push';
import { writeEntities } from './server-write';
import { makeResident, makeUser, resetSyncTables } from './testing';

let handle: DbHandle;
let resident: { userId: string; portfolioId: string };
const inwoner = () => ({ userId: resident.userId, role: 'inwoner' as const });

beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => {
	await resetSyncTables(handle.db);
	resident = await makeResident(handle.db);
});

function body(clientId: string, mutations: Mutation[]): PushBody {
	return { clientId, portfolioId: resident.portfolioId, mutations };
}

const claim = (mutationId: number, entityId: string, patch: Record<string, unknown>, op: Mutation['op'] = 'create', baseVersion = 0): Mutation => ({
	mutationId,
	entity: 'skillClaim',
	entityId,
	op,
	patch: op === 'delete' ? undefined : op === 'create' ? { source: 'zelf', lastUsedYear: null, ...patch } : patch,
	baseVersion
});

const pullAll = (since = 0) => pullChanges(handle.db, { portfolioId: resident.portfolioId, since, limit: 500 });

describe('push and pull', () => {
	it('bumps the portfolio version once per push and pulls what was written', async () => {
		const client = newId();
		const id = newId();
		const answer = await pushMutations(handle.db, inwoner(), body(client, [claim(1, id, { skillId: 'lassen', level: 2 }), claim(2, id, { level: 3 }, 'patch')]));
		expect(answer).toEqual({ lastMutationId: 2, version: 1, conflicts: [] });
		const pulled = await pullAll();
		expect(pulled.cursor).toBe(1);
		expect(pulled.hasMore).toBe(false);
		expect(pulled.records).toEqual([
			{ entity: 'skillClaim', id, version: 1, deleted: false, data: { skillId: 'lassen', level: 3, source: 'zelf', lastUsedYear: null } }
		]);
		expect((await pullAll(1)).records).toEqual([]);
	});

	it('applies a mutation delivered twice only once', async () => {
		const client = newId();
		const id = newId();
		const first = body(client, [claim(1, id, { skillId: 'lassen', level: 2 })]);
		await pushMutations(handle.db, inwoner(), first);
		const again = await pushMutations(handle.db, inwoner(), first);
		expect(again.lastMutationId).toBe(1);
		expect(again.version).toBe(1);
		const [sync] = await handle.db.select().from(portfolioSync).where(eq(portfolioSync.portfolioId, resident.portfolioId));
		expect(sync!.version).toBe(1);
	});

	it('keeps the server value of a field someone else changed and reports it, also on a retry', async () => {
		const [a, b] = [newId(), newId()];
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(a, [claim(1, id, { skillId: 'lassen', level: 2 })]));
		await pushMutations(handle.db, inwoner(), body(a, [claim(2, id, { level: 3 }, 'patch', 1)]));
		// Device b last saw version 1 and changes level and lastUsedYear.
		const changeB = body(b, [claim(1, id, { level: 4, lastUsedYear: 2024 }, 'patch', 1)]);
		const answer = await pushMutations(handle.db, inwoner(), changeB);
		const expected = { mutationId: 1, entity: 'skillClaim', entityId: id, field: 'level', serverValue: 3, clientValue: 4 };
		expect(answer.conflicts).toEqual([expected]);
		expect((await pushMutations(handle.db, inwoner(), changeB)).conflicts).toEqual([expected]);
		const [row] = await handle.db.select().from(skillClaim).where(eq(skillClaim.id, id));
		expect(row).toMatchObject({ level: 3, lastUsedYear: 2024 });
	});

	it('drops stored conflicts once the client has moved past them', async () => {
		const [a, b] = [newId(), newId()];
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(a, [claim(1, id, { skillId: 'lassen', level: 2 }), claim(2, id, { level: 3 }, 'patch')]));
		await pushMutations(handle.db, inwoner(), body(b, [claim(1, id, { level: 4 }, 'patch', 0)]));
		expect(await handle.db.select().from(syncConflict)).toHaveLength(1);
		await pushMutations(handle.db, inwoner(), body(b, [claim(2, id, { lastUsedYear: 2020 }, 'patch', 2)]));
		expect(await handle.db.select().from(syncConflict)).toHaveLength(0);
	});

	it('never lets a device conflict with its own earlier writes', async () => {
		const client = newId();
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(client, [claim(1, id, { skillId: 'lassen', level: 2 })]));
		const answer = await pushMutations(handle.db, inwoner(), body(client, [claim(2, id, { level: 4 }, 'patch', 0)]));
		expect(answer.conflicts).toEqual([]);
		expect((await pullAll()).records[0]!.data).toMatchObject({ level: 4 });
	});

	it('makes creates idempotent by id: the same profile from two devices is one row', async () => {
		const profile = (mutationId: number, displayName: string) => ({
			mutationId,
			entity: 'profile',
			entityId: resident.portfolioId,
			op: 'create' as const,
			patch: { displayName, woonplaats: 'enschede', situation: null, about: '', availability: null },
			baseVersion: 0
		});
		await pushMutations(handle.db, inwoner(), body(newId(), [profile(1, 'Sanne')]));
		const same = await pushMutations(handle.db, inwoner(), body(newId(), [profile(1, 'Sanne')]));
		expect(same.conflicts).toEqual([]);
		const other = await pushMutations(handle.db, inwoner(), body(newId(), [profile(1, 'Sanne B')]));
		expect(other.conflicts.map((c) => c.field)).toEqual(['displayName']);
		const pulled = await pullAll();
		expect(pulled.records).toHaveLength(1);
		expect(pulled.records[0]!.data).toMatchObject({ displayName: 'Sanne', woonplaats: 'enschede' });
	});

	it('sends a row again to a device whose whole patch lost, so the device converges', async () => {
		const [a, b] = [newId(), newId()];
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(a, [claim(1, id, { skillId: 'lassen', level: 2 })]));
		const lost = await pushMutations(handle.db, inwoner(), body(b, [claim(1, id, { level: 4 }, 'patch', 0)]));
		expect(lost.conflicts.map((c) => c.field)).toEqual(['level']);
		expect((await pullAll(1)).records.map((r) => [r.id, r.data?.level])).toEqual([[id, 2]]);
	});

	it('answers 410 to a cursor behind purged tombstones, while a bootstrap from zero still works', async () => {
		const client = newId();
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(client, [claim(1, id, { skillId: 'lassen', level: 2 })]));
		await pushMutations(handle.db, inwoner(), body(client, [claim(2, newId(), { skillId: 'koken', level: 1 })]));
		await pushMutations(handle.db, inwoner(), body(client, [claim(3, id, {}, 'delete')]));
		expect(await purgeTombstones(handle.db, new Date(Date.now() + (TOMBSTONE_RETENTION_DAYS + 1) * 86_400_000))).toBe(1);
		await expect(pullAll(1)).rejects.toMatchObject({ status: 410 });
		expect((await pullAll(3)).records).toEqual([]);
		expect((await pullAll(0)).records.map((r) => r.data?.skillId)).toEqual(['koken']);
	});

	it('turns deletes into tombstones that pull delivers, and a delete wins over a later edit', async () => {
		const client = newId();
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(client, [claim(1, id, { skillId: 'lassen', level: 2 })]));
		await pushMutations(handle.db, inwoner(), body(client, [claim(2, id, {}, 'delete')]));
		const pulled = await pullAll(1);
		expect(pulled.records).toEqual([{ entity: 'skillClaim', id, version: 2, deleted: true, data: null }]);
		const late = await pushMutations(handle.db, inwoner(), body(newId(), [claim(1, id, { level: 4 }, 'patch', 1)]));
		expect(late.conflicts).toEqual([{ mutationId: 1, entity: 'skillClaim', entityId: id, field: null, serverValue: null, clientValue: { level: 4 } }]);
	});

	it('pages by version without splitting a version, so every row arrives exactly once', async () => {
		const client = newId();
		let mutationId = 0;
		const ids: string[] = [];
		for (let push = 0; push < 13; push++) {
			const mutations = Array.from({ length: 97 }, () => {
				const id = newId();
				ids.push(id);
				return claim(++mutationId, id, { skillId: `skill-${mutationId}`, level: 1 });
			});
			await pushMutations(handle.db, inwoner(), body(client, mutations));
		}
		const seen: string[] = [];
		let since = 0;
		for (let pages = 0; ; pages++) {
			const page = await pullChanges(handle.db, { portfolioId: resident.portfolioId, since, limit: 200 });
			expect(page.records.every((r) => r.version > since && r.version <= page.cursor)).toBe(true);
			seen.push(...page.records.map((r) => r.id));
			since = page.cursor;
			if (!page.hasMore) break;
			expect(pages).toBeLessThan(20);
		}
		expect(seen.sort()).toEqual([...ids].sort());
		// One version bigger than a page still arrives whole.
		const whole = await pullChanges(handle.db, { portfolioId: resident.portfolioId, since: 0, limit: 10 });
		expect(whole.records).toHaveLength(97);
		expect(whole.cursor).toBe(1);
	});

	it('lets an adviser validate a skill through the same versioning, which the resident then pulls', async () => {
		const client = newId();
		const id = newId();
		await pushMutations(handle.db, inwoner(), body(client, [claim(1, id, { skillId: 'lassen', level: 2 })]));
		const adviser = await makeUser(handle.db, ['adviseur']);
		const written = await writeEntities(handle.db, { userId: adviser.userId, role: 'adviseur' }, resident.portfolioId, [
			{ entity: 'skillClaim', entityId: id, op: 'patch', patch: { source: 'gevalideerd', level: 3 }, baseVersion: 1 }
		]);
		expect(written).toEqual({ version: 2, conflicts: [] });
		const pulled = await pullAll(1);
		expect(pulled.records[0]!.data).toMatchObject({ source: 'gevalideerd', level: 3 });
	});

	it('refuses a resident who marks a skill gevalideerd, an adviser who edits the skill name, and foreign ids', async () => {
		const client = newId();
		const id = newId();
		const refused = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(SyncError);
		// In a push, a refused mutation is answered as refused and skipped; the device goes on with the next.
		const skipped = async (p: Promise<{ conflicts: { refused?: string }[] }>, code: string) =>
			expect((await p).conflicts.map((c) => c.refused)).toEqual([code]);
		await skipped(pushMutations(handle.db, inwoner(), body(client, [claim(1, id, { skillId: 'lassen', level: 2, source: 'gevalideerd' })])), 'sync_error_forbidden_field');
		await pushMutations(handle.db, inwoner(), body(client, [claim(2, id, { skillId: 'lassen', level: 2 })]));
		const adviser = await makeUser(handle.db, ['adviseur']);
		await refused(
			writeEntities(handle.db, { userId: adviser.userId, role: 'adviseur' }, resident.portfolioId, [
				{ entity: 'skillClaim', entityId: id, op: 'patch', patch: { skillId: 'koken' }, baseVersion: 1 }
			])
		);
		const other = await makeResident(handle.db);
		const foreign = { userId: other.userId, role: 'inwoner' as const };
		// The other resident's push to their own portfolio that names this resident's record id.
		await skipped(
			pushMutations(handle.db, foreign, { clientId: newId(), portfolioId: other.portfolioId, mutations: [claim(1, id, { level: 1 }, 'patch', 1)] }),
			'sync_error_foreign_record'
		);
		// And a client id that belongs to this resident.
		await refused(pushMutations(handle.db, foreign, { clientId: client, portfolioId: other.portfolioId, mutations: [] }));
		const [row] = await handle.db.select().from(skillClaim).where(eq(skillClaim.id, id));
		expect(row).toMatchObject({ skillId: 'lassen', level: 2, source: 'zelf' });
		// Nothing of the other portfolio was written either.
		expect(await handle.db.select().from(skillClaim).where(eq(skillClaim.portfolioId, other.portfolioId))).toEqual([]);
	});
});
