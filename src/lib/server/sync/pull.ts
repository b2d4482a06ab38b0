import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { PulledRecord, PullResponse } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { portfolioSync, portfolioSyncHorizon } from '../db/schema';
import { SyncError } from './errors';
import { serverEntities, type ServerEntity } from './registry';

type Row = Record<string, unknown> & { id: string; version: number; deletedAt: Date | null };

/**
 * Changes after `since`, oldest version first, tombstones included. A page never splits a version,
 * so its cursor always means "everything up to here".
 *
 * No transaction is needed: writers take versions under the portfolio row lock, so once the head is
 * read every version up to it has committed, and later statements see them all.
 */
export async function pullChanges(
	db: Db,
	input: { portfolioId: string; since: number; limit: number; head?: number }
): Promise<PullResponse> {
	const head = input.head ?? (await headVersion(db, input.portfolioId));
	if (input.since > head) throw new SyncError(410, 'sync_error_rebootstrap');
	// The common poll: nothing new, and a cursor at the head is never behind the horizon.
	if (input.since === head) return page(input.portfolioId, [], head, false);
	const result = await readPage(db, input, head);
	// Checked after reading, so a purge that removed tombstones from under this read is noticed.
	await refuseStaleCursor(db, input.portfolioId, input.since);
	return result;
}

async function readPage(db: Db, input: { portfolioId: string; since: number; limit: number }, head: number): Promise<PullResponse> {
	const perEntity = await Promise.all(
		serverEntities.map(async (entity) =>
			(await changedRows(db, entity, input.portfolioId, input.since, head, input.limit + 1)).map((row) => ({ entity, row }))
		)
	);
	// The per-table first limit+1 rows contain the overall first limit+1 rows.
	const merged = perEntity.flat().sort((a, b) => a.row.version - b.row.version);
	if (merged.length <= input.limit) return page(input.portfolioId, merged, head, false);

	const last = merged[input.limit - 1]!.row.version;
	const next = merged[input.limit]!.row.version;
	if (last < next) return page(input.portfolioId, merged.slice(0, input.limit), last, true);

	const earlier = merged.slice(0, input.limit).filter((e) => e.row.version < last);
	if (earlier.length > 0) {
		const cursor = earlier.at(-1)!.row.version;
		return page(input.portfolioId, earlier, cursor, cursor < head);
	}
	// One version holds more rows than a page (a push is at most 100 mutations, so this is bounded).
	const whole = await Promise.all(
		serverEntities.map(async (entity) =>
			(await changedRows(db, entity, input.portfolioId, last - 1, last, Number.MAX_SAFE_INTEGER)).map((row) => ({ entity, row }))
		)
	);
	return page(input.portfolioId, whole.flat(), last, last < head);
}

async function headVersion(tx: Db, portfolioId: string): Promise<number> {
	const [row] = await tx
		.select({ version: portfolioSync.version })
		.from(portfolioSync)
		.where(eq(portfolioSync.portfolioId, portfolioId));
	if (!row) throw new SyncError(404, 'sync_error_no_portfolio');
	return row.version;
}

/** Tombstones up to the horizon are gone: a device behind it must start over. */
async function refuseStaleCursor(tx: Db, portfolioId: string, since: number): Promise<void> {
	if (since === 0) return;
	const [horizon] = await tx
		.select({ purgedThrough: portfolioSyncHorizon.purgedThrough })
		.from(portfolioSyncHorizon)
		.where(eq(portfolioSyncHorizon.portfolioId, portfolioId));
	if (horizon && since < horizon.purgedThrough) throw new SyncError(410, 'sync_error_rebootstrap');
}

async function changedRows(
	tx: Db,
	entity: ServerEntity,
	portfolioId: string,
	after: number,
	upTo: number,
	limit: number
): Promise<Row[]> {
	const { table } = entity;
	const rows = await tx
		.select(pulledColumns(entity))
		.from(table)
		.where(and(eq(table.portfolioId, portfolioId), gt(table.version, after), lte(table.version, upTo)))
		.orderBy(asc(table.version))
		.limit(limit);
	return rows as Row[];
}

/** Only what a device stores: the per-field bookkeeping stays on the server. */
function pulledColumns(entity: ServerEntity): Record<string, PgColumn> {
	const columns = entity.table as unknown as Record<string, PgColumn>;
	const fields = Object.keys(entity.spec.fields.shape).map((field) => [field, columns[field]!]);
	return { id: entity.table.id, version: entity.table.version, deletedAt: entity.table.deletedAt, ...Object.fromEntries(fields) };
}

function page(
	portfolioId: string,
	entries: { entity: ServerEntity; row: Row }[],
	cursor: number,
	hasMore: boolean
): PullResponse {
	return { portfolioId, cursor, hasMore, records: entries.map(({ entity, row }) => toRecord(entity, row)) };
}

function toRecord(entity: ServerEntity, row: Row): PulledRecord {
	const deleted = row.deletedAt !== null;
	const data = deleted
		? null
		: Object.fromEntries(Object.keys(entity.spec.fields.shape).map((field) => [field, row[field] ?? null]));
	return { entity: entity.spec.name, id: row.id, version: Number(row.version), deleted, data };
}
