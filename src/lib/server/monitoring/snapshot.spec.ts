/**
 * The dashboard from stored answers: the same tables as computed live, for every filter from one
 * computation, reused while fresh, recomputed in the background once older and before answering once too old.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { monitoringSnapshot } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { makeUser } from '$lib/server/sync/testing';
import { defaultFilter, MONITORING_TABLES, type MonitoringFilter } from '$lib/shared/monitoring';
import { generateData, insertData } from './generate';
import { monitoringTables } from './queries';
import { dashboardTables, FRESH_SECONDS, MAX_AGE_SECONDS, refreshSnapshot, SnapshotQuerier } from './snapshot';

const NOW = new Date('2026-11-22T12:00:00Z');
let handle: DbHandle;
let adviserId: string;

beforeAll(async () => {
	handle = await openTestDatabase();
	adviserId = (await makeUser(handle.db, ['adviseur'])).userId;
	await insertData(handle.db, generateData(300, NOW, 5), adviserId, 200);
}, 60_000);
afterAll(async () => handle?.close());

const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const registered = async (now: Date) => {
	const { tables } = await dashboardTables(handle.db, defaultFilter(now), ['bereik_gemeente'], now);
	return JSON.stringify(tables);
};

describe('monitoring snapshot', () => {
	it('answers every filter exactly as the live computation does, from one set of stored answers', async () => {
		await handle.db.delete(monitoringSnapshot);
		const snapshot = await refreshSnapshot(handle.db, NOW);
		const filters: MonitoringFilter[] = [defaultFilter(NOW), { ...defaultFilter(NOW), gemeente: 'hengelo' }, { ...defaultFilter(NOW), gemeente: 'enschede' }];
		for (const filter of filters) {
			const replay = new SnapshotQuerier(handle.db, { ...snapshot.results });
			const fromSnapshot = await monitoringTables(replay, filter, MONITORING_TABLES, NOW);
			expect(replay.misses, 'every statement of another filter is in the snapshot').toBe(0);
			expect(fromSnapshot).toEqual(await monitoringTables(handle.db, filter, MONITORING_TABLES, NOW));
			const { tables, computedAt } = await dashboardTables(handle.db, filter, MONITORING_TABLES, at(1));
			expect(tables).toEqual(fromSnapshot);
			expect(computedAt).toEqual(NOW);
		}
	});

	it('keeps fresh figures, refreshes stale ones after answering and recomputes too old ones before answering', async () => {
		await handle.db.delete(monitoringSnapshot);
		const before = await registered(NOW);
		// Thirty more residents: the figures change once recomputed.
		await insertData(handle.db, generateData(30, NOW, 99), adviserId, 20);

		expect(await registered(at(FRESH_SECONDS - 1))).toBe(before);

		// Stale: this answer is still the old one, and a new computation is under way.
		expect(await registered(at(FRESH_SECONDS + 1))).toBe(before);
		await refreshSnapshot(handle.db, at(FRESH_SECONDS + 1));
		const after = await registered(at(FRESH_SECONDS + 2));
		expect(after).not.toBe(before);

		await insertData(handle.db, generateData(30, NOW, 7), adviserId, 20);
		const { computedAt } = await dashboardTables(handle.db, defaultFilter(NOW), ['bereik_gemeente'], at(FRESH_SECONDS + MAX_AGE_SECONDS + 10));
		expect(computedAt).toEqual(at(FRESH_SECONDS + MAX_AGE_SECONDS + 10));
		expect(await registered(at(FRESH_SECONDS + MAX_AGE_SECONDS + 11))).not.toBe(after);
	});

	it('keeps one day of answers', async () => {
		await refreshSnapshot(handle.db, NOW);
		await refreshSnapshot(handle.db, at(86_400));
		expect((await handle.db.select({ day: monitoringSnapshot.day }).from(monitoringSnapshot)).map((r) => r.day)).toEqual([at(86_400).toISOString().slice(0, 10)]);
	});
});
