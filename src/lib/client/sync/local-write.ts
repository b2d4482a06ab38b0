import { forbiddenFields } from '../../shared/sync/authorise';
import { findEntitySpec } from '../../shared/sync/entities';
import { entityDefaults, type EntityValues } from '../../shared/sync/entity';
import { rebase } from '../../shared/sync/merge';
import { parseEntityPayload, type MutationOp } from '../../shared/sync/protocol';
import type { SyncDatabase } from '../db';
import { readMeta, writeMeta } from './meta';

export interface LocalChange {
	entity: string;
	entityId: string;
	op: MutationOp;
	patch?: EntityValues;
}

export class LocalWriteError extends Error {}

/**
 * A resident's edit: the record and its outbox mutation change in one Dexie transaction, so an edit is
 * never shown without being queued, nor queued without being shown. Anything the server would refuse
 * is refused here, because a refused mutation would block the queue behind it.
 */
export async function writeLocal(db: SyncDatabase, change: LocalChange): Promise<number> {
	const payload = parseEntityPayload(change.entity, change.op, change.patch);
	if (!payload.ok) throw new LocalWriteError(`${payload.path}: ${payload.message}`);
	const spec = findEntitySpec(change.entity)!;
	const refused = forbiddenFields(spec, 'inwoner', { op: change.op, patch: payload.patch });
	if (refused.length > 0) throw new LocalWriteError(`forbidden: ${refused.join(', ')}`);

	return db.transaction('rw', db.records, db.outbox, db.meta, async () => {
		const mutationId = ((await readMeta(db, 'lastMutationId')) ?? 0) + 1;
		await writeMeta(db, 'lastMutationId', mutationId);
		await db.outbox.add({
			mutationId,
			entity: change.entity,
			entityId: change.entityId,
			op: change.op,
			patch: payload.patch,
			// Everything up to the cursor is what the resident saw when making this edit.
			baseVersion: (await readMeta(db, 'cursor')) ?? 0
		});
		const key: [string, string] = [change.entity, change.entityId];
		const next = rebase((await db.records.get(key))?.data, [{ op: change.op, patch: payload.patch }], entityDefaults(spec));
		if (next) await db.records.put({ entity: change.entity, id: change.entityId, data: next });
		else await db.records.delete(key);
		return mutationId;
	});
}
