import { eq } from 'drizzle-orm';
import type { EntityValues } from '../../shared/sync/entity';
import { resolvePatch, stampFields, type FieldConflict, type FieldVersions } from '../../shared/sync/merge';
import type { Mutation } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { SyncError } from './errors';
import { serverEntity, type ServerEntity } from './registry';

export interface WriteContext {
	portfolioId: string;
	/** The portfolio version this transaction took (see versioning.ts). */
	version: number;
	/** Sync client id, or `user:<id>` for server-side writes: a writer never conflicts with itself. */
	writer: string;
	userId: string;
}

type Row = EntityValues & {
	id: string;
	portfolioId: string;
	fieldVersions: FieldVersions;
	deletedAt: Date | null;
};

/** `null` field: the record is gone on the server (deleted, or never created), so the change was not applied. */
const gone = (patch: EntityValues | undefined): FieldConflict[] => [
	{ field: null, serverValue: null, clientValue: patch ?? null }
];

/**
 * A device that lost a conflict still shows its own value. Bumping the row's version makes the next
 * pull send the server's state, so the device converges even when nothing was written.
 */
async function touch(tx: Db, entity: ServerEntity, id: string, ctx: WriteContext) {
	await tx.update(entity.table).set({ version: ctx.version } as never).where(eq(entity.table.id, id));
}

/**
 * Applies one validated, authorised mutation inside a portfolio write. Returns the fields the server
 * kept instead of the proposed value.
 */
export async function applyMutation(tx: Db, ctx: WriteContext, mutation: Mutation): Promise<FieldConflict[]> {
	const entity = serverEntity(mutation.entity);
	if (!entity) throw new SyncError(400, 'sync_error_unknown_entity', ['entity']);
	if (entity.spec.singleton && mutation.entityId !== ctx.portfolioId) {
		throw new SyncError(400, 'sync_error_singleton_id', ['entityId']);
	}
	const row = await findRow(tx, entity, mutation.entityId);
	// Ids are global: an id of another portfolio's record is someone else's data.
	if (row && row.portfolioId !== ctx.portfolioId) throw new SyncError(403, 'sync_error_foreign_record', ['entityId']);

	if (mutation.op === 'delete') {
		if (row && !row.deletedAt) await update(tx, entity, mutation.entityId, ctx, { deletedAt: new Date() });
		return [];
	}
	if (!row) {
		if (mutation.op === 'patch') return gone(mutation.patch);
		await insert(tx, entity, ctx, mutation.entityId, mutation.patch!);
		return [];
	}
	// Delete wins over a concurrent edit.
	if (row.deletedAt) {
		await touch(tx, entity, mutation.entityId, ctx);
		return gone(mutation.patch);
	}

	const { accepted, conflicts } = resolvePatch(
		{ values: row, fieldVersions: row.fieldVersions },
		mutation.patch!,
		mutation.baseVersion,
		ctx.writer
	);
	const fields = Object.keys(accepted);
	if (fields.length > 0) {
		await update(tx, entity, mutation.entityId, ctx, {
			...accepted,
			fieldVersions: stampFields(row.fieldVersions, fields, ctx.version, ctx.writer)
		});
	} else if (conflicts.length > 0) {
		await touch(tx, entity, mutation.entityId, ctx);
	}
	return conflicts;
}

async function findRow(tx: Db, entity: ServerEntity, id: string): Promise<Row | undefined> {
	const rows = await tx.select().from(entity.table).where(eq(entity.table.id, id)).limit(1);
	return rows[0] as Row | undefined;
}

async function insert(tx: Db, entity: ServerEntity, ctx: WriteContext, id: string, values: EntityValues) {
	await tx.insert(entity.table).values({
		...entity.spec.fields.parse(values),
		id,
		portfolioId: ctx.portfolioId,
		version: ctx.version,
		fieldVersions: stampFields({}, Object.keys(values), ctx.version, ctx.writer),
		updatedBy: ctx.userId,
		updatedAt: new Date()
	} as never);
}

async function update(tx: Db, entity: ServerEntity, id: string, ctx: WriteContext, values: EntityValues) {
	await tx
		.update(entity.table)
		.set({ ...values, version: ctx.version, updatedBy: ctx.userId, updatedAt: new Date() } as never)
		.where(eq(entity.table.id, id));
}
