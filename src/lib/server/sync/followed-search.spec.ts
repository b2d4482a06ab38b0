import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { DbHandle } from '$lib/server/db/client';
import { followedSearch } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullChanges } from './pull';
import { pushMutations } from './push';
import { MAX_NEW_OFFERS } from '$lib/shared/sync/entities/followed-search';
import { pushBodySchema } from '$lib/shared/sync/protocol';
import { makeResident } from './testing';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());

describe('followedSearch through sync', () => {
	it('stores a followed search pushed by the resident and pulls it back', async () => {
		const resident = await makeResident(handle.db);
		const id = newId();
		const patch = {
			name: 'Lassen in Twente',
			list: 'vacatures',
			modality: 'werkplek',
			maxCostEuros: null,
			kansberoepOnly: true,
			occupationId: null,
			minFit: 40,
			newOfferIds: ['vac-lasser-1', 'vac-lasser-2']
		};
		const result = await pushMutations(handle.db, { userId: resident.userId, role: 'inwoner' }, {
			clientId: newId(),
			portfolioId: resident.portfolioId,
			mutations: [{ mutationId: 1, entity: 'followedSearch', entityId: id, op: 'create', patch, baseVersion: 0 }]
		});
		expect(result.conflicts).toEqual([]);
		const [row] = await handle.db.select().from(followedSearch).where(eq(followedSearch.id, id));
		expect(row).toMatchObject({ ...patch, collectedAt: null });
		// Within the limits a sync patch has (lists of at most 100 values).
		const pulled = await pullChanges(handle.db, { portfolioId: resident.portfolioId, since: 0, limit: 100 });
		expect(pulled.records).toContainEqual(expect.objectContaining({ entity: 'followedSearch', id, data: expect.objectContaining({ name: 'Lassen in Twente', minFit: 40 }) }));
	});

	it('fits the most new offers a search keeps in one push, as the device sends it', () => {
		const mutation = (count: number) => ({
			mutationId: 1,
			entity: 'followedSearch',
			entityId: newId(),
			op: 'patch',
			patch: { newOfferIds: Array.from({ length: count }, (_, i) => `vac-${i}`) },
			baseVersion: 1
		});
		expect(pushBodySchema.safeParse({ clientId: newId(), portfolioId: newId(), mutations: [mutation(MAX_NEW_OFFERS)] }).success).toBe(true);
		expect(pushBodySchema.safeParse({ clientId: newId(), portfolioId: newId(), mutations: [mutation(MAX_NEW_OFFERS + 1)] }).success).toBe(false);
	});
});
