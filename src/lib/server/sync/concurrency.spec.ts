/**
 * Pull must never skip a row while pushes commit concurrently (the "pull by updated_at" pitfall).
 * Real interleaving needs PostgreSQL (DATABASE_URL); on PGlite the same test runs with its single
 * connection serialising the transactions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullChanges } from './pull';
import { pushMutations } from './push';
import { makeResident, resetSyncTables } from './testing';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
	await resetSyncTables(handle.db);
});
afterAll(async () => handle.close());

describe('concurrent pushes and pulls', () => {
	it('never let a pull skip or repeat a row', async () => {
		const resident = await makeResident(handle.db);
		const actor = { userId: resident.userId, role: 'inwoner' as const };
		const written: string[] = [];
		let writing = true;

		const writer = async () => {
			const clientId = newId();
			for (let push = 1; push <= 15; push++) {
				const mutations = [0, 1, 2].map((i) => {
					const entityId = newId();
					written.push(entityId);
					return { mutationId: push * 3 + i, entity: 'skillClaim', entityId, op: 'create' as const, patch: { skillId: `s-${entityId}`, level: 1 }, baseVersion: 0 };
				});
				await pushMutations(handle.db, actor, { clientId, portfolioId: resident.portfolioId, mutations });
			}
		};

		const puller = async () => {
			const seen: string[] = [];
			let since = 0;
			const step = async () => {
				const page = await pullChanges(handle.db, { portfolioId: resident.portfolioId, since, limit: 7 });
				for (const record of page.records) {
					expect(record.version).toBeGreaterThan(since);
					seen.push(record.id);
				}
				since = page.cursor;
				return page.hasMore;
			};
			while (writing) await step();
			while (await step());
			return seen;
		};

		const pullers = [puller(), puller(), puller()];
		await Promise.all(Array.from({ length: 8 }, writer));
		writing = false;
		for (const seen of await Promise.all(pullers)) {
			expect(seen).toHaveLength(written.length);
			expect(new Set(seen)).toEqual(new Set(written));
		}
		expect(written).toHaveLength(8 * 15 * 3);
	});
});
