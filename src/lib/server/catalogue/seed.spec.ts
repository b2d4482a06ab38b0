import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OFFERS } from '$lib/data/catalogue';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullCatalogue, writeCatalogue } from '$lib/server/sync/catalogue';
import { seedCatalogue } from './seed';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('demo catalogue seed', () => {
	it('fills an empty catalogue once, and never overwrites what a beheerder changed', async () => {
		const written = await seedCatalogue(handle.db);
		expect(written).toBeGreaterThan(DEMO_OFFERS.length);
		const page = await pullCatalogue(handle.db, { since: 0, limit: 1000 });
		expect(page.records.filter((r) => r.kind === 'offer')).toHaveLength(DEMO_OFFERS.length);
		expect(page.records.some((r) => r.kind === 'kansberoep')).toBe(true);
		expect(page.records.some((r) => r.kind === 'fundingRule' && r.id === '2024-1')).toBe(true);

		const edited = { ...DEMO_OFFERS[0]!, title: 'Aangepast door beheer' };
		await writeCatalogue(handle.db, [{ kind: 'offer', id: edited.id, data: edited }]);
		expect(await seedCatalogue(handle.db)).toBe(0);
		const after = await pullCatalogue(handle.db, { since: page.cursor, limit: 10 });
		expect(after.records).toHaveLength(1);
		expect((after.records[0]!.data as { title: string }).title).toBe('Aangepast door beheer');
	});
});
