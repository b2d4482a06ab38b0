/**
 * The differencing attack on generated data: ask every table for every filter the page allows (each period
 * bucket × the region and every gemeente), write every published figure down under what it counts (its
 * gemeente, period and group), and try to work a hidden figure out from published ones: the region minus
 * its gemeenten, a year minus its quarters, the parts of a total (situations, groen + oranje + rood), the
 * same count read in two tables, a stock and its inflow, and every combination of these (linear algebra),
 * plus what "< 10" (0 to 9) and a complementary hidden count (10 or more) add to one sum. No hidden figure
 * may come out exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/testing';
import type { DbHandle } from '$lib/server/db/client';
import { makeUser } from '$lib/server/sync/testing';
import { MONITORING_TABLES, type PublicTable } from '$lib/shared/monitoring';
import { GENERATED_GEMEENTEN, generateData, insertData } from './generate';
import { APK_BLOCKS, FUNNEL, monitoringTables, UNKNOWN } from './queries';

const now = new Date('2026-11-22T12:00:00Z');
let handle: DbHandle;

beforeAll(async () => {
	handle = await openTestDatabase();
	const adviser = await makeUser(handle.db, ['adviseur']);
	await insertData(handle.db, generateData(1500, now, 5), adviser.userId, 500);
}, 120_000);
afterAll(async () => handle?.close());

const YEARS = [2024, 2025, 2026];
const lastDay = (y: number, month: number) => new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
/** Every period the page offers: each year, and each quarter up to today's. */
const PERIODS = YEARS.flatMap((y) => [
	{ period: String(y), from: `${y}-01-01`, to: `${y}-12-31` },
	...[1, 2, 3, 4].map((q) => ({ period: `${y}-Q${q}`, from: `${y}-${pad(q * 3 - 2)}-01`, to: lastDay(y, q * 3) }))
]);
const GEMEENTEN = GENERATED_GEMEENTEN.map((g) => g || UNKNOWN);
const MONTHS = YEARS.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${pad(i + 1)}`)).filter((m) => m <= '2026-11');
const quartersOf = (y: number) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`);

/** Cells that count people: "< 10" there means 0 to 9, a complementary hidden one means 10 or more. */
const PEOPLE = new Set(['registered', 'new', 'active', 'residents', 'groen', 'oranje', 'rood']);

type Cell = PublicTable['rows'][number]['values'][string];
const known = new Map<string, Cell>();
const shownHidden = new Set<string>();

function record(key: string, cell: Cell | undefined) {
	if (cell === undefined) return;
	if (typeof cell === 'number') {
		const before = known.get(key);
		if (typeof before === 'number') expect(cell, `${key} is published with two values`).toBe(before);
		known.set(key, cell);
	} else if (cell !== null) {
		shownHidden.add(key);
		if (!known.has(key)) known.set(key, cell);
	}
}

/** Where a published cell sits: `table|gemeente|period|group#column` ('*' is the region, or every situation). */
function coordinate(table: PublicTable, gemeente: string | null, period: string, row: string): string {
	const g = gemeente ?? '*';
	switch (table.id) {
		case 'bereik_gemeente':
			return `bereik|${row}|${period}|*`;
		case 'bereik_situatie':
			return `bereik|${g}|${period}|${row}`;
		case 'actief_maand':
			return `actief|${g}|${row}|-`;
		case 'apk':
			return `apk|${row}|${period}|-`;
		case 'apk_lichten':
			return `licht|${g}|${period}|${row}`;
		case 'budget':
			return `budget|${g}|${row}|-`;
		default:
			return `${table.id}|${g}|${period}|${row}`;
	}
}

interface Equation {
	/** Σ coefficient × cell = 0 */
	terms: [string, number][];
	what: string;
}

const equations: Equation[] = [];
const sum = (total: string, parts: string[], what: string) => equations.push({ terms: [[total, 1], ...parts.map((p): [string, number] => [p, -1])], what });
const key = (table: string, g: string, period: string, group: string, column: string) => `${table}|${g}|${period}|${group}#${column}`;

function buildEquations(situations: string[]) {
	const regionSplits: [string, string[], string[]][] = [
		['bereik', ['registered', 'new', 'active'], [...situations, '*']],
		['apk', ['completed', 'residents'], ['-']],
		['licht', ['groen', 'oranje', 'rood', 'residents'], APK_BLOCKS],
		['evc', ['items', 'residents'], ['bewijs', 'ervaringscertificaat', 'praktijkverklaring']],
		['gesprekken', ['items', 'residents'], ['gesprek', 'verslag']],
		['klantervaring', ['responses', 'residents'], ['gesprek', 'voucher']],
		['voucher_funnel', ['applications', 'residents'], [...FUNNEL]]
	];
	const periods = PERIODS.map((p) => p.period);
	// The region is the sum of its gemeenten (every resident lives in one).
	for (const [table, columns, groups] of regionSplits)
		for (const p of periods) for (const group of groups) for (const c of columns) sum(key(table, '*', p, group, c), GEMEENTEN.map((g) => key(table, g, p, group, c)), `${table} region − gemeenten`);
	for (const month of MONTHS) sum(key('actief', '*', month, '-', 'active'), GEMEENTEN.map((g) => key('actief', g, month, '-', 'active')), 'actief region − gemeenten');
	for (const y of YEARS) for (const c of ['committed', 'paid', 'residents']) sum(key('budget', '*', String(y), '-', c), GEMEENTEN.map((g) => key('budget', g, String(y), '-', c)), 'budget region − gemeenten');
	for (const g of [...GEMEENTEN, '*']) {
		for (const y of YEARS) {
			// A year is the sum of its quarters, for everything counted once per event or per new resident.
			const additive: [string, string, string[]][] = [
				['bereik', 'new', [...situations, '*']],
				['apk', 'completed', ['-']],
				['evc', 'items', ['bewijs', 'ervaringscertificaat', 'praktijkverklaring']],
				['gesprekken', 'items', ['gesprek', 'verslag']],
				['klantervaring', 'responses', ['gesprek', 'voucher']],
				['voucher_funnel', 'applications', [...FUNNEL]]
			];
			for (const [table, c, groups] of additive) for (const group of groups) sum(key(table, g, String(y), group, c), quartersOf(y).map((q) => key(table, g, q, group, c)), `${table} year − quarters`);
			// Registered at the end of a year is registered at the end of its last quarter.
			for (const s of [...situations, '*']) sum(key('bereik', g, String(y), s, 'registered'), [key('bereik', g, `${y}-Q4`, s, 'registered')], 'bereik year = last quarter');
		}
		// Registered at the end of a quarter = registered a quarter earlier + new in the quarter.
		const quarters = YEARS.flatMap(quartersOf);
		for (let i = 1; i < quarters.length; i++)
			for (const s of [...situations, '*']) sum(key('bereik', g, quarters[i]!, s, 'registered'), [key('bereik', g, quarters[i - 1]!, s, 'registered'), key('bereik', g, quarters[i]!, s, 'new')], 'bereik stock + inflow');
		for (const p of periods) {
			for (const c of ['registered', 'new', 'active']) sum(key('bereik', g, p, '*', c), situations.map((s) => key('bereik', g, p, s, c)), 'bereik gemeente − situations');
			for (const block of APK_BLOCKS) {
				sum(key('licht', g, p, block, 'residents'), ['groen', 'oranje', 'rood'].map((c) => key('licht', g, p, block, c)), 'groen + oranje + rood');
				// Every completed APK has a light for every block but vaardigheden in the generated data.
				if (block !== 'vaardigheden') sum(key('licht', g, p, block, 'residents'), [key('apk', g, p, '-', 'residents')], 'lights = APK residents');
			}
		}
	}
}

/** Row-reduces the equations (the published cells filled in) and returns the hidden cells they pin down exactly. */
function linearlyDetermined(): Map<string, { value: number; what: string }> {
	const pivots = new Map<string, { row: Map<string, number>; constant: number; what: Set<string> }>();
	const clean = (x: number) => (Math.abs(x) < 1e-9 ? 0 : x);
	for (const equation of equations) {
		let row = new Map<string, number>();
		let constant = 0;
		for (const [k, c] of equation.terms) {
			const value = known.get(k);
			if (typeof value === 'number') constant -= c * value;
			else row.set(k, (row.get(k) ?? 0) + c);
		}
		const what = new Set([equation.what]);
		// reduce by the pivots found so far
		for (const v of [...row.keys()]) {
			const pivot = pivots.get(v);
			if (!pivot || !row.has(v)) continue;
			const factor = row.get(v)!;
			for (const [w, d] of pivot.row) row.set(w, clean((row.get(w) ?? 0) - factor * d));
			constant = clean(constant - factor * pivot.constant);
			pivot.what.forEach((w) => what.add(w));
		}
		row = new Map([...row].filter(([, c]) => c !== 0));
		const first = [...row.keys()][0];
		if (first === undefined) continue;
		const scale = row.get(first)!;
		for (const [w, d] of row) row.set(w, d / scale);
		constant /= scale;
		// eliminate the new pivot from every other row
		for (const other of pivots.values()) {
			const factor = other.row.get(first);
			if (!factor) continue;
			for (const [w, d] of row) other.row.set(w, clean((other.row.get(w) ?? 0) - factor * d));
			for (const [w, d] of [...other.row]) if (d === 0) other.row.delete(w);
			other.constant = clean(other.constant - factor * constant);
			what.forEach((w) => other.what.add(w));
		}
		pivots.set(first, { row, constant, what });
	}
	const determined = new Map<string, { value: number; what: string }>();
	for (const [v, pivot] of pivots) if (pivot.row.size === 1) determined.set(v, { value: Math.round(pivot.constant * 1000) / 1000, what: [...pivot.what].join(' + ') });
	return determined;
}

/** One sum at a time with what each hidden cell is known to lie between: is any hidden cell left with one possible value? */
function pinnedByBounds(): Map<string, { value: number; what: string }> {
	const bounds = (k: string): [number, number] => {
		const cell = known.get(k);
		const people = PEOPLE.has(k.split('#')[1] ?? '');
		if (people && cell === 'x') return [10, Infinity];
		if (people && typeof cell === 'string') return [0, 9];
		return [0, Infinity];
	};
	const pinned = new Map<string, { value: number; what: string }>();
	for (const equation of equations) {
		let constant = 0;
		const hidden: [string, number][] = [];
		for (const [k, c] of equation.terms) {
			const value = known.get(k);
			if (typeof value === 'number') constant -= c * value;
			else hidden.push([k, c]);
		}
		for (const [k, c] of hidden) {
			let low = constant;
			let high = constant;
			for (const [o, d] of hidden) {
				if (o === k) continue;
				const [lo, hi] = bounds(o);
				low -= d > 0 ? d * hi : d * lo;
				high -= d > 0 ? d * lo : d * hi;
			}
			const [lo, hi] = bounds(k);
			const from = Math.max(lo, Math.min(low / c, high / c));
			const to = Math.min(hi, Math.max(low / c, high / c));
			if (from === to && Number.isFinite(from)) pinned.set(k, { value: from, what: equation.what });
		}
	}
	return pinned;
}

describe('monitoring cannot be differenced', () => {
	it('gives no hidden figure away, whatever filters are combined', async () => {
		let conversionsLeaking = 0;
		for (const p of PERIODS) {
			for (const gemeente of [null, ...GEMEENTEN]) {
				const filter = { period: p.period, from: p.from, to: p.to, gemeente };
				const tables = await monitoringTables(handle.db, filter as never, MONITORING_TABLES, now);
				for (const table of tables) {
					for (const row of table.rows) for (const column of table.columns) record(`${coordinate(table, gemeente, p.period, row.label)}#${column}`, row.values[column]);
					if (table.id === 'voucher_funnel') {
						// A shown conversion is one count divided by another: with one of them known it gives the other.
						const apps = new Map(table.rows.map((r) => [r.label, r.values.applications]));
						table.rows.forEach((r, i) => {
							if (typeof r.values.conversion !== 'number') return;
							const before = apps.get(r.label === 'afgewezen' ? 'aanvraag' : (table.rows[i - 1]?.label ?? ''));
							if (typeof r.values.applications !== 'number' || typeof before !== 'number') conversionsLeaking++;
						});
					}
				}
			}
		}
		const situations = [...new Set([...known.keys()].filter((k) => k.startsWith('bereik|*|') && !k.includes('|*#')).map((k) => k.split('|')[3]!.split('#')[0]!))];
		buildEquations(situations);
		expect(shownHidden.size).toBeGreaterThan(100);
		const leaks = [...linearlyDetermined(), ...pinnedByBounds()].filter(([k]) => shownHidden.has(k));
		const byTable: Record<string, number> = {};
		for (const k of new Set(leaks.map(([k]) => k))) byTable[k.split('|')[0]!] = (byTable[k.split('|')[0]!] ?? 0) + 1;
		// one example per table, the simplest first
		const examples = Object.keys(byTable).map((t) => leaks.filter(([k]) => k.startsWith(`${t}|`)).sort((a, b) => a[1].what.length - b[1].what.length)[0]!).map(([k, v]) => `${k} = ${v.value} (${v.what})`);
		expect({ byTable, examples, conversionsLeaking }).toEqual({ byTable: {}, examples: [], conversionsLeaking: 0 });
	}, 600_000);
});
