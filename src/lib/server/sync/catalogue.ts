import { asc, gt, sql } from 'drizzle-orm';
import type { CataloguePullResponse } from '$lib/shared/sync/protocol';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord, catalogueSync, type CatalogueKind } from '$lib/server/db/schema';

export interface CatalogueWrite {
	kind: CatalogueKind;
	id: string;
	/** null removes the item (a tombstone devices pull). */
	data: unknown;
}

/**
 * Writes public catalogue items (offers, providers, …). The counter row is bumped by the number of
 * items under its lock, so each item gets its own version and version order is commit order.
 */
export async function writeCatalogue(db: Db, written: readonly CatalogueWrite[]): Promise<number> {
	// One row can be written once per statement: the last write of an item in a batch wins.
	const items = [...new Map(written.map((item) => [`${item.kind}:${item.id}`, item])).values()];
	if (items.length === 0) return 0;
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const [counter] = await tx
			.insert(catalogueSync)
			.values({ id: 1, version: items.length })
			.onConflictDoUpdate({ target: catalogueSync.id, set: { version: sql`${catalogueSync.version} + ${items.length}` } })
			.returning({ version: catalogueSync.version });
		const first = counter!.version - items.length + 1;
		const rows = items.map((item, i) => ({
			kind: item.kind,
			id: item.id,
			version: first + i,
			data: item.data ?? null,
			deletedAt: item.data === null ? new Date() : null
		}));
		for (let i = 0; i < rows.length; i += 500) {
			await tx
				.insert(catalogueRecord)
				.values(rows.slice(i, i + 500))
				.onConflictDoUpdate({
					target: [catalogueRecord.kind, catalogueRecord.id],
					set: {
						version: sql`excluded.version`,
						data: sql`excluded.data`,
						deletedAt: sql`excluded.deleted_at`
					}
				});
		}
		return counter!.version;
	});
}

/** Catalogue tombstones are kept: the catalogue is small, so a device never needs a 410 here. */
export async function pullCatalogue(db: Db, input: { since: number; limit: number }): Promise<CataloguePullResponse> {
	const rows = await db
		.select()
		.from(catalogueRecord)
		.where(gt(catalogueRecord.version, input.since))
		.orderBy(asc(catalogueRecord.version))
		.limit(input.limit + 1);
	const pageRows = rows.slice(0, input.limit);
	return {
		cursor: pageRows.at(-1)?.version ?? input.since,
		hasMore: rows.length > input.limit,
		records: pageRows.map((r) => ({
			kind: r.kind,
			id: r.id,
			version: r.version,
			deleted: r.deletedAt !== null,
			data: r.deletedAt ? null : r.data
		}))
	};
}
