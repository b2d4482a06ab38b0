import { eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgColumn } from 'drizzle-orm/pg-core';
import type { PulledRecord, PullResponse } from '$lib/shared/sync/protocol';
import { executePrepared, type Db } from '$lib/server/db/client';
import { portfolioSync, portfolioSyncHorizon } from '$lib/server/db/schema';
import { SyncError } from './errors';
import { serverEntities, type ServerEntity } from './registry';

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
	const { horizon, result } = await readPage(db, input, head);
	// The horizon comes from the last read's own statement, so a purge that removed tombstones from
	// under this read is noticed (the purge moves the horizon in the same transaction).
	if (input.since > 0 && input.since < horizon) throw new SyncError(410, 'sync_error_rebootstrap');
	return result;
}

async function readPage(
	db: Db,
	input: { portfolioId: string; since: number; limit: number },
	head: number
): Promise<{ horizon: number; result: PullResponse }> {
	const first = await changedRecords(db, input.portfolioId, input.since, head, input.limit + 1);
	const merged = first.records;
	const done = (records: PulledRecord[], cursor: number, hasMore: boolean) => ({
		horizon: first.horizon,
		result: page(input.portfolioId, records, cursor, hasMore)
	});
	if (merged.length <= input.limit) return done(merged, head, false);

	const last = merged[input.limit - 1]!.version;
	const next = merged[input.limit]!.version;
	if (last < next) return done(merged.slice(0, input.limit), last, true);

	const earlier = merged.slice(0, input.limit).filter((r) => r.version < last);
	if (earlier.length > 0) {
		const cursor = earlier.at(-1)!.version;
		return done(earlier, cursor, cursor < head);
	}
	// One version holds more rows than a page (a push is at most 100 mutations, so this is bounded).
	const whole = await changedRecords(db, input.portfolioId, last - 1, last, Number.MAX_SAFE_INTEGER);
	return { horizon: whole.horizon, result: page(input.portfolioId, whole.records, last, last < head) };
}

async function headVersion(tx: Db, portfolioId: string): Promise<number> {
	const [row] = await tx
		.select({ version: portfolioSync.version })
		.from(portfolioSync)
		.where(eq(portfolioSync.portfolioId, portfolioId));
	if (!row) throw new SyncError(404, 'sync_error_no_portfolio');
	return row.version;
}

/** Types that JSON built by PostgreSQL renders exactly as the driver would map them. */
const JSON_NATIVE = new Set(['PgText', 'PgVarchar', 'PgUUID', 'PgInteger', 'PgSmallInt', 'PgBoolean', 'PgJson', 'PgJsonb', 'PgEnumColumn']);

/**
 * One entity's changed rows as (entity index, id, version, deleted, data), the data built as JSON in SQL.
 * The bounds come from the statement's `p` row, so the text is the same for every request.
 */
function changedRowsOf(entity: ServerEntity, index: number): SQL {
	const { table } = entity;
	const columns = table as unknown as Record<string, PgColumn>;
	const pairs = Object.keys(entity.spec.fields.shape).map((field) => {
		const column = columns[field]!;
		if (!JSON_NATIVE.has(column.columnType)) throw new Error(`pull: ${entity.spec.name}.${field} (${column.columnType}) needs a JSON mapping`);
		// Field names are identifiers from the entity specs, written into the statement as literals.
		if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new Error(`pull: field name ${field}`);
		return sql`${sql.raw(`'${field}'`)}, ${column}`;
	});
	return sql`(select ${sql.raw(String(index))} as e, ${table.id} as id, ${table.version} as version, ${table.deletedAt} is not null as deleted,
		case when ${table.deletedAt} is null then json_build_object(${sql.join(pairs, sql`, `)}) end as data
		from ${table}
		where ${table.portfolioId} = (select pid from p) and ${table.version} > (select after from p) and ${table.version} <= (select up_to from p)
		order by ${table.version} limit (select lim from p))`;
}

let pageBody: SQL | undefined;

/** Everything after the parameters, rendered once: the statement text then stays the same per request. */
function changedRecordsBody(): SQL {
	if (pageBody) return pageBody;
	const branches = serverEntities.map((entity, index) => changedRowsOf(entity, index));
	const body = sql`select
		(select ${portfolioSyncHorizon.purgedThrough} from ${portfolioSyncHorizon} where ${portfolioSyncHorizon.portfolioId} = (select pid from p)) as horizon,
		(select coalesce(json_agg(json_build_array(c.e, c.id, c.version, c.deleted, c.data) order by c.version, c.e), '[]'::json)
			from (select * from (${sql.join(branches, sql` union all `)}) u order by u.version, u.e limit (select lim from p)) c) as rows`;
	const rendered = new PgDialect().sqlToQuery(body);
	if (rendered.params.length > 0) throw new Error('pull: the page statement body must not carry parameters');
	pageBody = sql.raw(rendered.sql);
	return pageBody;
}

/**
 * The first `limit` changes in (after, upTo] across every entity table and the portfolio's tombstone
 * horizon, in one statement (one snapshot, one round trip). Each table contributes at most `limit`
 * rows from its (portfolio_id, version) index; ties on a version keep registry order.
 */
async function changedRecords(
	db: Db,
	portfolioId: string,
	after: number,
	upTo: number,
	limit: number
): Promise<{ horizon: number; records: PulledRecord[] }> {
	const statement = sql`with p as (select ${portfolioId}::uuid as pid, ${after}::bigint as after, ${upTo}::bigint as up_to, ${limit}::bigint as lim)
		${changedRecordsBody()}`;
	const [row] = await executePrepared<{ horizon: unknown; rows: unknown }>(db, statement);
	const rows = (typeof row!.rows === 'string' ? JSON.parse(row!.rows) : row!.rows) as [number, string, number, boolean, PulledRecord['data']][];
	return {
		horizon: row!.horizon === null ? 0 : Number(row!.horizon),
		records: rows.map(([e, id, version, deleted, data]) => ({ entity: serverEntities[e]!.spec.name, id, version: Number(version), deleted, data: deleted ? null : data }))
	};
}

function page(portfolioId: string, records: PulledRecord[], cursor: number, hasMore: boolean): PullResponse {
	return { portfolioId, cursor, hasMore, records };
}
