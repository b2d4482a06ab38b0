import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/testing';
import type { DbHandle } from '$lib/server/db/client';
import { makeUser } from '$lib/server/sync/testing';
import { HIDDEN, kindOf, MIN_PEOPLE, periodBounds, SMALL_GROUP, SUPPRESSED, toCsv, type MonitoringFilter, type PublicTable, type RawTable } from '$lib/shared/monitoring';
import { GENERATED_GEMEENTEN, generateData, insertData, type GeneratedData, type GeneratedResident } from './generate';
import { APK_BLOCKS, FUNNEL, monitoringTables as tablesAt, rawView, UNKNOWN } from './queries';

const now = new Date('2026-11-22T12:00:00Z');
let handle: DbHandle;
let data: GeneratedData;

beforeAll(async () => {
	handle = await openTestDatabase();
	const adviser = await makeUser(handle.db, ['adviseur']);
	data = generateData(400, now, 7);
	await insertData(handle.db, data, adviser.userId, 200);
}, 60_000);
afterAll(async () => handle?.close());

/** A filter on one of the fixed periods, as the page reads it from ?periode=. */
const bucket = (period: string, gemeente: string | null = null): MonitoringFilter => ({ period, ...periodBounds(period, now)!, gemeente });
const rawTable = (db: typeof handle.db, f: MonitoringFilter, id: PublicTable['id']) => rawView(db, f, id, now);
const monitoringTables = (db: typeof handle.db, f: MonitoringFilter, ids?: Parameters<typeof tablesAt>[2]) => tablesAt(db, f, ids, now);

const filters: MonitoringFilter[] = [bucket('2026'), bucket('2026-Q2', 'hengelo'), bucket('2025', UNKNOWN)];

const inPeriod = (d: Date, f: MonitoringFilter) => d >= new Date(`${f.from}T00:00:00Z`) && d < new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
const endOf = (f: MonitoringFilter) => new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
const gemeenteOf = (r: GeneratedResident) => r.woonplaats || UNKNOWN;
const residentsIn = (f: MonitoringFilter) => data.residents.filter((r) => f.gemeente === null || gemeenteOf(r) === f.gemeente);

function tally<K extends string>(groups: Map<string, Record<K, number>>, label: string, init: Record<K, number>, add: Partial<Record<K, number>>) {
	const row = groups.get(label) ?? { ...init };
	for (const [k, v] of Object.entries(add) as [K, number][]) row[k] += v;
	groups.set(label, row);
}

/** The rows of a table by label; every cube has a row for every group, so rows of only zeros are left out (the expectations have none). */
function asMap(table: RawTable) {
	return new Map(table.rows.map((r) => [r.label, r.values]));
}
function nonZero<V extends Record<string, number | null>>(rows: Map<string, V>) {
	return Object.fromEntries([...rows].filter(([, v]) => Object.values(v).some((x) => x !== 0 && x !== null)));
}

describe.each(filters)('monitoring KPIs for %o', (f) => {
	it('counts registered, new and active residents per gemeente and per situation', async () => {
		for (const by of ['gemeente', 'situation'] as const) {
			const expected = new Map<string, Record<'registered' | 'new' | 'active', number>>();
			for (const r of residentsIn(f)) {
				const label = by === 'gemeente' ? gemeenteOf(r) : (r.situation ?? UNKNOWN);
				const active = r.sessions.some((s) => s.lastVerifiedAt >= new Date(`${f.from}T00:00:00Z`) && s.createdAt < endOf(f));
				tally(expected, label, { registered: 0, new: 0, active: 0 }, { registered: r.createdAt < endOf(f) ? 1 : 0, new: inPeriod(r.createdAt, f) ? 1 : 0, active: active ? 1 : 0 });
			}
			const table = await rawTable(handle.db, f, by === 'gemeente' ? 'bereik_gemeente' : 'bereik_situatie');
			expect(nonZero(asMap(table))).toEqual(nonZero(expected));
		}
	});

	it('counts residents active per month, within the period', async () => {
		const table = await rawTable(handle.db, f, 'actief_maand');
		// every month of the period up to today's
		expect(table.rows.map((r) => r.label).at(-1)).toBe(f.to.slice(0, 7) < '2026-11' ? f.to.slice(0, 7) : '2026-11');
		expect(table.rows[0]?.label).toBe(f.from.slice(0, 7));
		for (const row of table.rows) {
			const start = new Date(`${row.label}-01T00:00:00Z`);
			const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
			const lower = new Date(Math.max(start.getTime(), new Date(`${f.from}T00:00:00Z`).getTime()));
			const upper = new Date(Math.min(next.getTime(), endOf(f).getTime()));
			const expected = residentsIn(f).filter((r) => r.sessions.some((s) => s.createdAt < upper && s.lastVerifiedAt >= lower)).length;
			expect(row.values.active, row.label).toBe(expected);
		}
	});

	it('counts completed APKs, EVC items and outcomes, gesprekken and verslagen', async () => {
		const apk = new Map<string, Record<'completed' | 'residents', number>>();
		for (const r of residentsIn(f)) {
			const done = r.scans.filter((s) => s.status === 'completed' && inPeriod(new Date(s.completedAt!), f)).length;
			if (done) tally(apk, gemeenteOf(r), { completed: 0, residents: 0 }, { completed: done, residents: 1 });
		}
		expect(nonZero(asMap(await rawTable(handle.db, f, 'apk')))).toEqual(nonZero(apk));

		// Lights: per resident the latest scan completed in the period, per block the light the server stored.
		const lights = new Map(APK_BLOCKS.map((b) => [b, { groen: 0, oranje: 0, rood: 0, residents: 0 }]));
		for (const r of residentsIn(f)) {
			const latest = r.scans.filter((s) => s.status === 'completed' && inPeriod(new Date(s.completedAt!), f)).sort((a, b) => b.completedAt!.localeCompare(a.completedAt!) || a.id.localeCompare(b.id))[0];
			for (const [block, light] of Object.entries(latest?.lights ?? {})) tally(lights, block, { groen: 0, oranje: 0, rood: 0, residents: 0 }, { [light]: 1, residents: 1 });
		}
		const apkLights = await rawTable(handle.db, f, 'apk_lichten');
		expect(apkLights.rows.map((r) => r.label)).toEqual(APK_BLOCKS);
		expect(Object.fromEntries(asMap(apkLights))).toEqual(Object.fromEntries(lights));
		expect(apkLights.rows.reduce((n, r) => n + (r.values.residents ?? 0), 0)).toBeGreaterThan(0);

		const count = (pick: (r: GeneratedResident) => number) => {
			const people = residentsIn(f).filter((r) => pick(r) > 0);
			return { items: people.reduce((n, r) => n + pick(r), 0), residents: people.length };
		};
		const evc = asMap(await rawTable(handle.db, f, 'evc'));
		expect(evc.get('bewijs')).toEqual(count((r) => r.evidence.filter((e) => inPeriod(e.updatedAt, f)).length));
		for (const kind of ['ervaringscertificaat', 'praktijkverklaring'] as const) {
			expect(evc.get(kind)).toEqual(count((r) => r.outcomes.filter((o) => o.kind === kind && inPeriod(new Date(`${o.issuedOn}T00:00:00Z`), f)).length));
		}
		const gesprekken = asMap(await rawTable(handle.db, f, 'gesprekken'));
		expect(gesprekken.get('gesprek')).toEqual(count((r) => r.gesprekken.filter((g) => inPeriod(g.createdAt, f)).length));
		expect(gesprekken.get('verslag')).toEqual(count((r) => r.notes.filter((n) => inPeriod(n.createdAt, f)).length));
	});

	it('follows the voucher funnel with conversion and median lead time', async () => {
		const apps = residentsIn(f).flatMap((r) => r.vouchers.filter((v) => inPeriod(v.createdAt, f)).map((v) => ({ ...v, userId: r.userId })));
		const table = asMap(await rawTable(handle.db, f, 'voucher_funnel'));
		const reached = (status: string) => apps.filter((a) => a.events.some((e) => e.status === status));
		FUNNEL.forEach((status, i) => {
			const these = reached(status);
			const before = status === 'afgewezen' || i === 0 ? apps.length : reached(FUNNEL[i - 1] ?? 'aanvraag').length;
			const days = these.map((a) => (a.events.find((e) => e.status === status)!.at.getTime() - a.createdAt.getTime()) / 86_400_000).sort((x, y) => x - y);
			const mid = (k: number) => days[k] ?? Number.NaN;
			const median = days.length === 0 ? null : days.length % 2 ? mid((days.length - 1) / 2) : (mid(days.length / 2 - 1) + mid(days.length / 2)) / 2;
			expect(table.get(status), status).toEqual({
				applications: these.length,
				residents: new Set(these.map((a) => a.userId)).size,
				conversion: i === 0 || before === 0 ? null : Math.round((these.length / before) * 1000) / 10,
				lead_days: i === 0 || median === null ? null : Math.round(median * 10) / 10
			});
		});
	});

	it('sums the budget used per year and averages klantervaring scores', async () => {
		const budget = asMap(await rawTable(handle.db, f, 'budget'));
		for (let year = Number(f.from.slice(0, 4)); year <= Number(f.to.slice(0, 4)); year++) {
			const apps = residentsIn(f).flatMap((r) => r.vouchers.filter((v) => v.budgetYear === year).map((v) => ({ ...v, userId: r.userId })));
			const committed = apps.filter((a) => ['goedgekeurd', 'cheque', 'betaald'].includes(a.status));
			expect(budget.get(String(year)), String(year)).toEqual({
				budget: data.budgets.find((b) => b.year === year)?.amountEuros ?? null,
				committed: committed.reduce((n, a) => n + a.amountEuros, 0),
				paid: apps.filter((a) => a.status === 'betaald').reduce((n, a) => n + a.amountEuros, 0),
				residents: new Set(committed.map((a) => a.userId)).size
			});
		}
		const scores = asMap(await rawTable(handle.db, f, 'klantervaring'));
		for (const subject of ['gesprek', 'voucher'] as const) {
			const given = residentsIn(f).flatMap((r) => r.scores.filter((s) => s.subject === subject && inPeriod(s.createdAt, f)).map((s) => ({ ...s, userId: r.userId })));
			expect(scores.get(subject)).toEqual({
				responses: given.length,
				residents: new Set(given.map((s) => s.userId)).size,
				average: given.length ? Math.round((given.reduce((n, s) => n + s.score, 0) / given.length) * 10) / 10 : null
			});
		}
	});
});

describe('suppression of small cells', () => {
	const f = bucket('2026');

	/** Checked against the raw figures: under ten is "< 10", otherwise the figure or "x"; no group that adds up has exactly one hidden cell. */
	function check(raw: RawTable, shown: PublicTable) {
		const hidden = new Set<string>();
		raw.rows.forEach((row, i) => {
			const out = shown.rows[i]!;
			expect(out.label).toBe(row.label);
			for (const column of raw.columns) {
				const people = column.people === null ? null : (row.values[column.people] ?? 0);
				const cell = out.values[column.key];
				if (people === null) expect(cell).toBe(row.values[column.key]);
				else if (people < MIN_PEOPLE) expect(cell, `${raw.id} ${row.label} ${column.key}`).toBe(kindOf(column) === 'people' ? SUPPRESSED : SMALL_GROUP);
				else expect([row.values[column.key], HIDDEN], `${raw.id} ${row.label} ${column.key}`).toContain(cell);
				if (cell === SUPPRESSED || cell === SMALL_GROUP || cell === HIDDEN) hidden.add(`${i}:${column.key}`);
			}
		});
		const groups = [
			...(raw.partitions ?? []).map((c) => raw.rows.map((_, i) => `${i}:${c}`)),
			...(raw.rowSums ?? []).flatMap((cols) => raw.rows.map((_, i) => cols.map((c) => `${i}:${c}`)))
		];
		// A group of one cell (a single gemeente under its filter) is its own total: every breakdown of it is as small.
		for (const group of groups.filter((g) => g.length > 1)) expect(group.filter((k) => hidden.has(k)).length, `${raw.id} ${group.join()}`).not.toBe(1);
		return hidden.size;
	}

	it('hides every cell about fewer than ten people in every table, and the CSV carries the same cells', async () => {
		const shown = await monitoringTables(handle.db, f);
		let suppressed = 0;
		for (const table of shown) {
			const raw = await rawTable(handle.db, f, table.id);
			check(raw, table);
			const csv = toCsv(table, { label: 'label', columns: {} }, (l) => l).trimEnd().split('\r\n');
			expect(csv).toHaveLength(table.rows.length + 1);
			table.rows.forEach((row, i) => expect((csv[i + 1] ?? '').split(',').slice(1)).toEqual(table.columns.map((c) => (row.values[c] === null ? '' : String(row.values[c])))));
			suppressed += table.rows.reduce((n, r) => n + Object.values(r.values).filter((v) => v === SUPPRESSED).length, 0);
		}
		// losser and the residents without a woonplaats are small groups in the generated data
		expect(suppressed).toBeGreaterThan(0);
		const bereik = shown.find((t) => t.id === 'bereik_gemeente')!;
		expect(bereik.rows.find((r) => r.label === 'enschede')!.values.registered).toBeTypeOf('number');
		// items about fewer than ten people are hidden, but are not a head count: they do not read "< 10"
		expect(shown.find((t) => t.id === 'voucher_funnel')!.rows.find((r) => r.label === 'betaald')!.values.applications).toBe(SMALL_GROUP);
	});

	it('never lets a small cell be worked out from another table: gemeente against situation, APK per gemeente against the lights', async () => {
		let secondary = 0;
		for (const filter of [f, bucket('2026-Q4'), bucket('2026', 'losser')]) {
			const shown = new Map((await monitoringTables(handle.db, filter)).map((t) => [t.id, t]));
			for (const id of ['bereik_gemeente', 'bereik_situatie', 'apk', 'apk_lichten'] as const) {
				check(await rawTable(handle.db, filter, id), shown.get(id)!);
				secondary += shown.get(id)!.rows.reduce((n, r) => n + Object.values(r.values).filter((v) => v === HIDDEN).length, 0);
			}
			// The same residents split two ways: whenever one breakdown is fully shown (so its total is known), the other
			// hides none or at least two of its cells.
			for (const column of ['registered', 'new', 'active']) {
				const cells = (id: 'bereik_gemeente' | 'bereik_situatie') => shown.get(id)!.rows.map((r) => r.values[column]);
				for (const [known, other] of [['bereik_situatie', 'bereik_gemeente'], ['bereik_gemeente', 'bereik_situatie']] as const) {
					if (cells(known).every((c) => typeof c === 'number')) expect(cells(other).filter((c) => typeof c !== 'number').length, `${column} ${other}`).not.toBe(1);
				}
			}
		}
		// the generated data has breakdowns with exactly one small group, so complementary suppression is exercised
		expect(secondary).toBeGreaterThan(0);
	});

	it('shows every gemeente filter a slice of one protected gemeente × situation table, so filters together give nothing away', async () => {
		const period = bucket('2026');
		const region = new Map((await monitoringTables(handle.db, { ...period, gemeente: null }, ['bereik_gemeente', 'bereik_situatie', 'apk'])).map((t) => [t.id, t]));
		const cell = new Map<string, unknown>();
		for (const row of region.get('bereik_gemeente')!.rows) for (const [k, v] of Object.entries(row.values)) cell.set(`${row.label}|*|${k}`, v);
		for (const row of region.get('bereik_situatie')!.rows) for (const [k, v] of Object.entries(row.values)) cell.set(`*|${row.label}|${k}`, v);
		const gemeenten = GENERATED_GEMEENTEN.map((g) => g || UNKNOWN);
		const situations = region.get('bereik_situatie')!.rows.map((r) => r.label);
		for (const g of gemeenten) {
			const [own, bySituation] = await monitoringTables(handle.db, { ...period, gemeente: g }, ['bereik_gemeente', 'bereik_situatie']);
			// the gemeente's own row is the very cell the region shows for it, in bereik and in the APK per gemeente
			expect(own!.rows).toEqual(region.get('bereik_gemeente')!.rows.filter((r) => r.label === g));
			const [apkOwn] = await monitoringTables(handle.db, { ...period, gemeente: g }, ['apk']);
			expect(apkOwn!.rows).toEqual(region.get('apk')!.rows.filter((r) => r.label === g));
			for (const row of bySituation!.rows) for (const [k, v] of Object.entries(row.values)) cell.set(`${g}|${row.label}|${k}`, v);
		}
		let hiddenSeen = 0;
		for (const metric of ['registered', 'new', 'active']) {
			const lines = [
				...gemeenten.map((g) => [...situations.map((s) => `${g}|${s}`), `${g}|*`]),
				...situations.map((s) => [...gemeenten.map((g) => `${g}|${s}`), `*|${s}`])
			];
			for (const line of lines) {
				const cells = line.map((c) => cell.get(`${c}|${metric}`));
				expect(cells.every((c) => c !== undefined), line.join()).toBe(true);
				const hidden = cells.filter((c) => c === SUPPRESSED || c === SMALL_GROUP || c === HIDDEN).length;
				hiddenSeen += hidden;
				expect(hidden, `${metric} ${line.join()}`).not.toBe(1);
			}
		}
		expect(hiddenSeen).toBeGreaterThan(0);
	});
});
