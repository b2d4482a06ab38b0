import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';
import type { CatalogueItem, LocalFile, SyncDatabase } from '$lib/client/db';
import type { LocalChange } from '$lib/client/sync/local-write';
import { newId } from '$lib/shared/id';
import { sameValue } from '$lib/shared/sync/merge';
import type { EntityName, ValuesOf } from '$lib/shared/sync/entities';

/** A record as the device shows it (pending edits included), with its id. */
export type Row<N extends EntityName> = ValuesOf<N> & { id: string };

/** One entity's records on this device, and whether the device had completed a pull when they were read. */
export interface EntityRows<N extends EntityName> {
	rows: Row<N>[];
	synced: boolean;
}

/** Upload state of one file on this device: bytes confirmed by the server out of the total. */
export type FileProgress = { sent: number; size: number; uploaded: boolean };

/**
 * One Dexie live query that runs only while something reads it: the first reader (an effect, a template,
 * a `$derived` read by one) subscribes, and when the last one goes the subscription ends.
 */
class LiveValue<T> {
	#value: T | null = null;
	readonly #subscribe: () => void;

	constructor(query: () => Promise<T>, onActive: (delta: 1 | -1) => void) {
		this.#subscribe = createSubscriber((update) => {
			onActive(1);
			const subscription = liveQuery(query).subscribe((value) => {
				this.#value = value;
				update();
			});
			return () => {
				subscription.unsubscribe();
				onActive(-1);
			};
		});
	}

	/**
	 * Null until the device database has answered. Read outside a reactive context (an event handler) it
	 * subscribes nothing and gives the last value seen; writes that depend on stored state read Dexie.
	 */
	get current(): T | null {
		this.#subscribe();
		return this.#value;
	}
}

/**
 * The resident's portfolio on this device: a live, typed view per entity over the Dexie database, and
 * typed writes that go to the record and the outbox in one transaction. Feature views (paspoort, APK,
 * EVC, aanbod, berichten) read from here; no page subscribes or attaches anything itself.
 */
export class Replica {
	// A plain cache of live queries: reading it must not make readers depend on it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #live = new Map<string, LiveValue<unknown>>();
	#active = 0;

	constructor(
		readonly db: SyncDatabase,
		private readonly write: (change: LocalChange) => Promise<void>
	) {}

	/** How many live queries are subscribed now; for tests and diagnostics. */
	get activeQueries(): number {
		return this.#active;
	}

	#value<T>(key: string, query: () => Promise<T>): T | null {
		let live = this.#live.get(key) as LiveValue<T> | undefined;
		if (!live) {
			live = new LiveValue(query, (delta) => (this.#active += delta));
			this.#live.set(key, live as LiveValue<unknown>);
		}
		return live.current;
	}

	/**
	 * The records of one entity, read in one query with the "first pull done" mark, so a finished first
	 * pull never shows its mark before its records. Null until the device database has answered.
	 */
	entity<N extends EntityName>(entity: N): EntityRows<N> | null {
		const db = this.db;
		return this.#value(`records:${entity}`, async () => {
			const [records, synced] = await Promise.all([db.records.where('entity').equals(entity).toArray(), db.meta.get('lastSyncedAt')]);
			return { rows: records.map((r) => ({ ...(r.data as ValuesOf<N>), id: r.id })), synced: synced !== undefined };
		});
	}

	/** The records of one entity, or null until read. */
	rows<N extends EntityName>(entity: N): Row<N>[] | null {
		return this.entity(entity)?.rows ?? null;
	}

	/** The replicated public catalogue (offers, providers, kansberoepen, funding rules). */
	catalogue(): CatalogueItem[] | null {
		const db = this.db;
		return this.#value('catalogue', () => db.catalogue.toArray());
	}

	/** Upload progress of the files kept on this device: blob sizes only, never the files themselves. */
	files(): Record<string, FileProgress> | null {
		const db = this.db;
		return this.#value('files', async () => {
			const progress: Record<string, FileProgress> = {};
			await db.files.each((f: LocalFile) => (progress[f.id] = { sent: f.sent ?? 0, size: f.blob.size, uploaded: f.uploaded === 1 }));
			return progress;
		});
	}

	/**
	 * Saves a record: a create with every given field, or a patch of only the fields that changed, so an
	 * unchanged field never conflicts with someone else's edit. Returns the record id.
	 */
	async save<N extends EntityName>(entity: N, values: Partial<ValuesOf<N>>, existing?: { id: string } & Partial<ValuesOf<N>>, id?: string): Promise<string> {
		const entityId = existing?.id ?? id ?? newId();
		const current: Record<string, unknown> | undefined = existing;
		const patch = current ? Object.fromEntries(Object.entries(values).filter(([k, v]) => !sameValue(current[k], v))) : values;
		if (Object.keys(patch).length > 0) await this.write({ entity, entityId, op: existing ? 'patch' : 'create', patch });
		return entityId;
	}

	/** A new record with the given fields (the others get their defaults); returns its id. */
	async create<N extends EntityName>(entity: N, values: Partial<ValuesOf<N>>, id: string = newId()): Promise<string> {
		await this.write({ entity, entityId: id, op: 'create', patch: values });
		return id;
	}

	/** Changes only the given fields of a record. */
	async update<N extends EntityName>(entity: N, id: string, patch: Partial<ValuesOf<N>>): Promise<void> {
		await this.write({ entity, entityId: id, op: 'patch', patch });
	}

	async remove(entity: EntityName, id: string): Promise<void> {
		await this.write({ entity, entityId: id, op: 'delete' });
	}

	/** One stored record, read from Dexie now (for a write that depends on what is stored). */
	async get<N extends EntityName>(entity: N, id: string): Promise<Row<N> | undefined> {
		const record = await this.db.records.get([entity, id]);
		return record ? { ...(record.data as ValuesOf<N>), id: record.id } : undefined;
	}
}
