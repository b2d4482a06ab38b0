import { findEntitySpec } from '$lib/shared/sync/entities';
import { entityDefaults } from '$lib/shared/sync/entity';
import { rebase } from '$lib/shared/sync/merge';
import type { PullResponse } from '$lib/shared/sync/protocol';
import type { OutboxEntry, SyncDatabase } from '$lib/client/db';
import { writeMeta } from './meta';

const recordKey = (entity: string, id: string) => `${entity}\u0000${id}`;
const defaults = (entity: string) => {
	const spec = findEntitySpec(entity);
	return spec ? entityDefaults(spec) : {};
};

function pendingByRecord(outbox: OutboxEntry[]): Map<string, OutboxEntry[]> {
	const byRecord = new Map<string, OutboxEntry[]>();
	for (const m of outbox) {
		const key = recordKey(m.entity, m.entityId);
		byRecord.set(key, [...(byRecord.get(key) ?? []), m]);
	}
	return byRecord;
}

/**
 * Applies one pull page and its cursor in one transaction: the server's rows replace the local ones and
 * the still-pending local changes are replayed on top, so the resident's unsent edits stay visible.
 */
export async function applyPullPage(db: SyncDatabase, page: PullResponse, now = Date.now()): Promise<void> {
	await db.transaction('rw', db.records, db.outbox, db.meta, async () => {
		const pending = pendingByRecord(await db.outbox.orderBy('mutationId').toArray());
		const puts = [];
		const deletes: [string, string][] = [];
		for (const record of page.records) {
			const changes = pending.get(recordKey(record.entity, record.id)) ?? [];
			const visible = rebase(record.deleted ? undefined : record.data!, changes, defaults(record.entity));
			if (visible) puts.push({ entity: record.entity, id: record.id, data: visible });
			else deletes.push([record.entity, record.id]);
		}
		await db.records.bulkPut(puts);
		await db.records.bulkDelete(deletes);
		await writeMeta(db, 'cursor', page.cursor);
		await writeMeta(db, 'portfolioId', page.portfolioId);
		await writeMeta(db, 'lastSyncedAt', now);
	});
}

/**
 * Before a full re-bootstrap (410): forget the replica but keep the outbox, replaying pending changes
 * on an empty base; the pages that follow put the server's rows underneath them again.
 */
export async function resetReplica(db: SyncDatabase): Promise<void> {
	await db.transaction('rw', db.records, db.outbox, db.meta, async () => {
		await db.records.clear();
		for (const [, changes] of pendingByRecord(await db.outbox.orderBy('mutationId').toArray())) {
			const visible = rebase(undefined, changes, defaults(changes[0]!.entity));
			if (visible) await db.records.put({ entity: changes[0]!.entity, id: changes[0]!.entityId, data: visible });
		}
		await writeMeta(db, 'cursor', 0);
	});
}
