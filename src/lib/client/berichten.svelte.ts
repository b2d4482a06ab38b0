import { liveQuery, type Subscription } from 'dexie';
import type { BerichtValues } from '../shared/sync/entities/bericht';
import type { LocalRecord, SyncDatabase } from './db';
import { syncManager } from './sync-manager.svelte';

export type Bericht = BerichtValues & { id: string };

/** The resident's berichten on this device, newest first; they arrive with the pull and can be read offline. */
class BerichtenStore {
	#records = $state<LocalRecord[] | null>(null);
	#db: SyncDatabase | null = null;
	#subscription: Subscription | null = null;

	get loaded(): boolean {
		return this.#records !== null;
	}

	readonly all: Bericht[] = $derived.by(() =>
		(this.#records ?? []).map((r) => ({ ...(r.data as BerichtValues), id: r.id })).sort((a, b) => b.at.localeCompare(a.at))
	);
	readonly unread: number = $derived(this.all.filter((b) => !b.readAt).length);

	attach(db: SyncDatabase | null): void {
		if (db === this.#db) return;
		this.#subscription?.unsubscribe();
		this.#db = db;
		this.#records = null;
		if (!db) return;
		this.#subscription = liveQuery(() => db.records.where('entity').equals('bericht').toArray()).subscribe((records) => (this.#records = records));
	}

	async markRead(ids: string[], now = new Date()): Promise<void> {
		for (const id of ids) await syncManager.write({ entity: 'bericht', entityId: id, op: 'patch', patch: { readAt: now.toISOString() } });
	}

	async remove(id: string): Promise<void> {
		await syncManager.write({ entity: 'bericht', entityId: id, op: 'delete' });
	}
}

export const berichten = new BerichtenStore();
