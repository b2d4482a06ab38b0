import { and, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { portfolioSyncHorizon } from '$lib/server/db/schema';
import { serverEntities } from './registry';

/** The longest a device may stay offline and still catch up with a partial pull. */
export const TOMBSTONE_RETENTION_DAYS = 90;

/**
 * Removes tombstones older than the retention and moves each portfolio's horizon up to the newest
 * removed version; devices behind it get 410 and re-bootstrap instead of missing a delete.
 */
export async function purgeTombstones(db: Db, now = new Date()): Promise<number> {
	const before = new Date(now.getTime() - TOMBSTONE_RETENTION_DAYS * 24 * 60 * 60 * 1000);
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const horizon = new Map<string, number>();
		let removed = 0;
		for (const { table } of serverEntities) {
			const rows = (await tx
				.delete(table)
				.where(and(isNotNull(table.deletedAt), lt(table.deletedAt, before)))
				.returning({ portfolioId: table.portfolioId, version: table.version })) as {
				portfolioId: string;
				version: number;
			}[];
			removed += rows.length;
			for (const row of rows) horizon.set(row.portfolioId, Math.max(horizon.get(row.portfolioId) ?? 0, row.version));
		}
		for (const [portfolioId, purgedThrough] of horizon) {
			await tx
				.insert(portfolioSyncHorizon)
				.values({ portfolioId, purgedThrough })
				.onConflictDoUpdate({
					target: portfolioSyncHorizon.portfolioId,
					set: { purgedThrough: sql`greatest(${portfolioSyncHorizon.purgedThrough}, excluded.purged_through)` }
				});
		}
		return removed;
	});
}
