import { describe, expect, it } from 'vitest';
import { defaultFilter, suppressSmallCells, toCsv, type RawTable } from './index';

const table: RawTable = {
	id: 'bereik_gemeente',
	columns: [
		{ key: 'registered', people: 'registered' },
		{ key: 'active', people: 'active' },
		{ key: 'average', people: 'active' },
		{ key: 'budget', people: null }
	],
	rows: [
		{ label: 'enschede', values: { registered: 25, active: 10, average: 7.5, budget: 1000 } },
		{ label: 'losser', values: { registered: 9, active: 0, average: null, budget: 5 } },
		{ label: 'borne', values: { registered: 10, active: 3, average: 9, budget: null } }
	]
};

describe('suppressSmallCells', () => {
	it('shows counts of ten people or more and hides every cell about fewer than ten', () => {
		const result = suppressSmallCells(table);
		expect(result.columns).toEqual(['registered', 'active', 'average', 'budget']);
		expect(result.rows[0]?.values).toEqual({ registered: 25, active: 10, average: 7.5, budget: 1000 });
		expect(result.rows[1]?.values).toEqual({ registered: '< 10', active: '< 10', average: '< 10', budget: 5 });
		expect(result.rows[2]?.values).toEqual({ registered: 10, active: '< 10', average: '< 10', budget: null });
	});

	it('treats a missing people count as zero people', () => {
		const result = suppressSmallCells({ id: 'apk', columns: [{ key: 'scans', people: 'residents' }], rows: [{ label: 'x', values: { scans: 50 } }] });
		expect(result.rows[0]?.values.scans).toBe('< 10');
	});
});

describe('toCsv', () => {
	it('writes a translated header, the suppressed cells and quotes fields with commas', () => {
		const csv = toCsv(suppressSmallCells(table), { label: 'Gemeente', columns: { registered: 'Geregistreerd', active: 'Actief', average: 'Gemiddeld, score', budget: 'Budget' } }, (l) => l.toUpperCase());
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe('Gemeente,Geregistreerd,Actief,"Gemiddeld, score",Budget');
		expect(lines[1]).toBe('ENSCHEDE,25,10,7.5,1000');
		expect(lines[2]).toBe('LOSSER,< 10,< 10,< 10,5');
		expect(lines[3]).toBe('BORNE,10,< 10,< 10,');
	});
});

describe('defaultFilter', () => {
	it('covers the last twelve months up to today', () => {
		expect(defaultFilter(new Date('2026-11-22T10:00:00Z'))).toEqual({ from: '2025-11-23', to: '2026-11-22', gemeente: null });
	});
});
