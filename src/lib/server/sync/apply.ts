import { getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { recordRuleIssue, type EntityValues } from '$lib/shared/sync/entity';
import { resolvePatch, stampFields, type FieldConflict, type FieldVersions } from '$lib/shared/sync/merge';
import type { Mutation } from '$lib/shared/sync/protocol';
import { executePrepared, type Db } from '$lib/server/db/client';
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
function touch(rows: TouchedRows, entity: ServerEntity, row: Row, ctx: WriteContext) {
	rows.write(entity, { ...row, version: ctx.version });
}

/** Bumps a record of this portfolio (never another's) so the next pull resends it; see `touch`. */
export async function touchOwnRow(tx: Db, entity: ServerEntity, rows: TouchedRows, id: string, ctx: WriteContext): Promise<void> {
	const row = await rows.get(tx, entity, id);
	if (row && row.portfolioId === ctx.portfolioId) touch(rows, entity, row, ctx);
}

/**
 * Applies one validated, authorised mutation inside a portfolio write, to `rows`: the write reaches the
 * database when the caller flushes them. Returns the fields the server kept instead of the proposed value.
 */
export async function applyMutation(tx: Db, ctx: WriteContext, mutation: Mutation, rows: TouchedRows): Promise<FieldConflict[]> {
	const entity = serverEntity(mutation.entity);
	if (!entity) throw new SyncError(400, 'sync_error_unknown_entity', ['entity']);
	if (entity.spec.singleton && mutation.entityId !== ctx.portfolioId) {
		throw new SyncError(400, 'sync_error_singleton_id', ['entityId']);
	}
	const row = await rows.get(tx, entity, mutation.entityId);
	// Ids are global: an id of another portfolio's record is someone else's data.
	if (row && row.portfolioId !== ctx.portfolioId) throw new SyncError(403, 'sync_error_foreign_record', ['entityId']);

	if (mutation.op === 'delete') {
		if (row && !row.deletedAt) update(entity, rows, row, ctx, { deletedAt: new Date() });
		return [];
	}
	if (!row) {
		if (mutation.op === 'patch') return gone(mutation.patch);
		refuseBrokenRule(entity, entity.spec.fields.parse(mutation.patch));
		insert(entity, rows, ctx, mutation.entityId, mutation.patch!);
		return [];
	}
	// Delete wins over a concurrent edit.
	if (row.deletedAt) {
		touch(rows, entity, row, ctx);
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
		update(entity, rows, row, ctx, {
			...accepted,
			fieldVersions: stampFields(row.fieldVersions, fields, ctx.version, ctx.writer)
		});
	} else if (conflicts.length > 0) {
		touch(rows, entity, row, ctx);
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
 * The rows one write reads and changes: fetched with one query per entity up front and kept current as the
 * write changes them, so a push of 100 mutations does not make 100 lookups; the changes are written by
 * {@link TouchedRows.flush} with one statement per entity table, not one per mutation.
 */
export class TouchedRows {
	#rows = new Map<string, Row | null>();
	/** Changed rows, whole, by entity and id: what flush writes. */
	#dirty = new Map<ServerEntity, Map<string, Record<string, unknown>>>();

	async preload(tx: Db, mutations: readonly Pick<Mutation, 'entity' | 'entityId'>[]): Promise<void> {
		const byEntity = new Map<ServerEntity, string[]>();
		for (const m of mutations) {
			const entity = serverEntity(m.entity);
			if (entity) byEntity.set(entity, [...(byEntity.get(entity) ?? []), m.entityId]);
		}
		for (const [entity, ids] of byEntity) {
			const missing = ids.filter((id) => !this.#rows.has(key(entity, id)));
			if (missing.length === 0) continue;
			const found = (await tx.select().from(entity.table).where(inArray(entity.table.id, missing))) as Row[];
			for (const id of missing) this.#rows.set(key(entity, id), null);
			for (const row of found) this.#rows.set(key(entity, row.id), row);
		}
	}

	async get(tx: Db, entity: ServerEntity, id: string): Promise<Row | undefined> {
		if (!this.#rows.has(key(entity, id))) await this.preload(tx, [{ entity: entity.spec.name, entityId: id }]);
		return this.#rows.get(key(entity, id)) ?? undefined;
	}

	/** The row's new state, whole (every column it has), to be written at flush. */
	write(entity: ServerEntity, row: Row & Record<string, unknown>): void {
		this.#rows.set(key(entity, row.id), row);
		let table = this.#dirty.get(entity);
		if (!table) this.#dirty.set(entity, (table = new Map()));
		table.set(row.id, row);
	}

	/**
	 * Writes every changed row: per entity table one `insert … on conflict (id) do update` of the whole rows,
	 * in registry order. The update only ever lands on a row of the same portfolio; a row that would belong to
	 * another one (an id taken meanwhile) fails the write instead of going astray.
	 */
	async flush(tx: Db): Promise<void> {
		for (const [entity, changed] of this.#dirty) {
			const all = [...changed.values()];
			for (let i = 0; i < all.length; i += FLUSH_CHUNK) {
				const chunk = all.slice(i, i + FLUSH_CHUNK);
				const written = await executePrepared<{ id: string }>(tx, upsertStatement(entity, chunk));
				if (written.length !== chunk.length) throw new Error(`sync: ${entity.spec.name} rows of another portfolio`);
			}
		}
		this.#dirty.clear();
	}
}

/** Rows per statement: they travel as one JSON parameter, so this only bounds its size. */
const FLUSH_CHUNK = 500;

/**
 * The rows as one JSON parameter, spread into the table's own row type by `json_populate_recordset`: one
 * parameter instead of one per value, which keeps building and sending a batch cheap. Columns are the ones
 * every row of the batch has (a new row leaves server-side defaults to the table); the update sets those
 * same columns. Column names come from the schema, never from the input.
 */
function upsertStatement(entity: ServerEntity, chunk: Record<string, unknown>[]): SQL {
	const columns = Object.entries(getTableColumns(entity.table)).filter(([property]) => chunk.every((row) => property in row));
	const names = columns.map(([, column]) => `"${column.name}"`);
	const updates = columns.filter(([property]) => property !== 'id' && property !== 'portfolioId').map(([, column]) => `"${column.name}" = excluded."${column.name}"`);
	const records = chunk.map((row) => Object.fromEntries(columns.map(([property, column]) => [column.name, row[property] ?? null])));
	const list = sql.raw(names.join(', '));
	return sql`insert into ${entity.table} (${list}) select ${list} from json_populate_recordset(null::${entity.table}, ${JSON.stringify(records)}::json)
		on conflict (id) do update set ${sql.raw(updates.join(', '))} where ${entity.table.portfolioId} = excluded.portfolio_id
		returning ${entity.table.id} as id`;
}

const key = (entity: ServerEntity, id: string) => `${entity.spec.name}:${id}`;

function insert(entity: ServerEntity, rows: TouchedRows, ctx: WriteContext, id: string, values: EntityValues) {
	const row: Row = {
		...entity.spec.fields.parse(values),
		id,
		portfolioId: ctx.portfolioId,
		fieldVersions: stampFields({}, Object.keys(values), ctx.version, ctx.writer),
		deletedAt: null
	};
	rows.write(entity, { ...row, version: ctx.version, updatedBy: ctx.userId, updatedAt: new Date() });
}

function update(entity: ServerEntity, rows: TouchedRows, row: Row, ctx: WriteContext, values: EntityValues) {
	rows.write(entity, { ...row, ...values, version: ctx.version, updatedBy: ctx.userId, updatedAt: new Date() } as Row);
}
