import { describe, expect, it } from 'vitest';
import { defaultFilter, HIDDEN, hiddenPeopleCells, lineGivesAway, periodBounds, periodsUntil, quartersOf, SMALL_GROUP, SUPPRESSED, suppressSmallCells, toCsv, type RawTable } from './index';

const table: RawTable = {
	id: 'bereik_gemeente',
	columns: [
		{ key: 'registered', people: 'registered' },
		{ key: 'active', people: 'active' },
		{ key: 'average', people: 'active', kind: 'average' },
		{ key: 'budget', people: null }
	],
	rows: [
		{ label: 'enschede', values: { registered: 25, active: 10, average: 7.5, budget: 1000 } },
		{ label: 'losser', values: { registered: 9, active: 0, average: null, budget: 5 } },
		{ label: 'borne', values: { registered: 10, active: 3, average: 9, budget: null } }
	]
};

describe('suppressSmallCells', () => {
	it('shows counts of ten people or more and hides every cell about fewer than ten; only a head count reads "< 10"', () => {
		const result = suppressSmallCells(table);
		expect(result.columns).toEqual(['registered', 'active', 'average', 'budget']);
		expect(result.kinds).toEqual({ registered: 'people', active: 'people', average: 'average', budget: 'money' });
		expect(result.rows[0]?.values).toEqual({ registered: 25, active: 10, average: 7.5, budget: 1000 });
		expect(result.rows[1]?.values).toEqual({ registered: SUPPRESSED, active: SUPPRESSED, average: SMALL_GROUP, budget: 5 });
		expect(result.rows[2]?.values).toEqual({ registered: 10, active: SUPPRESSED, average: SMALL_GROUP, budget: null });
	});

	it('treats a missing people count as zero people; items about them are hidden, not "< 10"', () => {
		const result = suppressSmallCells({ id: 'apk', columns: [{ key: 'scans', people: 'residents' }], rows: [{ label: 'x', values: { scans: 50 } }] });
		expect(result.rows[0]?.values.scans).toBe(SMALL_GROUP);
		expect(result.kinds.scans).toBe('count');
	});

	it('shows a row the cube does not have (a gemeente without residents) as a group of nobody, and only the columns asked for', () => {
		const result = suppressSmallCells({
			id: 'budget',
			columns: [
				{ key: 'budget', people: null, kind: 'money' },
				{ key: 'paid', people: 'paid_residents', kind: 'money' },
				{ key: 'paid_residents', people: 'paid_residents' }
			],
			rows: [{ label: 'enschede', values: { budget: 100, paid: 5000, paid_residents: 3 } }],
			view: [
				{ row: 'enschede', label: 'enschede' },
				{ row: 'borne', label: 'borne' }
			],
			shown: ['budget', 'paid']
		});
		expect(result.columns).toEqual(['budget', 'paid']);
		// money paid to three people is hidden by those three, whatever the column next to it
		expect(result.rows).toEqual([
			{ label: 'enschede', values: { budget: 100, paid: SMALL_GROUP } },
			{ label: 'borne', values: { budget: null, paid: SMALL_GROUP } }
		]);
	});

	it('hides a figure computed from another row too when that row is hidden (a conversion against the step before)', () => {
		const result = suppressSmallCells({
			id: 'voucher_funnel',
			columns: [
				{ key: 'applications', people: 'residents' },
				{ key: 'conversion', people: 'residents', kind: 'percent', alsoRow: (l) => (l === 'b' ? 'a' : l === 'c' ? 'b' : null) }
			],
			rows: [
				{ label: 'a', values: { applications: 40, residents: 40, conversion: null } },
				{ label: 'b', values: { applications: 5, residents: 5, conversion: 12.5 } },
				{ label: 'c', values: { applications: 5, residents: 12, conversion: 100 } }
			]
		});
		expect(result.rows.map((r) => r.values)).toEqual([
			{ applications: 40, conversion: null },
			{ applications: SMALL_GROUP, conversion: SMALL_GROUP },
			{ applications: 5, conversion: HIDDEN }
		]);
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

	it('hides one more when what the hidden cells can be pins one down: all "< 10" at 0, or a complementary one at exactly 10', () => {
		// region 30 = 12 + 18 + (0 + 0): the two hidden ones add up to 0, so both are 0
		const zeros: RawTable = {
			id: 'bereik_gemeente',
			columns: [{ key: 'registered', people: 'registered' }],
			rows: ['enschede:12', 'hengelo:18', 'losser:0', 'borne:0', '*:30'].map((r) => ({ label: r.split(':')[0]!, values: { registered: Number(r.split(':')[1]) } })),
			groups: [['enschede', 'hengelo', 'losser', 'borne', '*'].map((l): [string, string] => [l, 'registered'])]
		};
		expect(suppressSmallCells(zeros).rows.map((r) => r.values.registered)).toEqual([HIDDEN, 18, SUPPRESSED, SUPPRESSED, 30]);
		expect(lineGivesAway([{ value: 0, sign: 1, small: true }, { value: 0, sign: 1, small: true }])).toBe(true);
		expect(lineGivesAway([{ value: 9, sign: 1, small: true }, { value: 9, sign: 1, small: true }])).toBe(true);
		expect(lineGivesAway([{ value: 3, sign: 1, small: true }, { value: 5, sign: 1, small: true }])).toBe(false);
		// 0 + 10: a hidden 10-or-more and a "< 10" adding up to 10 can only be 10 and 0
		expect(lineGivesAway([{ value: 0, sign: 1, small: true }, { value: 10, sign: 1, small: false }])).toBe(true);
		expect(lineGivesAway([{ value: 4, sign: 1, small: true }, { value: 12, sign: 1, small: false }])).toBe(false);
		// a hidden total: part − total = −(the shown parts); 4 and 14 leave room
		expect(lineGivesAway([{ value: 4, sign: 1, small: true }, { value: 14, sign: -1, small: false }])).toBe(false);
		expect(lineGivesAway([{ value: 4, sign: 1, small: true }])).toBe(true);
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
		expect(lines[2]).toBe('LOSSER,< 10,< 10,n < 10,5');
		expect(lines[3]).toBe('BORNE,10,< 10,n < 10,');
	});

	it('writes hidden cells as the words it is given per kind of figure', () => {
		const csv = toCsv(suppressSmallCells(table), { label: 'G', columns: {} }, (l) => l, (cell, kind) => (typeof cell === 'number' ? String(cell) : cell === null || cell === undefined ? '' : `${kind}: verborgen`));
		expect(csv.split('\r\n')[2]).toBe('losser,people: verborgen,people: verborgen,average: verborgen,5');
	});
});

describe('periods', () => {
	const today = new Date('2026-05-22T10:00:00Z');

	it('offers only fixed buckets: each year from 2024 and each quarter up to today, newest first', () => {
		expect(periodsUntil(today)).toEqual(['2026', '2026-Q2', '2026-Q1', '2025', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024', '2024-Q4', '2024-Q3', '2024-Q2', '2024-Q1']);
		expect(quartersOf('2026', today)).toEqual(['2026-Q1', '2026-Q2']);
		expect(quartersOf('2025-Q3', today)).toEqual(['2025-Q3']);
	});

	it('knows the days of a period and refuses anything else', () => {
		expect(periodBounds('2025', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
		expect(periodBounds('2024-Q1', today)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
		expect(periodBounds('2025-Q4', today)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
		for (const bad of ['2026-Q3', '2023', '2025-Q5', '2025-01-01', '', '2025-q1', ' 2025']) expect(periodBounds(bad, today), bad).toBeNull();
	});

	it('defaults to this calendar year', () => {
		expect(defaultFilter(today)).toEqual({ period: '2026', from: '2026-01-01', to: '2026-12-31', gemeente: null });
	});
});
