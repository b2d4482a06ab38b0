/**
 * The beheerder's monitoring figures as SQL aggregates. Every query answers counts per group together with
 * the number of distinct residents behind it, so {@link suppressSmallCells} can hide small groups; no query
 * returns anything that identifies a person. Residents are users with the `inwoner` role; their gemeente
 * and situation come from their profile (empty woonplaats or situation count as "onbekend").
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { MONITORING_TABLES, suppressSmallCells, type MonitoringFilter, type MonitoringTableId, type PublicTable, type RawRow, type RawTable } from '../../shared/monitoring';

export const UNKNOWN = 'onbekend';
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

/** Residents with their portfolio, gemeente and situation, limited to the chosen gemeente. */
function residents(filter: MonitoringFilter): SQL {
	const gemeente = filter.gemeente === null ? sql`true` : sql`coalesce(nullif(p.woonplaats, ''), ${UNKNOWN}) = ${filter.gemeente}`;
	return sql`resident as not materialized (
		select u.id as user_id, u.created_at, pf.id as portfolio_id,
			coalesce(nullif(p.woonplaats, ''), ${UNKNOWN}) as gemeente,
			coalesce(nullif(p.situation, ''), ${UNKNOWN}) as situation
		from app_user u
		join user_role r on r.user_id = u.id and r.role = 'inwoner'
		left join portfolio pf on pf.owner_id = u.id
		left join profile p on p.portfolio_id = pf.id and p.deleted_at is null
		where ${gemeente}
	)`;
}

/** Both bereik tables from one pass over the residents (grouping sets), shared when both are asked for. */
async function bereikBoth(db: Db, filter: MonitoringFilter): Promise<Record<'gemeente' | 'situation', RawTable>> {
	const { from, end } = period(filter);
	const result = await query(
		db,
		sql`with ${residents(filter)},
		active as (select distinct user_id from session where last_verified_at >= ${from} and created_at < ${end})
		select case when grouping(gemeente) = 0 then 'gemeente' else 'situation' end as by,
			coalesce(gemeente, situation) as label,
			count(*) filter (where r.created_at < ${end}) as registered,
			count(*) filter (where r.created_at >= ${from} and r.created_at < ${end}) as new,
			count(a.user_id) as active
		from resident r left join active a on a.user_id = r.user_id
		group by grouping sets ((gemeente), (situation)) order by 1, 2`
	);
	const columns = [
		{ key: 'registered', people: 'registered' },
		{ key: 'new', people: 'new' },
		{ key: 'active', people: 'active' }
	];
	const keys = ['registered', 'new', 'active'];
	return {
		gemeente: { id: 'bereik_gemeente', columns, rows: rows(result.filter((r) => r.by === 'gemeente'), keys) },
		situation: { id: 'bereik_situatie', columns, rows: rows(result.filter((r) => r.by === 'situation'), keys) }
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
		sql`with ${residents(filter)}
		select r.gemeente as label, count(*) as completed, count(distinct r.user_id) as residents
		from apk_scan s join resident r on r.portfolio_id = s.portfolio_id
		where s.deleted_at is null and s.status = 'completed' and s.completed_at >= ${fromText} and s.completed_at < ${endText}
		group by 1 order by 1`
	);
	return {
		id: 'apk',
		columns: [
			{ key: 'completed', people: 'residents' },
			{ key: 'residents', people: 'residents' }
		],
		rows: rows(result, ['completed', 'residents'])
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

/** The suppressed tables: the one source for the page, the JSON API and the CSV export. */
export async function monitoringTables(db: Db, filter: MonitoringFilter, ids: readonly MonitoringTableId[] = MONITORING_TABLES): Promise<PublicTable[]> {
	const memo: Memo = new Map();
	return Promise.all(ids.map(async (id) => suppressSmallCells(await BUILDERS[id](db, filter, memo))));
}
