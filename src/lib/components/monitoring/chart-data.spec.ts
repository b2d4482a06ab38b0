import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { HIDDEN, SUPPRESSED } from '$lib/shared/monitoring';
import { toChartData, wrapLabel } from './chart-data';
import MonitoringChart from './MonitoringChart.svelte';

const lights = ['Groen', 'Oranje', 'Rood'].map((label) => ({ key: label.toLowerCase(), label }));

describe('toChartData', () => {
	it('names cells that are not drawn with the words it is given', () => {
		const data = toChartData([{ label: 'Energie', values: { groen: 40, oranje: SUPPRESSED, rood: HIDDEN } }], lights, 18, (cell) => (cell === HIDDEN ? 'verborgen' : String(cell)));
		expect(data.labels).toEqual([['Energie', 'Oranje < 10 · Rood verborgen']]);
	});

	it('draws suppressed and hidden cells as absent, not as zero, and names them under the row label', () => {
		const data = toChartData(
			[
				{ label: 'Werkvermogen', values: { groen: 30, oranje: 0, rood: 50 } },
				{ label: 'Energie', values: { groen: 40, oranje: SUPPRESSED, rood: HIDDEN } }
			],
			lights
		);
		expect(data.datasets).toEqual([
			{ key: 'groen', label: 'Groen', data: [30, 40] },
			{ key: 'oranje', label: 'Oranje', data: [0, null] },
			{ key: 'rood', label: 'Rood', data: [50, null] }
		]);
		expect(data.labels).toEqual([['Werkvermogen'], ['Energie', 'Oranje < 10 · Rood x']]);
		expect(data.lines).toBe(2);
	});

	it('with one series marks an absent bar with the marker alone; a cell without a value is absent and unmarked', () => {
		const data = toChartData(
			[
				{ label: '2026-01', values: { active: 120 } },
				{ label: '2026-02', values: { active: SUPPRESSED } },
				{ label: '2026-03', values: { active: null } },
				{ label: '2026-04', values: {} }
			],
			[{ key: 'active', label: 'Actief' }]
		);
		expect(data.datasets[0]!.data).toEqual([120, null, null, null]);
		expect(data.labels).toEqual([['2026-01'], ['2026-02', '< 10'], ['2026-03'], ['2026-04']]);
	});
});

describe('wrapLabel', () => {
	it('breaks at spaces within the width and keeps a long word whole', () => {
		expect(wrapLabel('Werkvermogen en gezondheid', 18)).toEqual(['Werkvermogen en', 'gezondheid']);
		expect(wrapLabel('Arbeidsmarktperspectief nu', 10)).toEqual(['Arbeidsmarktperspectief', 'nu']);
		expect(wrapLabel('', 10)).toEqual(['']);
	});
});

describe('MonitoringChart', () => {
	it('renders a canvas named by the caption and described by the text that points to the table, with room reserved', () => {
		const { body } = render(MonitoringChart, {
			props: {
				title: 'Kleur per blok',
				description: 'Dezelfde cijfers staan in de tabel eronder.',
				parts: lights.map((p) => ({ ...p, color: '--tp-color-success', fill: 'solid' as const })),
				rows: [{ label: 'Energie', values: { groen: 40, oranje: SUPPRESSED, rood: HIDDEN } }]
			}
		});
		const canvas = body.match(/<canvas role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/);
		expect(canvas).not.toBeNull();
		expect(body).toMatch(new RegExp(`<figcaption id="${canvas![1]}"[^>]*>Kleur per blok</figcaption>`));
		expect(body).toMatch(new RegExp(`<p id="${canvas![2]}"[^>]*>Dezelfde cijfers staan in de tabel eronder.</p>`));
		// One row of two lines, the axis and the legend.
		expect(body).toContain('height: 130px');
	});
});
