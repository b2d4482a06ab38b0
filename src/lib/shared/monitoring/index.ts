/**
 * Monitoring tables and the privacy rule every way out (page, JSON API, CSV) goes through. Every table is a
 * cube over gemeente × period (and its own groups), protected as a whole before any filter takes its slice:
 * a cell about fewer than {@link MIN_PEOPLE} people is hidden, every figure of it too (counts, money,
 * averages, percentages, days), and further cells are hidden until no hidden one can be worked out from
 * shown ones by adding or subtracting (see docs/decisions.md, "Monitoring that cannot be differenced").
 */
export const MIN_PEOPLE = 10;
/** A head count of fewer than {@link MIN_PEOPLE} people. */
export const SUPPRESSED = '< 10';
/** Any other figure (items, money, an average, a percentage, days) about fewer than {@link MIN_PEOPLE} people. */
export const SMALL_GROUP = 'n < 10';
/**
 * A figure about ten people or more, hidden because together with published totals (in this table, another
 * table, another gemeente or another period) it would give a small group away (complementary suppression).
 */
export const HIDDEN = 'x';

export const MONITORING_TABLES = ['bereik_gemeente', 'bereik_situatie', 'actief_maand', 'apk', 'apk_lichten', 'evc', 'gesprekken', 'voucher_funnel', 'budget', 'klantervaring'] as const;
export type MonitoringTableId = (typeof MONITORING_TABLES)[number];

/** What a figure is, for how a hidden one reads: only a head count reads "< 10". */
export type ValueKind = 'people' | 'count' | 'money' | 'average' | 'percent' | 'days';

export interface Column {
	key: string;
	/**
	 * The column holding the number of people this cell is about; the cell is suppressed when that number
	 * is under {@link MIN_PEOPLE}. `null` for figures that are not about people (a budget the region set).
	 */
	people: string | null;
	/** Default: `people` when the column is its own people count, otherwise `count`. */
	kind?: ValueKind;
	/** Another row this figure is computed from as well (a conversion divides by the step before): hidden when that row's people are. */
	alsoRow?: (label: string) => string | null;
}

/** A row before suppression: `label` names the group (a gemeente id, a month, a status); numbers may be null (no value). */
export interface RawRow {
	label: string;
	values: Record<string, number | null>;
}

export interface RawTable {
	id: MonitoringTableId;
	columns: Column[];
	rows: RawRow[];
	/**
	 * People columns whose rows split one group of people (per gemeente, per situation): their sum is a
	 * total that can be read elsewhere, so no hidden cell may be worked out from the rest.
	 */
	partitions?: string[];
	/** Per row, people columns that add up, the last being the total (groen + oranje + rood = all). */
	rowSums?: string[][];
	/**
	 * Any further cells that add up, as [row label, people column], the last being the total of the others
	 * (a group of two says the two are the same figure).
	 */
	groups?: [string, string][][];
	/**
	 * The rows shown and the label each is shown with; default every row as it is. The other rows only take
	 * part in the protection: a cube of every gemeente × period × group with its totals, protected once, from
	 * which each filter shows its slice, so no two answers together give a hidden cell away. A row missing
	 * from the table (a gemeente without residents) is shown as a group of nobody.
	 */
	view?: { row: string; label: string }[];
	/** The columns shown; default all. The others only count people for the protection. */
	shown?: string[];
}

export type Cell = number | null | typeof SUPPRESSED | typeof SMALL_GROUP | typeof HIDDEN;

export interface PublicRow {
	label: string;
	values: Record<string, Cell>;
}

export interface PublicTable {
	id: MonitoringTableId;
	columns: string[];
	/** Per column what its figures are, so a hidden one can say why in words. */
	kinds: Record<string, ValueKind>;
	rows: PublicRow[];
}

export function kindOf(column: Column): ValueKind {
	return column.kind ?? (column.people === column.key ? 'people' : 'count');
}

/** A line of cells that add up: Σ sign × cell = constant (the constant is known to whoever reads every table). */
interface Line {
	cells: [number, string][];
	signs: number[];
}

/**
 * Could a reader who knows every shown cell of the line, that a cell shown as "< 10" holds 0 to 9 and one
 * hidden for the others 10 or more, pin a hidden cell of it to one value? True when exactly one is hidden,
 * and when the others' ranges leave one value (all hidden small ones 0 or all 9, a complementary one exactly 10).
 */
export function lineGivesAway(hidden: { value: number; sign: number; small: boolean }[]): boolean {
	if (hidden.length === 0) return false;
	if (hidden.length === 1) return true;
	const range = (h: { small: boolean }): [number, number] => (h.small ? [0, MIN_PEOPLE - 1] : [MIN_PEOPLE, Infinity]);
	const total = hidden.reduce((n, h) => n + h.sign * h.value, 0);
	return hidden.some((h, j) => {
		let low = total;
		let high = total;
		hidden.forEach((o, i) => {
			if (i === j) return;
			const [lo, hi] = range(o);
			low -= o.sign > 0 ? hi : -lo;
			high -= o.sign > 0 ? lo : -hi;
		});
		const [lo, hi] = range(h);
		const from = Math.max(lo, Math.min(low * h.sign, high * h.sign));
		const to = Math.min(hi, Math.max(low * h.sign, high * h.sign));
		return from === to;
	});
}

/**
 * The people cells to hide: every one under {@link MIN_PEOPLE} (primary), then, until nothing changes, in
 * every line of cells that adds up where a hidden cell could be worked out ({@link lineGivesAway}), also the
 * smallest shown one (complementary). Deterministic: ties go to the earlier row. Keys are `row index:column`.
 */
export function hiddenPeopleCells(table: RawTable): { primary: Set<string>; secondary: Set<string> } {
	const peopleColumns = [...new Set(table.columns.flatMap((c) => (c.people === null ? [] : [c.people])))];
	const count = (i: number, column: string) => table.rows[i]?.values[column] ?? 0;
	const primary = new Set<string>();
	table.rows.forEach((_, i) => peopleColumns.forEach((c) => count(i, c) < MIN_PEOPLE && primary.add(`${i}:${c}`)));
	const index = new Map(table.rows.map((r, i) => [r.label, i]));
	const withTotal = (cells: [number, string][]): Line => ({ cells, signs: cells.map((_, k) => (k === cells.length - 1 && cells.length > 1 ? -1 : 1)) });
	const lines: Line[] = [
		...(table.partitions ?? []).map((c) => ({ cells: table.rows.map((_, i): [number, string] => [i, c]), signs: table.rows.map(() => 1) })),
		...(table.rowSums ?? []).flatMap((columns) => table.rows.map((_, i) => withTotal(columns.map((c): [number, string] => [i, c])))),
		...(table.groups ?? []).flatMap((cells) => {
			// a cell of a row the table does not have is a group of nobody: 0, and known to be
			const present = cells.flatMap(([label, c], k): [number, string, number][] => (index.has(label) ? [[index.get(label)!, c, k === cells.length - 1 && cells.length > 1 ? -1 : 1]] : []));
			return present.length ? [{ cells: present.map(([i, c]): [number, string] => [i, c]), signs: present.map(([, , s]) => s) }] : [];
		})
	];
	const byCell = new Map<string, number[]>();
	lines.forEach((l, n) => l.cells.forEach(([i, c]) => byCell.set(`${i}:${c}`, [...(byCell.get(`${i}:${c}`) ?? []), n])));
	const secondary = new Set<string>();
	const isHidden = (key: string) => primary.has(key) || secondary.has(key);
	// Work through the lines that may have become unsafe: all at first, then those touching a newly hidden cell.
	const queue = new Set(lines.keys());
	while (queue.size > 0) {
		const n = queue.values().next().value!;
		queue.delete(n);
		const line = lines[n]!;
		const hidden = line.cells.flatMap(([i, c], k) => (isHidden(`${i}:${c}`) ? [{ value: count(i, c), sign: line.signs[k]!, small: primary.has(`${i}:${c}`) }] : []));
		if (!lineGivesAway(hidden)) continue;
		const next = line.cells.filter(([i, c]) => !isHidden(`${i}:${c}`)).sort((a, b) => count(...a) - count(...b) || a[0] - b[0])[0];
		if (!next) continue;
		const key = `${next[0]}:${next[1]}`;
		secondary.add(key);
		queue.add(n);
		for (const other of byCell.get(key) ?? []) queue.add(other);
	}
	return { primary, secondary };
}

/** The only way a monitoring table leaves the server. Pure, so the page, the API and the CSV agree. */
export function suppressSmallCells(table: RawTable): PublicTable {
	const { primary, secondary } = hiddenPeopleCells(table);
	const index = new Map(table.rows.map((r, i) => [r.label, i]));
	const shown = table.view ? table.view.map((v) => ({ i: index.get(v.row), label: v.label })) : table.rows.map((r, i) => ({ i: i as number | undefined, label: r.label }));
	const columns = table.shown ? table.columns.filter((c) => table.shown!.includes(c.key)) : table.columns;
	const state = (i: number | undefined, people: string): 'small' | 'hidden' | 'shown' => {
		if (i === undefined) return 'small';
		const key = `${i}:${people}`;
		return primary.has(key) ? 'small' : secondary.has(key) ? 'hidden' : 'shown';
	};
	return {
		id: table.id,
		columns: columns.map((c) => c.key),
		kinds: Object.fromEntries(columns.map((c) => [c.key, c.people === null ? 'money' : kindOf(c)])),
		rows: shown.map(({ i, label }) => {
			const row = i === undefined ? undefined : table.rows[i];
			const values: Record<string, Cell> = {};
			for (const column of columns) {
				const raw = row?.values[column.key] ?? null;
				if (column.people === null) {
					values[column.key] = raw;
					continue;
				}
				const own = state(i, column.people);
				const other = column.alsoRow && row ? column.alsoRow(row.label) : null;
				const also = other === null ? 'shown' : state(index.get(other), column.people) === 'shown' ? 'shown' : 'hidden';
				values[column.key] = own === 'small' ? (kindOf(column) === 'people' ? SUPPRESSED : SMALL_GROUP) : own === 'hidden' || also === 'hidden' ? HIDDEN : raw;
			}
			return { label, values };
		})
	};
}

/** The rows a table shows, before suppression (for tests that count independently). */
export function viewRows(table: RawTable): RawRow[] {
	if (!table.view) return table.rows;
	const byLabel = new Map(table.rows.map((r) => [r.label, r]));
	return table.view.map((v) => ({ label: v.label, values: byLabel.get(v.row)?.values ?? {} }));
}

function csvField(value: string): string {
	return /[",;\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV (comma-separated, RFC 4180 quoting) of a suppressed table, with translated headers and labels. */
export function toCsv(
	table: PublicTable,
	header: { label: string; columns: Record<string, string> },
	labelOf: (label: string) => string,
	cellText: (cell: Cell | undefined, kind: ValueKind) => string = formatCell
): string {
	const lines = [[header.label, ...table.columns.map((c) => header.columns[c] ?? c)]];
	for (const row of table.rows) {
		lines.push([labelOf(row.label), ...table.columns.map((c) => cellText(row.values[c], table.kinds[c] ?? 'count'))]);
	}
	return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function formatCell(cell: Cell | undefined): string {
	if (cell === null || cell === undefined) return '';
	return typeof cell === 'number' ? String(cell) : cell;
}

/** The first year the dashboard offers; every cube starts here. */
export const FIRST_YEAR = 2024;

/**
 * A period the dashboard offers: a calendar year (`2026`) or a quarter (`2026-Q2`), UTC. Only these fixed
 * buckets: with free dates, two overlapping periods would differ by a few days and a few people.
 */
export type PeriodId = string;
const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;

export interface MonitoringFilter {
	period: PeriodId;
	/** Inclusive first day of the period, YYYY-MM-DD. */
	from: string;
	/** Inclusive last day of the period, YYYY-MM-DD. */
	to: string;
	/** A woonplaats id, or null for the whole region. */
	gemeente: string | null;
}

const quarterOf = (d: Date) => `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;

/** The quarters of the cube, from {@link FIRST_YEAR} up to today's, oldest first. */
export function quartersUntil(today: Date): PeriodId[] {
	const last = quarterOf(today);
	const quarters: PeriodId[] = [];
	for (let y = FIRST_YEAR; y <= today.getUTCFullYear(); y++) for (let q = 1; q <= 4; q++) if (`${y}-Q${q}` <= last) quarters.push(`${y}-Q${q}`);
	return quarters;
}

/** Every period the filter offers, newest first: each year followed by its quarters up to today. */
export function periodsUntil(today: Date): PeriodId[] {
	const quarters = quartersUntil(today);
	const years = [...new Set(quarters.map((q) => q.slice(0, 4)))].reverse();
	return years.flatMap((y) => [y, ...quarters.filter((q) => q.startsWith(`${y}-`)).reverse()]);
}

/** First and last day of a period, or null when it is not one the dashboard offers until `today`. */
export function periodBounds(period: string, today: Date): { from: string; to: string } | null {
	const match = PERIOD.exec(period);
	if (!match || !periodsUntil(today).includes(period)) return null;
	const year = Number(match[1]);
	const q = match[2] ? Number(match[2]) : null;
	const first = q === null ? 0 : (q - 1) * 3;
	const last = q === null ? 12 : q * 3;
	const day = (d: Date) => d.toISOString().slice(0, 10);
	return { from: day(new Date(Date.UTC(year, first, 1))), to: day(new Date(Date.UTC(year, last, 0))) };
}

/** The quarters a period is made of (a quarter is made of itself). */
export function quartersOf(period: PeriodId, today: Date): PeriodId[] {
	return period.includes('-Q') ? [period] : quartersUntil(today).filter((q) => q.startsWith(`${period}-`));
}

/** The default period: this calendar year up to today. */
export function defaultFilter(today: Date): MonitoringFilter {
	const period = String(today.getUTCFullYear());
	return { period, ...periodBounds(period, today)!, gemeente: null };
}
