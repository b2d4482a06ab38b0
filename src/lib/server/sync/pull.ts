import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { PulledRecord, PullResponse } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { portfolioSync, portfolioSyncHorizon } from '../db/schema';
import { SyncError } from './errors';
import { serverEntities, type ServerEntity } from './registry';

type Row = Record<string, unknown> & { id: string; version: number; deletedAt: Date | null };

/**
 * Changes after `since`, oldest version first, tombstones included. A page never splits a version,
 * so its cursor always means "everything up to here". Reads run in one repeatable-read snapshot.
 */
export async function pullChanges(
	db: Db,
	input: { portfolioId: string; since: number; limit: number }
): Promise<PullResponse> {
	return db.transaction(
		async (t) => {
			const tx = t as unknown as Db;
			const head = await headVersion(tx, input.portfolioId);
			await refuseStaleCursor(tx, input.portfolioId, input.since, head);

			const perEntity = await Promise.all(
				serverEntities.map(async (entity) =>
					(await changedRows(tx, entity, input.portfolioId, input.since, head, input.limit + 1)).map((row) => ({
						entity,
						row
					}))
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
					(await changedRows(tx, entity, input.portfolioId, last - 1, last, Number.MAX_SAFE_INTEGER)).map((row) => ({
						entity,
						row
					}))
				)
			);
			return page(input.portfolioId, whole.flat(), last, last < head);
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}

async function headVersion(tx: Db, portfolioId: string): Promise<number> {
	const [row] = await tx
		.select({ version: portfolioSync.version })
		.from(portfolioSync)
		.where(eq(portfolioSync.portfolioId, portfolioId));
	if (!row) throw new SyncError(404, 'sync_error_no_portfolio');
	return row.version;
}

/** Tombstones up to the horizon are gone, and a cursor beyond the head belongs to another database. */
async function refuseStaleCursor(tx: Db, portfolioId: string, since: number, head: number): Promise<void> {
	if (since > head) throw new SyncError(410, 'sync_error_rebootstrap');
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
		.select()
		.from(table)
		.where(and(eq(table.portfolioId, portfolioId), gt(table.version, after), lte(table.version, upTo)))
		.orderBy(asc(table.version))
		.limit(limit);
	return rows as Row[];
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
