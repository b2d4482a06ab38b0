import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { EntityValues } from '$lib/shared/sync/entity';
import type { Conflict, Mutation } from '$lib/shared/sync/protocol';

/** The device's copy of one portfolio record, as the resident sees it (pending changes included). */
export interface LocalRecord {
	entity: string;
	id: string;
	data: EntityValues;
}

export type OutboxEntry = Mutation;

export interface StoredConflict extends Conflict {
	key: string;
}

export interface CatalogueItem {
	kind: string;
	id: string;
	data: unknown;
}

/** A photo or document kept on the device until the server has it; the record points at it by id. */
export interface LocalFile {
	id: string;
	blob: Blob;
	name: string;
	type: string;
	/** 0 until uploaded (IndexedDB cannot index booleans). */
	uploaded: 0 | 1;
	/** Bytes the server confirmed so far, for the progress shown while a large file goes up. */
	sent?: number;
}

export interface MetaEntry {
	key: string;
	value: unknown;
}

/**
 * One database per account on this device, so a shared phone never mixes two residents' data.
 * Records are stored generically by entity name: a new synced entity needs no schema version.
 */
export class SyncDatabase extends Dexie {
	records!: Table<LocalRecord, [string, string]>;
	outbox!: Table<OutboxEntry, number>;
	conflicts!: Table<StoredConflict, string>;
	catalogue!: Table<CatalogueItem, [string, string]>;
	meta!: Table<MetaEntry, string>;
	files!: Table<LocalFile, string>;

	constructor(name: string, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			records: '[entity+id], entity',
			outbox: 'mutationId',
			conflicts: 'key, entityId',
			catalogue: '[kind+id], kind',
			meta: 'key'
		});
		this.version(2).stores({ files: 'id, uploaded' });
	}
}

export function databaseName(accountKey: string): string {
	return `talentpaspoort-sync-${accountKey.toLowerCase()}`;
}
