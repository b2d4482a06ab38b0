import { newId } from '$lib/shared/id';
import type { SyncDatabase } from '$lib/client/db';

/** Keys of the device's sync bookkeeping, kept in the same database as the data they describe. */
export interface SyncMeta {
	clientId: string;
	lastMutationId: number;
	cursor: number;
	portfolioId: string;
	catalogueCursor: number;
	lastSyncedAt: number;
}

export async function readMeta<K extends keyof SyncMeta>(db: SyncDatabase, key: K): Promise<SyncMeta[K] | undefined> {
	return (await db.meta.get(key))?.value as SyncMeta[K] | undefined;
}

export async function writeMeta<K extends keyof SyncMeta>(db: SyncDatabase, key: K, value: SyncMeta[K]): Promise<void> {
	await db.meta.put({ key, value });
}

/** This replica's id for the server's exactly-once bookkeeping; made once, kept for good. */
export async function clientId(db: SyncDatabase): Promise<string> {
	return db.transaction('rw', db.meta, async () => {
		const known = await readMeta(db, 'clientId');
		if (known) return known;
		const id = newId();
		await writeMeta(db, 'clientId', id);
		return id;
	});
}
