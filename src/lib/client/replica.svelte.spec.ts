// Dexie's live queries follow the global IndexedDB, so the fake one is installed globally.
import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncDatabase } from '$lib/client/db';
import { Replica, type Row } from '$lib/client/replica.svelte';
import { writeLocal, LocalWriteError } from '$lib/client/sync/local-write';

let db: SyncDatabase;
let replica: Replica;

beforeEach(() => {
	db = new SyncDatabase(`replica-test-${crypto.randomUUID()}`);
	replica = new Replica(db, async (change) => void (await writeLocal(db, change)));
});
afterEach(() => db.delete());

/** Reads `read` in an effect, as a component would, until `stop` is called. */
function reader<T>(read: () => T): { latest: () => T | undefined; stop: () => void } {
	let latest: T | undefined;
	const stop = $effect.root(() => {
		$effect(() => {
			latest = read();
		});
	});
	flushSync();
	return { latest: () => latest, stop };
}

async function until(check: () => boolean) {
	await vi.waitFor(() => {
		flushSync();
		if (!check()) throw new Error('not yet ');
	}, { timeout: 10_000 });
}

describe('Replica', () => {
	it('writes create, update and remove to the record and the outbox', async () => {
		const id = await replica.create('skillClaim', { skillId: 'lassen', level: 2 });
		await replica.update('skillClaim', id, { level: 3 });
		expect((await db.records.get(['skillClaim', id]))!.data).toEqual({ skillId: 'lassen', level: 3, source: 'zelf', lastUsedYear: null });
		await replica.remove('skillClaim', id);
		expect(await db.records.get(['skillClaim', id])).toBeUndefined();
		expect((await db.outbox.toArray()).map((m) => [m.op, m.entity, m.entityId])).toEqual([
			['create', 'skillClaim', id],
			['patch', 'skillClaim', id],
			['delete', 'skillClaim', id]
		]);
	});

	it('saves only the fields that changed', async () => {
		const id = await replica.save('language', { language: 'Duits', level: 'A2' });
		const stored = (await replica.get('language', id))!;
		await replica.save('language', { language: 'Duits', level: 'B1' }, stored);
		await replica.save('language', { language: 'Duits', level: 'B1' }, { ...stored, level: 'B1' });
		expect((await db.outbox.toArray()).map((m) => [m.op, m.patch])).toEqual([
			['create', { language: 'Duits', level: 'A2' }],
			['patch', { level: 'B1' }]
		]);
	});

	it('refuses a record that breaks its entity rules before anything is queued', async () => {
		const trackId = '0190a000-0000-7000-8000-000000000001';
		const write = replica.create('evcEvidence', { trackId, kind: 'starr', title: 'Spoedorder', werkprocesIds: [] });
		await expect(write).rejects.toMatchObject(new LocalWriteError('werkprocesIds', 'evc_error_map'));
		expect(await db.outbox.count()).toBe(0);
		expect(await db.records.count()).toBe(0);
	});

	it('shows a reader every change, with the first-pull mark read alongside', async () => {
		const view = reader(() => replica.entity('language'));
		expect(view.latest()).toBeNull();
		await until(() => view.latest() !== null);
		expect(view.latest()).toEqual({ rows: [], synced: false });

		const id = await replica.create('language', { language: 'Engels', level: 'B2' });
		await until(() => (view.latest()?.rows.length ?? 0) === 1);
		expect(view.latest()!.rows).toEqual([{ id, language: 'Engels', level: 'B2' } satisfies Row<'language'>]);

		await db.meta.put({ key: 'lastSyncedAt', value: 1 });
		await until(() => view.latest()?.synced === true);
		view.stop();
	});

	it('subscribes on the first read and stops when nothing reads any more', async () => {
		expect(replica.activeQueries).toBe(0);
		// Read outside any effect: nothing subscribes.
		expect(replica.rows('profile')).toBeNull();
		expect(replica.activeQueries).toBe(0);

		const first = reader(() => replica.rows('profile'));
		const second = reader(() => replica.rows('profile'));
		const other = reader(() => replica.catalogue());
		expect(replica.activeQueries).toBe(2);

		first.stop();
		await Promise.resolve();
		expect(replica.activeQueries).toBe(2);
		second.stop();
		other.stop();
		await until(() => replica.activeQueries === 0);
	});
});
