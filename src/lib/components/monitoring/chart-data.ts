import { formatCell, type Cell } from '$lib/shared/monitoring';

/** One series of a chart: a column of the table (`active`, or `groen`/`oranje`/`rood`). */
export interface ChartPart {
	key: string;
	label: string;
}

export interface ChartRow {
	label: string;
	values: Record<string, Cell>;
}

export interface ChartData {
	/** One category per table row; a label is split into lines, the last line names what is not drawn. */
	labels: string[][];
	datasets: { key: string; label: string; data: (number | null)[] }[];
	/** Longest label in lines, for the height of the chart. */
	lines: number;
}

/** Splits a label into lines of at most `max` characters at spaces; a word longer than that keeps its own line. */
export function wrapLabel(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length > 0 ? lines : [''];
}

/**
 * What the chart draws from a table. Only numbers become bars: a suppressed ("< 10") or hidden ("x")
 * cell, or one without a value, is `null`, which the chart leaves out, so it never reads as zero. The
 * category label then says which cells are not drawn, with the same marker as the table.
 */
export function toChartData(rows: ChartRow[], parts: ChartPart[], maxLine = 18, marker: (cell: Cell | undefined) => string = formatCell): ChartData {
	const labels = rows.map((row) => {
		const absent = parts
			.filter((p) => typeof row.values[p.key] !== 'number' && marker(row.values[p.key]) !== '')
			.map((p) => (parts.length > 1 ? `${p.label} ${marker(row.values[p.key])}` : marker(row.values[p.key])));
		return [...wrapLabel(row.label, maxLine), ...(absent.length > 0 ? [absent.join(' · ')] : [])];
	});
	return {
		labels,
		datasets: parts.map((p) => ({
			key: p.key,
			label: p.label,
			data: rows.map((row) => {
				const cell = row.values[p.key];
				return typeof cell === 'number' ? cell : null;
			})
		})),
		lines: Math.max(1, ...labels.map((l) => l.length))
	};
}
