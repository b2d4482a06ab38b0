/**
 * Monitoring tables and the privacy rule every way out (page, JSON API, CSV) goes through: a cell that
 * describes fewer than {@link MIN_PEOPLE} people is shown as "< 10", never as its number.
 */
export const MIN_PEOPLE = 10;
export const SUPPRESSED = '< 10';

export const MONITORING_TABLES = ['bereik_gemeente', 'bereik_situatie', 'actief_maand', 'apk', 'evc', 'gesprekken', 'voucher_funnel', 'budget', 'klantervaring'] as const;
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
}

export type Cell = number | null | typeof SUPPRESSED;

export interface PublicRow {
	label: string;
	values: Record<string, Cell>;
}

export interface PublicTable {
	id: MonitoringTableId;
	columns: string[];
	rows: PublicRow[];
}

/** The only way a monitoring table leaves the server. Pure, so the page, the API and the CSV agree. */
export function suppressSmallCells(table: RawTable): PublicTable {
	return {
		id: table.id,
		columns: table.columns.map((c) => c.key),
		rows: table.rows.map((row) => {
			const values: Record<string, Cell> = {};
			for (const column of table.columns) {
				const value = row.values[column.key] ?? null;
				const people = column.people === null ? null : (row.values[column.people] ?? 0);
				values[column.key] = people !== null && people < MIN_PEOPLE ? SUPPRESSED : value;
			}
			return { label: row.label, values };
		})
	};
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
