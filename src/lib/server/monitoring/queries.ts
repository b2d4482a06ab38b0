/**
 * The beheerder's monitoring figures as SQL aggregates. Every query answers counts per group together with
 * the number of distinct residents behind it, so {@link suppressSmallCells} can hide small groups; no query
 * returns anything that identifies a person. Residents are users with the `inwoner` role; their gemeente
 * and situation come from their profile (empty woonplaats or situation count as "onbekend").
 *
 * Every table is computed as one cube, whatever the filter: every gemeente (that has residents) and the
 * region ('*') × every period bucket (each quarter from FIRST_YEAR up to today and each year) × the
 * table's own groups. The cube is protected as a whole (the region is the sum of its gemeenten, a year of
 * its quarters, and so on: see {@link cubeGroups}) and the filter only picks the slice it shows, so no two
 * answers together give a hidden cell away. Row labels are `gemeente|period|group`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { currentModel } from '$lib/shared/apk';
import type { Db } from '$lib/server/db/client';
import { FIRST_YEAR, MONITORING_TABLES, quartersUntil, suppressSmallCells, viewRows, type MonitoringFilter, type MonitoringTableId, type PublicTable, type RawRow, type RawTable } from '$lib/shared/monitoring';

export const UNKNOWN = 'onbekend';
/** The APK blocks in the order of the current model. */
export const APK_BLOCKS = currentModel().blocks.map((b) => b.id as string);
const LIGHT_KEYS = ['groen', 'oranje', 'rood', 'residents'];
export const FUNNEL = ['aanvraag', 'loopbaangesprek', 'scholingsplan', 'goedgekeurd', 'cheque', 'betaald', 'afgewezen'] as const;

export type Row = Record<string, unknown>;

/** What the cubes need of the database: answers to SQL aggregates (the live database, or a stored snapshot of its answers). */
export interface Querier {
	execute(statement: SQL): Promise<unknown>;
}

async function query(db: Querier, statement: SQL): Promise<Row[]> {
	const result = (await db.execute(statement)) as unknown;
	return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The gemeenten, periods and months of every cube: fixed by the data and today, never by the filter. */
interface Grid {
	gemeenten: string[];
	quarters: string[];
	years: string[];
	/** quarters, then years */
	periods: string[];
	months: string[];
	/** The period the filter shows, and its gemeente. */
	filter: MonitoringFilter;
}

const REGION = '*';
const NONE = '-';
const label = (g: string, p: string, r: string) => `${g}|${p}|${r}`;
const quarterPeriod = (ts: SQL) => sql`to_char(${ts}, 'YYYY-"Q"Q')`;
const yearPeriod = (ts: SQL) => sql`to_char(${ts}, 'YYYY')`;
/** A UTC timestamp as the quarter and the year it falls in (two rows per event), from FIRST_YEAR on. */
const periodsOf = (ts: SQL) => sql`cross join lateral (values (${quarterPeriod(ts)}), (${yearPeriod(ts)})) as per(period)`;
const since = sql`${`${FIRST_YEAR}-01-01`}::timestamp`;
const utc = (column: SQL) => sql`(${column} at time zone 'UTC')`;

async function grid(db: Querier, filter: MonitoringFilter, now: Date): Promise<Grid> {
	const result = await query(
		db,
		sql`select distinct coalesce(nullif(p.woonplaats, ''), ${UNKNOWN}) as gemeente
		from user_role r left join portfolio pf on pf.owner_id = r.user_id left join profile p on p.portfolio_id = pf.id and p.deleted_at is null
		where r.role = 'inwoner' order by 1`
	);
	const quarters = quartersUntil(now);
	const years = [...new Set(quarters.map((q) => q.slice(0, 4)))];
	const lastMonth = now.toISOString().slice(0, 7);
	const months = years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`)).filter((m) => m <= lastMonth);
	return { gemeenten: result.map((r) => String(r.gemeente)), quarters, years, periods: [...quarters, ...years], months, filter };
}

/** Residents with their portfolio, gemeente and situation (all of them: every cube covers every gemeente). */
function residents(withCreatedAt = false): SQL {
	return sql`resident as not materialized (
		select r.user_id, ${withCreatedAt ? sql`u.created_at` : sql`null::timestamptz`} as created_at, pf.id as portfolio_id,
			coalesce(nullif(p.woonplaats, ''), ${UNKNOWN}) as gemeente,
			coalesce(nullif(p.situation, ''), ${UNKNOWN}) as situation
		from user_role r
		${withCreatedAt ? sql`join app_user u on u.id = r.user_id` : sql``}
		left join portfolio pf on pf.owner_id = r.user_id
		left join profile p on p.portfolio_id = pf.id and p.deleted_at is null
		where r.role = 'inwoner'
	)`;
}

/**
 * The lines of a cube that add up, for each people column: every gemeente with the region (for each
 * period and group), and each year's quarters with the year (for each gemeente and group). Every line is
 * protected whether or not the figure really adds up over time (distinct residents do not quite): it costs
 * a few more hidden cells and needs no case-by-case reasoning.
 */
function cubeGroups(g: Grid, groups: string[], columns: string[], periods: { periods: string[]; years: boolean } = { periods: g.periods, years: true }): [string, string][][] {
	const lines: [string, string][][] = [];
	for (const column of columns) {
		for (const p of periods.periods)
			for (const r of groups) lines.push([...g.gemeenten.map((gm): [string, string] => [label(gm, p, r), column]), [label(REGION, p, r), column]]);
		if (!periods.years) continue;
		for (const gm of [...g.gemeenten, REGION])
			for (const y of g.years)
				for (const r of groups) lines.push([...g.quarters.filter((q) => q.startsWith(`${y}-`)).map((q): [string, string] => [label(gm, q, r), column]), [label(gm, y, r), column]]);
	}
	return lines;
}

/** A full cube: a row for every gemeente and the region × period × group, absent cells 0 (or null for averages). */
function fill(g: Grid, result: Row[], groups: string[], keys: string[], periods = g.periods, nullable: string[] = []): RawRow[] {
	const byLabel = new Map(result.map((r) => [label(r.gemeente === null ? REGION : String(r.gemeente), String(r.period), String(r.grp ?? NONE)), r]));
	return [...g.gemeenten, REGION].flatMap((gm) =>
		periods.flatMap((p) =>
			groups.map((r) => {
				const found = byLabel.get(label(gm, p, r));
				return { label: label(gm, p, r), values: Object.fromEntries(keys.map((k) => [k, found ? num(found[k]) : nullable.includes(k) ? null : 0])) };
			})
		)
	);
}

/** The slice the filter shows: per group of the table, the filter's gemeente (or the region) in its period. */
function slice(g: Grid, groups: string[], period = g.filter.period): { row: string; label: string }[] {
	return groups.map((r) => ({ row: label(g.filter.gemeente ?? REGION, period, r), label: r }));
}

/**
 * Both bereik tables from one cube of gemeente × period × situation with every total, protected as one
 * table and shown as the slice the filter asks for. New residents are counted per quarter of their
 * account's creation; registered at the end of a quarter is everyone before plus the new ones, so besides
 * the gemeente, situation and period lines, registered(quarter) = registered(quarter before) + new(quarter)
 * (and the same over a year) and registered(year) = registered(its last quarter) are protected too. Active = a session in use during
 * the period: per resident and period once.
 */
async function bereikBoth(db: Querier, g: Grid): Promise<Record<'gemeente' | 'situation', RawTable>> {
	const created = await query(
		db,
		sql`with ${residents(true)}
		select gemeente, situation, ${quarterPeriod(utc(sql`created_at`))} as quarter, count(*) as n from resident group by 1, 2, 3`
	);
	const active = await query(
		db,
		sql`with ${residents()},
		spans as (select s.user_id, ${utc(sql`s.created_at`)} as a, ${utc(sql`s.last_verified_at`)} as b from session s where ${utc(sql`s.last_verified_at`)} >= ${since}),
		per as (
			select user_id, ${quarterPeriod(sql`generate_series(date_trunc('quarter', a), b, interval '3 months')`)} as period from spans
			union
			select user_id, ${yearPeriod(sql`generate_series(date_trunc('year', a), b, interval '1 year')`)} from spans
		)
		select r.gemeente, r.situation, per.period, count(*) as n from per join resident r on r.user_id = per.user_id group by 1, 2, 3`
	);
	const situations = [...new Set(created.map((r) => String(r.situation)))].sort();
	const groups = [...situations, REGION];
	const values = new Map<string, Record<'registered' | 'new' | 'active', number>>();
	const cell = (gm: string, p: string, s: string) => {
		const key = label(gm, p, s);
		if (!values.has(key)) values.set(key, { registered: 0, new: 0, active: 0 });
		return values.get(key)!;
	};
	const add = (gm: string, p: string, s: string, column: 'registered' | 'new' | 'active', n: number) => {
		for (const a of [gm, REGION]) for (const b of [s, REGION]) cell(a, p, b)[column] += n;
	};
	const first = g.quarters[0]!;
	for (const r of created) {
		const quarter = String(r.quarter);
		const n = Number(r.n);
		const [gm, s] = [String(r.gemeente), String(r.situation)];
		for (const q of g.quarters) if (quarter <= q) add(gm, q, s, 'registered', n);
		if (quarter >= first && g.quarters.includes(quarter)) {
			add(gm, quarter, s, 'new', n);
			add(gm, quarter.slice(0, 4), s, 'new', n);
		}
	}
	for (const y of g.years) {
		const last = g.quarters.filter((q) => q.startsWith(`${y}-`)).at(-1)!;
		for (const gm of [...g.gemeenten, REGION]) for (const s of groups) cell(gm, y, s).registered = cell(gm, last, s).registered;
	}
	for (const r of active) if (g.periods.includes(String(r.period))) add(String(r.gemeente), String(r.period), String(r.situation), 'active', Number(r.n));
	const keys = ['registered', 'new', 'active'] as const;
	const rows: RawRow[] = [...g.gemeenten, REGION].flatMap((gm) => g.periods.flatMap((p) => groups.map((s) => ({ label: label(gm, p, s), values: { ...cell(gm, p, s) } }))));
	const lines: [string, string][][] = [...cubeGroups(g, groups, ['new', 'active']), ...cubeGroups(g, groups, ['registered'], { periods: g.periods, years: false })];
	for (const gm of [...g.gemeenten, REGION])
		for (const p of g.periods) for (const column of keys) lines.push([...situations.map((s): [string, string] => [label(gm, p, s), column]), [label(gm, p, REGION), column]]);
	for (const gm of [...g.gemeenten, REGION])
		for (const s of groups) {
			g.quarters.forEach((q, i) => {
				if (i > 0) lines.push([[label(gm, g.quarters[i - 1]!, s), 'registered'], [label(gm, q, s), 'new'], [label(gm, q, s), 'registered']]);
			});
			g.years.forEach((y, i) => {
				lines.push([[label(gm, y, s), 'registered'], [label(gm, g.quarters.filter((q) => q.startsWith(`${y}-`)).at(-1)!, s), 'registered']]);
				// the same over a year: registered at the end of the year before + new in the year
				if (i > 0) lines.push([[label(gm, g.years[i - 1]!, s), 'registered'], [label(gm, y, s), 'new'], [label(gm, y, s), 'registered']]);
			});
		}
	const cube = { columns: keys.map((key) => ({ key, people: key })), rows, groups: lines };
	const gemeente = g.filter.gemeente;
	return {
		gemeente: { id: 'bereik_gemeente', ...cube, view: (gemeente === null ? g.gemeenten : [gemeente]).map((id) => ({ row: label(id, g.filter.period, REGION), label: id })) },
		situation: { id: 'bereik_situatie', ...cube, view: slice(g, situations) }
	};
}

type Memo = Map<string, Promise<unknown>>;

function memoised<T>(memo: Memo, key: string, make: () => Promise<T>): Promise<T> {
	if (!memo.has(key)) memo.set(key, make());
	return memo.get(key) as Promise<T>;
}

/** Active in a month: a session of the resident was in use during that month (created before its end, last verified after its start). */
async function activePerMonth(db: Querier, g: Grid): Promise<RawTable> {
	const result = await query(
		db,
		sql`with ${residents()},
		spans as (select s.user_id, ${utc(sql`s.created_at`)} as a, ${utc(sql`s.last_verified_at`)} as b from session s where ${utc(sql`s.last_verified_at`)} >= ${since}),
		active as (select distinct user_id, to_char(generate_series(date_trunc('month', a), b, interval '1 month'), 'YYYY-MM') as period from spans)
		select r.gemeente, a.period, count(*) as active from active a join resident r on r.user_id = a.user_id
		group by grouping sets ((r.gemeente, a.period), (a.period))`
	);
	const months = g.months.filter((m) => m >= g.filter.from.slice(0, 7) && m <= g.filter.to.slice(0, 7));
	return {
		id: 'actief_maand',
		columns: [{ key: 'active', people: 'active' }],
		rows: fill(g, result, [NONE], ['active'], g.months),
		groups: cubeGroups(g, [NONE], ['active'], { periods: g.months, years: false }),
		view: months.map((m) => ({ row: label(g.filter.gemeente ?? REGION, m, NONE), label: m }))
	};
}

/**
 * The APK per gemeente and the lights per block, as one cube (the residents with a completed APK in a
 * period are the residents of each block the server always scores, so the two are protected together):
 * completed APKs per gemeente and period, and per block the light of each resident's latest APK completed
 * in the period, as the server scored it (apk_block_light; a block it could not score is left out).
 * groen + oranje + rood = the residents of the block.
 */
async function apkBoth(db: Querier, g: Grid): Promise<Record<'apk' | 'lights', RawTable>> {
	const completedAt = utc(sql`s.completed_at::timestamptz`);
	const done = sql`s.deleted_at is null and s.status = 'completed' and s.completed_at is not null and ${completedAt} >= ${since}`;
	const apkResult = await query(
		db,
		sql`with ${residents()}
		select r.gemeente, per.period, count(*) as completed, count(distinct r.user_id) as residents
		from apk_scan s join resident r on r.portfolio_id = s.portfolio_id ${periodsOf(completedAt)}
		where ${done}
		group by grouping sets ((r.gemeente, per.period), (per.period))`
	);
	const lightsResult = await query(
		db,
		sql`with ${residents()},
		latest as (
			select distinct on (s.portfolio_id, per.period) s.id, s.portfolio_id, per.period
			from apk_scan s ${periodsOf(completedAt)}
			where ${done}
			order by s.portfolio_id, per.period, s.completed_at desc, s.id
		)
		select r.gemeente, latest.period, l.block_id as grp,
			count(*) filter (where l.light = 'groen') as groen,
			count(*) filter (where l.light = 'oranje') as oranje,
			count(*) filter (where l.light = 'rood') as rood,
			count(*) as residents
		from latest join resident r on r.portfolio_id = latest.portfolio_id join apk_block_light l on l.scan_id = latest.id
		group by grouping sets ((r.gemeente, latest.period, l.block_id), (latest.period, l.block_id))`
	);
	const rows = [...fill(g, apkResult, [NONE], ['completed', 'residents']), ...fill(g, lightsResult, APK_BLOCKS, LIGHT_KEYS)];
	const groups = [...cubeGroups(g, [NONE], ['residents']), ...cubeGroups(g, APK_BLOCKS, LIGHT_KEYS)];
	for (const gm of [...g.gemeenten, REGION])
		for (const p of g.periods)
			for (const block of APK_BLOCKS) {
				groups.push(LIGHT_KEYS.map((k): [string, string] => [label(gm, p, block), k]));
				groups.push([[label(gm, p, block), 'residents'], [label(gm, p, NONE), 'residents']]);
			}
	const columns = [{ key: 'completed', people: 'residents' }, ...LIGHT_KEYS.map((key) => ({ key, people: key }))];
	const cube = { columns, rows, groups };
	const gemeente = g.filter.gemeente;
	return {
		apk: { id: 'apk', ...cube, shown: ['completed', 'residents'], view: (gemeente === null ? g.gemeenten : [gemeente]).map((id) => ({ row: label(id, g.filter.period, NONE), label: id })) },
		lights: { id: 'apk_lichten', ...cube, shown: LIGHT_KEYS, view: slice(g, APK_BLOCKS) }
	};
}

/** A cube of item counts with the residents behind them, per gemeente × period × kind of item; every kind is one union branch. */
async function itemCube(db: Querier, g: Grid, id: 'evc' | 'gesprekken', kinds: string[], branches: SQL[]): Promise<RawTable> {
	const result = await query(
		db,
		sql`with ${residents()},
		item as (${sql.join(branches, sql` union all `)})
		select r.gemeente, per.period, item.kind as grp, count(*) as items, count(distinct r.user_id) as residents
		from item join resident r on r.portfolio_id = item.portfolio_id ${periodsOf(sql`item.at`)}
		where item.at >= ${since}
		group by grouping sets ((r.gemeente, per.period, item.kind), (per.period, item.kind))`
	);
	return {
		id,
		columns: [
			{ key: 'items', people: 'residents' },
			{ key: 'residents', people: 'residents' }
		],
		rows: fill(g, result, kinds, ['items', 'residents']),
		groups: cubeGroups(g, kinds, ['residents']),
		view: slice(g, kinds)
	};
}

/** Evidence items by their last change (the synced rows keep no creation time); outcomes by their issue date. */
function evc(db: Querier, g: Grid): Promise<RawTable> {
	return itemCube(db, g, 'evc', ['bewijs', 'ervaringscertificaat', 'praktijkverklaring'], [
		sql`select e.portfolio_id, 'bewijs' as kind, ${utc(sql`e.updated_at`)} as at from evc_evidence e where e.deleted_at is null`,
		sql`select o.portfolio_id, o.kind, o.issued_on::date::timestamp as at from evc_outcome o where o.deleted_at is null and o.kind in ('ervaringscertificaat', 'praktijkverklaring')`
	]);
}

/** A gesprek held is a gesprek code redeemed by an adviser (a share grant with origin `gesprek`); verslagen are gesprek notes. */
function gesprekken(db: Querier, g: Grid): Promise<RawTable> {
	return itemCube(db, g, 'gesprekken', ['gesprek', 'verslag'], [
		sql`select g.portfolio_id, 'gesprek' as kind, ${utc(sql`g.created_at`)} as at from share_grant g where g.origin = 'gesprek'`,
		sql`select n.portfolio_id, 'verslag' as kind, ${utc(sql`n.created_at`)} as at from gesprek_note n`
	]);
}

/**
 * Applications submitted in the period, and how many of them reached each status (from the status events).
 * Conversion is against the step before (afgewezen against all applications), so it is hidden when either
 * step is; the lead time is the median number of days from submission to the first time the status was reached.
 */
async function voucherFunnel(db: Querier, g: Grid): Promise<RawTable> {
	const result = await query(
		db,
		sql`with ${residents()},
		app as (
			select a.id, a.applicant_id, r.gemeente, ${utc(sql`a.created_at`)} as at, a.created_at from voucher_application a join resident r on r.portfolio_id = a.portfolio_id
			where ${utc(sql`a.created_at`)} >= ${since}
		),
		reached as (
			select e.status, app.id, app.applicant_id, app.gemeente, app.at, min(e.at) - app.created_at as lead
			from app join voucher_status_event e on e.application_id = app.id
			group by e.status, app.id, app.applicant_id, app.gemeente, app.at, app.created_at
		)
		select x.gemeente, per.period, x.status as grp, count(*) as applications, count(distinct x.applicant_id) as residents,
			percentile_cont(0.5) within group (order by extract(epoch from x.lead) / 86400) as lead_days
		from reached x ${periodsOf(sql`x.at`)}
		group by grouping sets ((x.gemeente, per.period, x.status), (per.period, x.status))`
	);
	const before = (status: string) => (status === 'aanvraag' ? null : status === 'afgewezen' ? 'aanvraag' : (FUNNEL[FUNNEL.indexOf(status as (typeof FUNNEL)[number]) - 1] ?? null));
	const rows = fill(g, result, [...FUNNEL], ['applications', 'residents', 'lead_days'], g.periods, ['lead_days']);
	const byLabel = new Map(rows.map((r) => [r.label, r]));
	for (const row of rows) {
		const [gm, p, status] = row.label.split('|') as [string, string, string];
		const prior = before(status);
		const base = prior === null ? 0 : (byLabel.get(label(gm, p, prior))?.values.applications ?? 0);
		const applications = row.values.applications ?? 0;
		row.values.conversion = prior === null || base === 0 ? null : Math.round((applications / base) * 1000) / 10;
		row.values.lead_days = status === 'aanvraag' || row.values.lead_days === null ? null : Math.round(row.values.lead_days! * 10) / 10;
	}
	return {
		id: 'voucher_funnel',
		columns: [
			{ key: 'applications', people: 'residents' },
			{ key: 'residents', people: 'residents' },
			{
				key: 'conversion',
				people: 'residents',
				kind: 'percent',
				alsoRow: (l) => {
					const [gm, p, status] = l.split('|') as [string, string, string];
					const prior = before(status);
					return prior === null ? null : label(gm, p, prior);
				}
			},
			{ key: 'lead_days', people: 'residents', kind: 'days' }
		],
		rows,
		groups: cubeGroups(g, [...FUNNEL], ['residents']),
		view: slice(g, [...FUNNEL])
	};
}

/**
 * Per budget year: the regional budget, and what approvals (of residents in the gemeente) committed and
 * what was paid. A quarter shows its year. Paid money is hidden by the people it was paid to, not by
 * the larger group of everyone approved.
 */
async function budget(db: Querier, g: Grid): Promise<RawTable> {
	const committed = sql`a.status in ('goedgekeurd', 'cheque', 'betaald')`;
	const result = await query(
		db,
		sql`with ${residents()}
		select r.gemeente, a.budget_year::text as period,
			coalesce(sum(a.amount_euros) filter (where ${committed}), 0) as committed,
			coalesce(sum(a.amount_euros) filter (where a.status = 'betaald'), 0) as paid,
			count(distinct a.applicant_id) filter (where ${committed}) as residents,
			count(distinct a.applicant_id) filter (where a.status = 'betaald') as paid_residents
		from voucher_application a join resident r on r.portfolio_id = a.portfolio_id
		where a.budget_year >= ${FIRST_YEAR}
		group by grouping sets ((r.gemeente, a.budget_year), (a.budget_year))`
	);
	const budgets = new Map((await query(db, sql`select year::text as year, amount_euros from voucher_budget`)).map((r) => [String(r.year), num(r.amount_euros)]));
	const rows = fill(g, result, [NONE], ['committed', 'paid', 'residents', 'paid_residents'], g.years);
	for (const row of rows) row.values.budget = budgets.get(row.label.split('|')[1]!) ?? null;
	const year = g.filter.period.slice(0, 4);
	return {
		id: 'budget',
		columns: [
			{ key: 'budget', people: null, kind: 'money' },
			{ key: 'committed', people: 'residents', kind: 'money' },
			{ key: 'paid', people: 'paid_residents', kind: 'money' },
			{ key: 'residents', people: 'residents' },
			{ key: 'paid_residents', people: 'paid_residents' }
		],
		shown: ['budget', 'committed', 'paid', 'residents'],
		rows,
		groups: cubeGroups(g, [NONE], ['residents', 'paid_residents'], { periods: g.years, years: false }),
		view: [{ row: label(g.filter.gemeente ?? REGION, year, NONE), label: year }]
	};
}

/** Scores per subject: how many, from how many residents, and their average (hidden with the residents). */
async function klantervaring(db: Querier, g: Grid): Promise<RawTable> {
	const result = await query(
		db,
		sql`with ${residents()}
		select r.gemeente, per.period, k.subject as grp, count(*) as responses, count(distinct k.user_id) as residents, round(avg(k.score), 1) as average
		from klantervaring k join resident r on r.user_id = k.user_id ${periodsOf(utc(sql`k.created_at`))}
		where k.subject in ('gesprek', 'voucher') and ${utc(sql`k.created_at`)} >= ${since}
		group by grouping sets ((r.gemeente, per.period, k.subject), (per.period, k.subject))`
	);
	const subjects = ['gesprek', 'voucher'];
	return {
		id: 'klantervaring',
		columns: [
			{ key: 'responses', people: 'residents' },
			{ key: 'residents', people: 'residents' },
			{ key: 'average', people: 'residents', kind: 'average' }
		],
		rows: fill(g, result, subjects, ['responses', 'residents', 'average'], g.periods, ['average']),
		groups: cubeGroups(g, subjects, ['residents']),
		view: slice(g, subjects)
	};
}

const BUILDERS: Record<MonitoringTableId, (db: Querier, g: Grid, memo: Memo) => Promise<RawTable>> = {
	bereik_gemeente: (db, g, memo) => memoised(memo, 'bereik', () => bereikBoth(db, g)).then((both) => both.gemeente),
	bereik_situatie: (db, g, memo) => memoised(memo, 'bereik', () => bereikBoth(db, g)).then((both) => both.situation),
	actief_maand: activePerMonth,
	apk: (db, g, memo) => memoised(memo, 'apk', () => apkBoth(db, g)).then((both) => both.apk),
	apk_lichten: (db, g, memo) => memoised(memo, 'apk', () => apkBoth(db, g)).then((both) => both.lights),
	evc,
	gesprekken,
	voucher_funnel: voucherFunnel,
	budget,
	klantervaring
};

/** Raw figures, before suppression: for tests only; everything shown or exported goes through {@link monitoringTables}. */
export async function rawTable(db: Db, filter: MonitoringFilter, id: MonitoringTableId, now = new Date()): Promise<RawTable> {
	return BUILDERS[id](db, await grid(db, filter, now), new Map());
}

/** The rows and columns a table shows, before suppression, with only its own groups (tests count these independently). */
export async function rawView(db: Db, filter: MonitoringFilter, id: MonitoringTableId, now = new Date()): Promise<RawTable> {
	const table = await rawTable(db, filter, id, now);
	const columns = table.shown ? table.columns.filter((c) => table.shown!.includes(c.key)) : table.columns;
	const rows = (table.view ? viewRows(table) : table.rows).map((r) => ({ label: r.label, values: Object.fromEntries(columns.map((c) => [c.key, c.key in r.values ? (r.values[c.key] ?? null) : c.people === null || c.kind ? null : 0])) }));
	return table.view ? { id, columns, rows } : { ...table, columns, rows };
}

/** The suppressed tables: the one source for the page, the JSON API and the CSV export. `now` fixes the periods the cubes cover. */
export async function monitoringTables(db: Querier, filter: MonitoringFilter, ids: readonly MonitoringTableId[] = MONITORING_TABLES, now = new Date()): Promise<PublicTable[]> {
	const memo: Memo = new Map();
	const g = await grid(db, filter, now);
	return Promise.all(ids.map(async (id) => suppressSmallCells(await BUILDERS[id](db, g, memo))));
}
