import { forbiddenFields } from '$lib/shared/sync/authorise';
import { findEntitySpec } from '$lib/shared/sync/entities';
import { entityDefaults, recordRuleIssue, type EntityValues } from '$lib/shared/sync/entity';
import { rebase } from '$lib/shared/sync/merge';
import { parseEntityPayload, type MutationOp } from '$lib/shared/sync/protocol';
import type { SyncDatabase } from '$lib/client/db';
import { readMeta, writeMeta } from '$lib/client/sync/meta';

export interface LocalChange {
	entity: string;
	entityId: string;
	op: MutationOp;
	patch?: EntityValues;
}

/** An edit the device refuses; `field` and the message key say why, for the form that made it. */
export class LocalWriteError extends Error {
	constructor(
		readonly field: string,
		readonly key: string
	) {
		super(`${field}: ${key}`);
	}
}

/**
 * A resident's edit: the record and its outbox mutation change in one Dexie transaction, so an edit is
 * never shown without being queued, nor queued without being shown. Anything the server would refuse
 * is refused here, because a refused mutation would block the queue behind it.
 */
export async function writeLocal(db: SyncDatabase, change: LocalChange): Promise<number> {
	const payload = parseEntityPayload(change.entity, change.op, change.patch);
	if (!payload.ok) throw new LocalWriteError(payload.path.replace(/^patch\.?/, ''), payload.message);
	const spec = findEntitySpec(change.entity)!;
	const refused = forbiddenFields(spec, 'inwoner', { op: change.op, patch: payload.patch });
	if (refused.length > 0) throw new LocalWriteError(refused.join(', '), 'sync_error_forbidden_field');

	return db.transaction('rw', db.records, db.outbox, db.meta, async () => {
		const key: [string, string] = [change.entity, change.entityId];
		const next = rebase((await db.records.get(key))?.data, [{ op: change.op, patch: payload.patch }], entityDefaults(spec));
		// The record as it would be stored must meet the entity's rules, as on the server.
		const issue = recordRuleIssue(spec, next);
		if (issue) throw new LocalWriteError(issue.field, issue.message);
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
		if (next) await db.records.put({ entity: change.entity, id: change.entityId, data: next });
		else await db.records.delete(key);
		return mutationId;
	});
}
