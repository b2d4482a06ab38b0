/**
 * Monitoring tables and the privacy rule every way out (page, JSON API, CSV) goes through: a cell that
 * describes fewer than {@link MIN_PEOPLE} people is shown as "< 10", never as its number.
 */
export const MIN_PEOPLE = 10;
export const SUPPRESSED = '< 10';
/**
 * A cell of ten people or more, hidden because together with a total (in this table, another table or
 * another filter) it would give away a cell shown as "< 10" (complementary suppression).
 */
export const HIDDEN = 'x';

export const MONITORING_TABLES = ['bereik_gemeente', 'bereik_situatie', 'actief_maand', 'apk', 'apk_lichten', 'evc', 'gesprekken', 'voucher_funnel', 'budget', 'klantervaring'] as const;
export type MonitoringTableId = (typeof MONITORING_TABLES)[number];

export interface Column {
	key: string;
	/**
	 * The column holding the number of people this cell is about; the cell is suppressed when that number
	 * is under {@link MIN_PEOPLE}. `null` for figures that are not about people (a budget the region set).
	 */
	people: string | null;
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
	 * total that can be read elsewhere (the other breakdown, the region without a filter), so none or at
	 * least two of their cells may be hidden.
	 */
	partitions?: string[];
	/** Per row, people columns that add up (parts and their total, e.g. groen + oranje + rood = all): none or at least two hidden. */
	rowSums?: string[][];
	/** Any further cells that add up, as [row label, people column]: none or at least two hidden. */
	groups?: [string, string][][];
	/**
	 * The rows shown and the label each is shown with; default every row as it is. The other rows only take
	 * part in the protection: a table of every gemeente × situation with its totals, protected once, from
	 * which each filter shows its slice, so no two answers together give a hidden cell away.
	 */
	view?: { row: string; label: string }[];
}

export type Cell = number | null | typeof SUPPRESSED | typeof HIDDEN;

export interface PublicRow {
	label: string;
	values: Record<string, Cell>;
}

export interface PublicTable {
	id: MonitoringTableId;
	columns: string[];
	rows: PublicRow[];
}

/**
 * The people cells to hide: every one under {@link MIN_PEOPLE} (primary), then, until nothing changes, in
 * every group of cells that adds up to a known total where exactly one is hidden, also the smallest shown
 * one (complementary), so no hidden number can be worked out by subtraction. Keys are `row index:column`.
 */
export function hiddenPeopleCells(table: RawTable): { primary: Set<string>; secondary: Set<string> } {
	const peopleColumns = [...new Set(table.columns.flatMap((c) => (c.people === null ? [] : [c.people])))];
	const count = (i: number, column: string) => table.rows[i]?.values[column] ?? 0;
	const primary = new Set<string>();
	table.rows.forEach((_, i) => peopleColumns.forEach((c) => count(i, c) < MIN_PEOPLE && primary.add(`${i}:${c}`)));
	const index = new Map(table.rows.map((r, i) => [r.label, i]));
	const groups: [number, string][][] = [
		...(table.partitions ?? []).map((c) => table.rows.map((_, i): [number, string] => [i, c])),
		...(table.rowSums ?? []).flatMap((columns) => table.rows.map((_, i) => columns.map((c): [number, string] => [i, c]))),
		...(table.groups ?? []).map((cells) => cells.flatMap(([label, c]): [number, string][] => (index.has(label) ? [[index.get(label)!, c]] : [])))
	];
	const secondary = new Set<string>();
	const isHidden = (key: string) => primary.has(key) || secondary.has(key);
	for (let changed = true; changed; ) {
		changed = false;
		for (const group of groups) {
			if (group.filter(([i, c]) => isHidden(`${i}:${c}`)).length !== 1) continue;
			const next = group.filter(([i, c]) => !isHidden(`${i}:${c}`)).sort((a, b) => count(...a) - count(...b) || a[0] - b[0])[0];
			if (next) {
				secondary.add(`${next[0]}:${next[1]}`);
				changed = true;
			}
		}
	}
	return { primary, secondary };
}

/** The only way a monitoring table leaves the server. Pure, so the page, the API and the CSV agree. */
export function suppressSmallCells(table: RawTable): PublicTable {
	const { primary, secondary } = hiddenPeopleCells(table);
	const index = new Map(table.rows.map((r, i) => [r.label, i]));
	const shown = table.view ? table.view.flatMap((v) => (index.has(v.row) ? [{ i: index.get(v.row)!, label: v.label }] : [])) : table.rows.map((r, i) => ({ i, label: r.label }));
	return {
		id: table.id,
		columns: table.columns.map((c) => c.key),
		rows: shown.map(({ i, label }) => {
			const row = table.rows[i]!;
			const values: Record<string, Cell> = {};
			for (const column of table.columns) {
				const key = `${i}:${column.people}`;
				values[column.key] = column.people === null ? (row.values[column.key] ?? null) : primary.has(key) ? SUPPRESSED : secondary.has(key) ? HIDDEN : (row.values[column.key] ?? null);
			}
			return { label, values };
		})
	};
}

/** The rows a table shows, before suppression (for tests that count independently). */
export function viewRows(table: RawTable): RawRow[] {
	if (!table.view) return table.rows;
	const byLabel = new Map(table.rows.map((r) => [r.label, r]));
	return table.view.flatMap((v) => (byLabel.has(v.row) ? [{ label: v.label, values: byLabel.get(v.row)!.values }] : []));
}

function csvField(value: string): string {
	return /[",;\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV (comma-separated, RFC 4180 quoting) of a suppressed table, with translated headers and labels. */
export function toCsv(table: PublicTable, header: { label: string; columns: Record<string, string> }, labelOf: (label: string) => string): string {
	const lines = [[header.label, ...table.columns.map((c) => header.columns[c] ?? c)]];
	for (const row of table.rows) {
		lines.push([labelOf(row.label), ...table.columns.map((c) => formatCell(row.values[c]))]);
	}
	return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function formatCell(cell: Cell | undefined): string {
	if (cell === null || cell === undefined) return '';
	return typeof cell === 'number' ? String(cell) : cell;
}

export interface MonitoringFilter {
	/** Inclusive first day, YYYY-MM-DD. */
	from: string;
	/** Inclusive last day, YYYY-MM-DD. */
	to: string;
	/** A woonplaats id, or null for the whole region. */
	gemeente: string | null;
}

/** The default period: the last twelve whole months up to today. */
export function defaultFilter(today: Date): MonitoringFilter {
	const to = today.toISOString().slice(0, 10);
	const from = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1)).toISOString().slice(0, 10);
	return { from, to, gemeente: null };
}
