/**
 * The beheerder's monitoring figures as SQL aggregates. Every query answers counts per group together with
 * the number of distinct residents behind it, so {@link suppressSmallCells} can hide small groups; no query
 * returns anything that identifies a person. Residents are users with the `inwoner` role; their gemeente
 * and situation come from their profile (empty woonplaats or situation count as "onbekend").
 */
import { sql, type SQL } from 'drizzle-orm';
import { currentModel } from '../../shared/apk';
import type { Db } from '../db/client';
import { MONITORING_TABLES, suppressSmallCells, viewRows, type MonitoringFilter, type MonitoringTableId, type PublicTable, type RawRow, type RawTable } from '../../shared/monitoring';

export const UNKNOWN = 'onbekend';
/** The APK blocks in the order of the current model. */
export const APK_BLOCKS = currentModel().blocks.map((b) => b.id as string);
const LIGHT_KEYS = ['groen', 'oranje', 'rood', 'residents'];
export const FUNNEL = ['aanvraag', 'loopbaangesprek', 'scholingsplan', 'goedgekeurd', 'cheque', 'betaald', 'afgewezen'] as const;

type Row = Record<string, unknown>;

async function query(db: Db, statement: SQL): Promise<Row[]> {
	const result = (await db.execute(statement)) as unknown;
	return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function rows(result: Row[], keys: string[]): RawRow[] {
	return result.map((r) => ({ label: String(r.label), values: Object.fromEntries(keys.map((k) => [k, num(r[k])])) }));
}

/** Start (inclusive) and end (exclusive) of the period as timestamps, and as ISO date text for text columns. */
function period(filter: MonitoringFilter) {
	return {
		from: sql`${filter.from}::date::timestamptz`,
		end: sql`(${filter.to}::date + 1)::timestamptz`,
		fromText: filter.from,
		endText: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
	};
}

/**
 * Residents with their portfolio, gemeente and situation, limited to the chosen gemeente. Only the bereik
 * tables need the account's creation time; the others skip the join with app_user (a large part of every query).
 */
function residents(filter: MonitoringFilter, withCreatedAt = false): SQL {
	const gemeente = filter.gemeente === null ? sql`true` : sql`coalesce(nullif(p.woonplaats, ''), ${UNKNOWN}) = ${filter.gemeente}`;
	return sql`resident as not materialized (
		select r.user_id, ${withCreatedAt ? sql`u.created_at` : sql`null::timestamptz`} as created_at, pf.id as portfolio_id,
			coalesce(nullif(p.woonplaats, ''), ${UNKNOWN}) as gemeente,
			coalesce(nullif(p.situation, ''), ${UNKNOWN}) as situation
		from user_role r
		${withCreatedAt ? sql`join app_user u on u.id = r.user_id` : sql``}
		left join portfolio pf on pf.owner_id = r.user_id
		left join profile p on p.portfolio_id = pf.id and p.deleted_at is null
		where r.role = 'inwoner' and ${gemeente}
	)`;
}

/**
 * Both bereik tables from one pass over every resident: gemeente × situation with all its totals (grouping
 * sets), protected as one table (each gemeente's situations add up to its total, each situation's gemeenten
 * to the region's) and shown as the slice the filter asks for. So the region's view and every gemeente's
 * view come from the same protected cells, and no combination of them gives a hidden cell away.
 */
async function bereikBoth(db: Db, filter: MonitoringFilter): Promise<Record<'gemeente' | 'situation', RawTable>> {
	const { from, end } = period(filter);
	const result = await query(
		db,
		sql`with ${residents({ ...filter, gemeente: null }, true)},
		active as (select distinct user_id from session where last_verified_at >= ${from} and created_at < ${end})
		select coalesce(gemeente, '*') || '|' || coalesce(situation, '*') as label, gemeente, situation,
			count(*) filter (where r.created_at < ${end}) as registered,
			count(*) filter (where r.created_at >= ${from} and r.created_at < ${end}) as new,
			count(a.user_id) as active
		from resident r left join active a on a.user_id = r.user_id
		group by grouping sets ((gemeente, situation), (gemeente), (situation), ()) order by 1`
	);
	const keys = ['registered', 'new', 'active'];
	const columns = keys.map((key) => ({ key, people: key }));
	const gemeenten = [...new Set(result.flatMap((r) => (r.gemeente === null ? [] : [String(r.gemeente)])))].sort();
	const situations = [...new Set(result.flatMap((r) => (r.situation === null ? [] : [String(r.situation)])))].sort();
	const cell = (g: string, s: string) => `${g}|${s}`;
	const lines = [
		...gemeenten.map((g) => [...situations.map((s) => cell(g, s)), cell(g, '*')]),
		...situations.map((s) => [...gemeenten.map((g) => cell(g, s)), cell('*', s)]),
		[...situations.map((s) => cell('*', s)), cell('*', '*')],
		[...gemeenten.map((g) => cell(g, '*')), cell('*', '*')]
	];
	const groups = keys.flatMap((key) => lines.map((line) => line.map((label): [string, string] => [label, key])));
	const cube = { columns, rows: rows(result, keys), groups };
	const g = filter.gemeente;
	return {
		gemeente: { id: 'bereik_gemeente', ...cube, view: (g === null ? gemeenten : [g]).map((id) => ({ row: cell(id, '*'), label: id })) },
		situation: { id: 'bereik_situatie', ...cube, view: situations.map((s) => ({ row: cell(g ?? '*', s), label: s })) }
	};
}

type Memo = Map<string, Promise<unknown>>;

function bereik(db: Db, filter: MonitoringFilter, by: 'gemeente' | 'situation', memo: Memo): Promise<RawTable> {
	if (!memo.has('bereik')) memo.set('bereik', bereikBoth(db, filter));
	return (memo.get('bereik') as ReturnType<typeof bereikBoth>).then((both) => both[by]);
}

/**
 * Active in a month: a session of the resident was in use during the part of that month inside the period
 * (created before its end, last verified after its start). Sessions removed at sign-out or expiry are not seen, so this is a lower bound.
 */
async function activePerMonth(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { from, end } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)},
		spans as (
			select s.user_id, date_trunc('month', greatest(s.created_at, ${from})) as first, least(s.last_verified_at, ${end} - interval '1 day') as last
			from session s where s.last_verified_at >= ${from} and s.created_at < ${end}
		),
		active as (
			select distinct generate_series(sp.first, sp.last, interval '1 month') as start, sp.user_id
			from spans sp join resident r on r.user_id = sp.user_id
		),
		month as (select generate_series(date_trunc('month', ${from}), ${end} - interval '1 day', interval '1 month') as start)
		select to_char(m.start, 'YYYY-MM') as label, count(a.user_id) as active
		from month m left join active a on a.start = m.start
		group by m.start order by m.start`
	);
	return { id: 'actief_maand', columns: [{ key: 'active', people: 'active' }], rows: rows(result, ['active']) };
}

async function apk(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { fromText, endText } = period(filter);
	const result = await query(
		db,
		sql`with ${residents({ ...filter, gemeente: null })}
		select r.gemeente as label, count(*) as completed, count(distinct r.user_id) as residents
		from apk_scan s join resident r on r.portfolio_id = s.portfolio_id
		where s.deleted_at is null and s.status = 'completed' and s.completed_at >= ${fromText} and s.completed_at < ${endText}
		group by 1 order by 1`
	);
	const all = rows(result, ['completed', 'residents']);
	return {
		id: 'apk',
		columns: [
			{ key: 'completed', people: 'residents' },
			{ key: 'residents', people: 'residents' }
		],
		// Every gemeente is counted and protected together (residents per gemeente add up to the residents
		// per block in apk_lichten); a gemeente filter shows that gemeente's row of the protected table.
		rows: all,
		partitions: ['residents'],
		...(filter.gemeente === null ? {} : { view: [{ row: filter.gemeente, label: filter.gemeente }] })
	};
}

/**
 * The light per block of each resident's latest APK completed in the period, as the server scored it
 * (apk_block_light; a block it could not score is left out): every cell counts residents, and
 * groen + oranje + rood = the residents of the block. The latest scan is picked from apk_scan (one row per
 * scan, not seven) before joining the residents, which keeps the sort small.
 */
async function apkLights(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { fromText, endText } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)},
		latest as (
			select distinct on (s.portfolio_id) s.id, s.portfolio_id
			from apk_scan s
			where s.deleted_at is null and s.status = 'completed' and s.completed_at >= ${fromText} and s.completed_at < ${endText}
			order by s.portfolio_id, s.completed_at desc, s.id
		)
		select l.block_id as label,
			count(*) filter (where l.light = 'groen') as groen,
			count(*) filter (where l.light = 'oranje') as oranje,
			count(*) filter (where l.light = 'rood') as rood,
			count(*) as residents
		from latest join resident r on r.portfolio_id = latest.portfolio_id join apk_block_light l on l.scan_id = latest.id
		group by l.block_id`
	);
	const byBlock = new Map(rows(result, LIGHT_KEYS).map((r) => [r.label, r]));
	return {
		id: 'apk_lichten',
		columns: LIGHT_KEYS.map((key) => ({ key, people: key })),
		rows: APK_BLOCKS.map((block) => byBlock.get(block) ?? { label: block, values: { groen: 0, oranje: 0, rood: 0, residents: 0 } }),
		rowSums: [LIGHT_KEYS]
	};
}

/** Evidence items by their last change (the synced rows keep no creation time); outcomes by their issue date. */
async function evc(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { from, end, fromText, endText } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)}
		select 'bewijs' as label, count(*) as items, count(distinct r.user_id) as residents
		from evc_evidence e join resident r on r.portfolio_id = e.portfolio_id
		where e.deleted_at is null and e.updated_at >= ${from} and e.updated_at < ${end}
		union all
		select k.kind as label, count(o.id) as items, count(distinct r.user_id) as residents
		from (values ('ervaringscertificaat'), ('praktijkverklaring')) as k(kind)
		left join (evc_outcome o join resident r on r.portfolio_id = o.portfolio_id)
			on o.kind = k.kind and o.deleted_at is null and o.issued_on >= ${fromText} and o.issued_on < ${endText}
		group by k.kind`
	);
	return {
		id: 'evc',
		columns: [
			{ key: 'items', people: 'residents' },
			{ key: 'residents', people: 'residents' }
		],
		rows: rows(result, ['items', 'residents'])
	};
}

/** A gesprek held is a gesprek code redeemed by an adviser (a share grant with origin `gesprek`); verslagen are gesprek notes. */
async function gesprekken(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { from, end } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)}
		select 'gesprek' as label, count(*) as items, count(distinct r.user_id) as residents
		from share_grant g join resident r on r.portfolio_id = g.portfolio_id
		where g.origin = 'gesprek' and g.created_at >= ${from} and g.created_at < ${end}
		union all
		select 'verslag' as label, count(*) as items, count(distinct r.user_id) as residents
		from gesprek_note n join resident r on r.portfolio_id = n.portfolio_id
		where n.created_at >= ${from} and n.created_at < ${end}`
	);
	return {
		id: 'gesprekken',
		columns: [
			{ key: 'items', people: 'residents' },
			{ key: 'residents', people: 'residents' }
		],
		rows: rows(result, ['items', 'residents'])
	};
}

/**
 * Applications submitted in the period, and how many of them reached each status (from the status events).
 * Conversion is against the step before (afgewezen against all applications); the lead time is the median
 * number of days from submission to the first time the status was reached.
 */
async function voucherFunnel(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { from, end } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)},
		app as (
			select a.id, a.applicant_id, a.created_at from voucher_application a join resident r on r.portfolio_id = a.portfolio_id
			where a.created_at >= ${from} and a.created_at < ${end}
		),
		reached as (
			select e.status, app.id, app.applicant_id, min(e.at) - app.created_at as lead
			from app join voucher_status_event e on e.application_id = app.id
			group by e.status, app.id, app.applicant_id, app.created_at
		)
		select s.status as label, count(x.id) as applications, count(distinct x.applicant_id) as residents,
			percentile_cont(0.5) within group (order by extract(epoch from x.lead) / 86400) as lead_days
		from unnest(${sql.raw(`array[${FUNNEL.map((s) => `'${s}'`).join(', ')}]`)}::text[]) with ordinality as s(status, position)
		left join reached x on x.status = s.status
		group by s.status, s.position order by s.position`
	);
	const byStatus = new Map(result.map((r) => [String(r.label), r]));
	const funnelRows: RawRow[] = FUNNEL.map((status, i) => {
		const r = byStatus.get(status);
		const applications = num(r?.applications) ?? 0;
		const before = status === 'afgewezen' || i === 0 ? num(byStatus.get('aanvraag')?.applications) ?? 0 : num(byStatus.get(FUNNEL[i - 1] ?? 'aanvraag')?.applications) ?? 0;
		const lead = num(r?.lead_days);
		return {
			label: status,
			values: {
				applications,
				residents: num(r?.residents) ?? 0,
				conversion: i === 0 || before === 0 ? null : Math.round((applications / before) * 1000) / 10,
				lead_days: i === 0 || lead === null ? null : Math.round(lead * 10) / 10
			}
		};
	});
	return {
		id: 'voucher_funnel',
		columns: [
			{ key: 'applications', people: 'residents' },
			{ key: 'residents', people: 'residents' },
			{ key: 'conversion', people: 'residents' },
			{ key: 'lead_days', people: 'residents' }
		],
		rows: funnelRows
	};
}

/** Per calendar year in the period: the regional budget, and what approvals (of residents in the filter) committed and what was paid. */
async function budget(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const first = Number(filter.from.slice(0, 4));
	const last = Number(filter.to.slice(0, 4));
	const result = await query(
		db,
		sql`with ${residents(filter)}
		select y.year::text as label, b.amount_euros as budget,
			coalesce(sum(a.amount_euros) filter (where a.status in ('goedgekeurd', 'cheque', 'betaald')), 0) as committed,
			coalesce(sum(a.amount_euros) filter (where a.status = 'betaald'), 0) as paid,
			count(distinct a.applicant_id) filter (where a.status in ('goedgekeurd', 'cheque', 'betaald')) as residents
		from generate_series(${first}::int, ${last}::int) as y(year)
		left join voucher_budget b on b.year = y.year
		left join (voucher_application a join resident r on r.portfolio_id = a.portfolio_id) on a.budget_year = y.year
		group by y.year, b.amount_euros order by y.year`
	);
	return {
		id: 'budget',
		columns: [
			{ key: 'budget', people: null },
			{ key: 'committed', people: 'residents' },
			{ key: 'paid', people: 'residents' },
			{ key: 'residents', people: 'residents' }
		],
		rows: rows(result, ['budget', 'committed', 'paid', 'residents'])
	};
}

async function klantervaring(db: Db, filter: MonitoringFilter): Promise<RawTable> {
	const { from, end } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)}
		select s.subject as label, count(k.id) as responses, count(distinct k.user_id) as residents, round(avg(k.score), 1) as average
		from (values ('gesprek'), ('voucher')) as s(subject)
		left join (klantervaring k join resident r on r.user_id = k.user_id)
			on k.subject = s.subject and k.created_at >= ${from} and k.created_at < ${end}
		group by s.subject order by s.subject`
	);
	return {
		id: 'klantervaring',
		columns: [
			{ key: 'responses', people: 'residents' },
			{ key: 'residents', people: 'residents' },
			{ key: 'average', people: 'residents' }
		],
		rows: rows(result, ['responses', 'residents', 'average'])
	};
}

const BUILDERS: Record<MonitoringTableId, (db: Db, filter: MonitoringFilter, memo: Memo) => Promise<RawTable>> = {
	bereik_gemeente: (db, f, memo) => bereik(db, f, 'gemeente', memo),
	bereik_situatie: (db, f, memo) => bereik(db, f, 'situation', memo),
	actief_maand: activePerMonth,
	apk,
	apk_lichten: apkLights,
	evc,
	gesprekken,
	voucher_funnel: voucherFunnel,
	budget,
	klantervaring
};

/** Raw figures, before suppression: for tests only; everything shown or exported goes through {@link monitoringTables}. */
export async function rawTable(db: Db, filter: MonitoringFilter, id: MonitoringTableId): Promise<RawTable> {
	return BUILDERS[id](db, filter, new Map());
}

/** The rows a table shows, before suppression, with only its own groups (tests count these independently). */
export async function rawView(db: Db, filter: MonitoringFilter, id: MonitoringTableId): Promise<RawTable> {
	const table = await rawTable(db, filter, id);
	return table.view ? { id, columns: table.columns, rows: viewRows(table) } : table;
}

/** The suppressed tables: the one source for the page, the JSON API and the CSV export. */
export async function monitoringTables(db: Db, filter: MonitoringFilter, ids: readonly MonitoringTableId[] = MONITORING_TABLES): Promise<PublicTable[]> {
	const memo: Memo = new Map();
	return Promise.all(ids.map(async (id) => suppressSmallCells(await BUILDERS[id](db, filter, memo))));
}
