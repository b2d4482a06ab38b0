import { describe, expect, it } from 'vitest';
import { defaultFilter, HIDDEN, hiddenPeopleCells, SUPPRESSED, suppressSmallCells, toCsv, type RawTable } from './index';

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

describe('complementary suppression', () => {
	const byGemeente = (counts: Record<string, number>): RawTable => ({
		id: 'bereik_gemeente',
		columns: [{ key: 'registered', people: 'registered' }],
		rows: Object.entries(counts).map(([label, registered]) => ({ label, values: { registered } })),
		partitions: ['registered']
	});
	const shown = (table: RawTable) => Object.fromEntries(suppressSmallCells(table).rows.map((r) => [r.label, r.values.registered]));

	it('hides the smallest other cell of a breakdown when only one is under ten, so the total cannot give it away', () => {
		expect(shown(byGemeente({ enschede: 120, hengelo: 40, losser: 4, almelo: 25 }))).toEqual({ enschede: 120, hengelo: 40, losser: SUPPRESSED, almelo: HIDDEN });
	});

	it('hides nothing more when two cells are already under ten, or none is', () => {
		expect(shown(byGemeente({ enschede: 120, losser: 4, onbekend: 2 }))).toEqual({ enschede: 120, losser: SUPPRESSED, onbekend: SUPPRESSED });
		expect(shown(byGemeente({ enschede: 120, losser: 14 }))).toEqual({ enschede: 120, losser: 14 });
	});

	it('leaves a lone cell alone: a breakdown of it has every part under ten too', () => {
		expect(shown(byGemeente({ losser: 4 }))).toEqual({ losser: SUPPRESSED });
	});

	it('keeps a row that adds up (groen + oranje + rood = all) from giving away its one small part', () => {
		const table: RawTable = {
			id: 'apk_lichten',
			columns: ['groen', 'oranje', 'rood', 'residents'].map((key) => ({ key, people: key })),
			rows: [
				{ label: 'werkvermogen', values: { groen: 30, oranje: 12, rood: 3, residents: 45 } },
				{ label: 'energie', values: { groen: 20, oranje: 15, rood: 10, residents: 45 } },
				{ label: 'motivatie', values: { groen: 40, oranje: 2, rood: 3, residents: 45 } }
			],
			rowSums: [['groen', 'oranje', 'rood', 'residents']]
		};
		const rows = suppressSmallCells(table).rows.map((r) => r.values);
		expect(rows[0]).toEqual({ groen: 30, oranje: HIDDEN, rood: SUPPRESSED, residents: 45 });
		expect(rows[1]).toEqual({ groen: 20, oranje: 15, rood: 10, residents: 45 });
		expect(rows[2]).toEqual({ groen: 40, oranje: SUPPRESSED, rood: SUPPRESSED, residents: 45 });
	});

	it('repeats until every group is safe when one hidden cell belongs to two groups', () => {
		const table: RawTable = {
			id: 'bereik_gemeente',
			columns: [
				{ key: 'registered', people: 'registered' },
				{ key: 'new', people: 'new' }
			],
			rows: [
				{ label: 'enschede', values: { registered: 100, new: 30 } },
				{ label: 'hengelo', values: { registered: 50, new: 12 } },
				{ label: 'losser', values: { registered: 15, new: 5 } }
			],
			partitions: ['registered', 'new'],
			rowSums: [['registered', 'new']]
		};
		const { primary, secondary } = hiddenPeopleCells(table);
		expect([...primary]).toEqual(['2:new']);
		// The new column hides hengelo's 12 too; then the rows of hengelo and losser each have one hidden cell and hide
		// their registered count, which leaves two hidden in the registered column.
		expect([...secondary].sort()).toEqual(['1:new', '1:registered', '2:registered']);
		for (const group of [['0:registered', '1:registered', '2:registered'], ['0:new', '1:new', '2:new'], ['0:registered', '0:new'], ['1:registered', '1:new'], ['2:registered', '2:new']]) {
			expect(group.filter((k) => primary.has(k) || secondary.has(k)).length === 1, group.join()).toBe(false);
		}
	});
});

describe('a view on a protected table', () => {
	// gemeente × situation with its totals; losser's werkend is small.
	const cube: RawTable = {
		id: 'bereik_situatie',
		columns: [{ key: 'registered', people: 'registered' }],
		rows: [
			['enschede|werkend', 50],
			['enschede|student', 30],
			['enschede|*', 80],
			['losser|werkend', 4],
			['losser|student', 20],
			['losser|*', 24],
			['*|werkend', 54],
			['*|student', 50],
			['*|*', 104]
		].map(([label, registered]) => ({ label: String(label), values: { registered: Number(registered) } })),
		groups: [
			['enschede|werkend', 'enschede|student', 'enschede|*'],
			['losser|werkend', 'losser|student', 'losser|*'],
			['enschede|werkend', 'losser|werkend', '*|werkend'],
			['enschede|student', 'losser|student', '*|student']
		].map((line) => line.map((label): [string, string] => [label, 'registered']))
	};

	it('protects every line of the whole table and shows only the slice asked for, relabelled', () => {
		const losser = suppressSmallCells({ ...cube, view: [{ row: 'losser|werkend', label: 'werkend' }, { row: 'losser|student', label: 'student' }] });
		const region = suppressSmallCells({ ...cube, view: [{ row: '*|werkend', label: 'werkend' }, { row: '*|student', label: 'student' }] });
		const enschede = suppressSmallCells({ ...cube, view: [{ row: 'enschede|werkend', label: 'werkend' }, { row: 'enschede|student', label: 'student' }] });
		expect(losser.rows).toEqual([
			{ label: 'werkend', values: { registered: SUPPRESSED } },
			{ label: 'student', values: { registered: HIDDEN } }
		]);
		// losser's werkend cannot come from the region minus enschede: enschede's werkend is hidden as well
		expect(region.rows.map((r) => r.values.registered)).toEqual([54, 50]);
		expect(enschede.rows.map((r) => r.values.registered)).toEqual([HIDDEN, HIDDEN]);
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
