import { eq, inArray } from 'drizzle-orm';
import { recordRuleIssue, type EntityValues } from '$lib/shared/sync/entity';
import { resolvePatch, stampFields, type FieldConflict, type FieldVersions } from '$lib/shared/sync/merge';
import type { Mutation } from '$lib/shared/sync/protocol';
import type { Db } from '$lib/server/db/client';
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

/** Bumps a record of this portfolio (never another's) so the next pull resends it; see `touch`. */
export async function touchOwnRow(tx: Db, entity: ServerEntity, rows: TouchedRows, id: string, ctx: WriteContext): Promise<void> {
	const row = await rows.get(tx, entity, id);
	if (row && row.portfolioId === ctx.portfolioId) await touch(tx, entity, id, ctx);
}

/**
 * Applies one validated, authorised mutation inside a portfolio write. Returns the fields the server
 * kept instead of the proposed value.
 */
export async function applyMutation(
	tx: Db,
	ctx: WriteContext,
	mutation: Mutation,
	rows: TouchedRows = new TouchedRows()
): Promise<FieldConflict[]> {
	const entity = serverEntity(mutation.entity);
	if (!entity) throw new SyncError(400, 'sync_error_unknown_entity', ['entity']);
	if (entity.spec.singleton && mutation.entityId !== ctx.portfolioId) {
		throw new SyncError(400, 'sync_error_singleton_id', ['entityId']);
	}
	const row = await rows.get(tx, entity, mutation.entityId);
	// Ids are global: an id of another portfolio's record is someone else's data.
	if (row && row.portfolioId !== ctx.portfolioId) throw new SyncError(403, 'sync_error_foreign_record', ['entityId']);

	if (mutation.op === 'delete') {
		if (row && !row.deletedAt) await update(tx, entity, rows, row, ctx, { deletedAt: new Date() });
		return [];
	}
	if (!row) {
		if (mutation.op === 'patch') return gone(mutation.patch);
		refuseBrokenRule(entity, entity.spec.fields.parse(mutation.patch));
		await insert(tx, entity, rows, ctx, mutation.entityId, mutation.patch!);
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
		refuseBrokenRule(entity, { ...row, ...accepted });
		await update(tx, entity, rows, row, ctx, {
			...accepted,
			fieldVersions: stampFields(row.fieldVersions, fields, ctx.version, ctx.writer)
		});
	} else if (conflicts.length > 0) {
		await touch(tx, entity, mutation.entityId, ctx);
	}
	return conflicts;
}

/**
 * The record-level rules of the entity (see `EntitySpec.rules`) on the record as it would be stored, so
 * two edits that each look fine cannot merge into a record that breaks them. Refused before anything is
 * written: a push answers it as a refused mutation, a server write as a 400.
 */
function refuseBrokenRule(entity: ServerEntity, merged: EntityValues): void {
	const issue = recordRuleIssue(entity.spec, merged);
	if (issue) throw new SyncError(400, issue.message, [`patch.${issue.field}`]);
}

/**
 * The rows one write reads: fetched with one query per entity up front and kept current as the write
 * changes them, so a push of 100 mutations does not make 100 lookups.
 */
export class TouchedRows {
	#rows = new Map<string, Row | null>();

	async preload(tx: Db, mutations: readonly Mutation[]): Promise<void> {
		const byEntity = new Map<ServerEntity, string[]>();
		for (const m of mutations) {
			const entity = serverEntity(m.entity);
			if (entity) byEntity.set(entity, [...(byEntity.get(entity) ?? []), m.entityId]);
		}
		for (const [entity, ids] of byEntity) {
			const found = (await tx.select().from(entity.table).where(inArray(entity.table.id, ids))) as Row[];
			for (const id of ids) this.#rows.set(key(entity, id), null);
			for (const row of found) this.#rows.set(key(entity, row.id), row);
		}
	}

	async get(tx: Db, entity: ServerEntity, id: string): Promise<Row | undefined> {
		const k = key(entity, id);
		if (!this.#rows.has(k)) {
			const [row] = (await tx.select().from(entity.table).where(eq(entity.table.id, id)).limit(1)) as Row[];
			this.#rows.set(k, row ?? null);
		}
		return this.#rows.get(k) ?? undefined;
	}

	set(entity: ServerEntity, row: Row): void {
		this.#rows.set(key(entity, row.id), row);
	}
}

const key = (entity: ServerEntity, id: string) => `${entity.spec.name}:${id}`;

async function insert(tx: Db, entity: ServerEntity, rows: TouchedRows, ctx: WriteContext, id: string, values: EntityValues) {
	const row: Row = {
		...entity.spec.fields.parse(values),
		id,
		portfolioId: ctx.portfolioId,
		fieldVersions: stampFields({}, Object.keys(values), ctx.version, ctx.writer),
		deletedAt: null
	};
	await tx.insert(entity.table).values({ ...row, version: ctx.version, updatedBy: ctx.userId, updatedAt: new Date() } as never);
	rows.set(entity, row);
}

async function update(tx: Db, entity: ServerEntity, rows: TouchedRows, row: Row, ctx: WriteContext, values: EntityValues) {
	await tx
		.update(entity.table)
		.set({ ...values, version: ctx.version, updatedBy: ctx.userId, updatedAt: new Date() } as never)
		.where(eq(entity.table.id, row.id));
	rows.set(entity, { ...row, ...values } as Row);
}
