import { describe, expect, it } from 'vitest';
import { checkOfferRows, checkProviderRows, importOfferId, importTemplate, parseImportFile, planImport, stableJson } from './catalogue-import';

const context = { supplierId: 'opleider-x', providerIds: new Set(['opleider-x', 'roc-van-twente']) };

function offersOf(text: string, format: 'csv' | 'json' = 'csv') {
	const parsed = parseImportFile(text, format, 'offer');
	if (!parsed.ok) throw new Error(parsed.problem);
	return checkOfferRows(parsed.rows, context);
}

describe('catalogue import: reading the file', () => {
	it('reads its own CSV and JSON templates into valid offers', () => {
		for (const format of ['csv', 'json'] as const) {
			const rows = offersOf(importTemplate('offer', format, 'opleider-x'), format);
			expect(rows.map((r) => r.issues)).toEqual([[], []]);
			expect(rows[0]!.item!.data).toMatchObject({ kind: 'cursus', providerId: 'opleider-x', origin: 'import', externalId: 'VCA-2026-01', startDates: ['2027-02-01', '2027-03-01'], demo: false });
			expect(rows[1]!.item!.data).toMatchObject({ requiredSkills: [{ skillId: 'nederlands-spreken', minLevel: 2 }] });
		}
	});

	it('reads a semicolon-separated file as a Dutch spreadsheet saves it, with a byte order mark', () => {
		const csv = importTemplate('offer', 'csv', 'opleider-x').replaceAll(',', ';');
		// The template has no commas inside its cells, so swapping the separator keeps the cells.
		expect(offersOf(`\uFEFF${csv}`).every((r) => r.issues.length === 0)).toBe(true);
	});

	it('names the file problems: empty, broken JSON, missing columns, too many rows', () => {
		expect(parseImportFile('  \n', 'csv', 'offer')).toEqual({ ok: false, problem: 'empty' });
		expect(parseImportFile('id,kind,title\n', 'csv', 'offer')).toEqual({ ok: false, problem: 'empty' });
		expect(parseImportFile('{"a":', 'json', 'offer')).toEqual({ ok: false, problem: 'bad-json' });
		expect(parseImportFile('[1,2]', 'json', 'offer')).toEqual({ ok: false, problem: 'bad-json' });
		expect(parseImportFile('id,title\nx,y\n', 'csv', 'offer')).toEqual({ ok: false, problem: 'missing-columns', columns: ['kind'] });
		expect(parseImportFile(`id,kind,title\n${'a,b,c\n'.repeat(10_001)}`, 'csv', 'offer')).toEqual({ ok: false, problem: 'too-many-rows' });
	});

	it('lists unknown columns and ignores them', () => {
		const parsed = parseImportFile('id,kind,title,kleur\nx,cursus,T,rood\n', 'csv', 'offer');
		expect(parsed.ok && parsed.unknownColumns).toEqual(['kleur']);
	});
});

describe('catalogue import: checking rows', () => {
	const header = importTemplate('offer', 'csv', 'opleider-x').split('\n')[0];
	const good = importTemplate('offer', 'csv', 'opleider-x').split('\n')[1];

	it('gives every bad row its problems per column, with the line it is on', () => {
		const bad = good!.replace('VCA-2026-01', 'VCA-2').replace('klassikaal', 'per-post').replace('veilig-werken-vca', 'toveren');
		const rows = offersOf([header, good, bad, good].join('\n'));
		expect(rows[0]!.issues).toEqual([]);
		expect(rows[1]).toMatchObject({ line: 3, item: null });
		expect(rows[1]!.issues.map((i) => i.field)).toContain('modality');
		expect(rows[2]!.issues).toEqual([{ field: 'id', key: 'import_error_duplicate', params: { line: '2' } }]);
	});

	it('refuses unknown skills, occupations and an offer of another provider', () => {
		const bad = good!.replace('veilig-werken-vca', 'toveren').replace(',opleider-x,', ',roc-van-twente,');
		const [row] = offersOf([header, bad].join('\n'));
		expect(row!.issues).toEqual(
			expect.arrayContaining([
				{ field: 'providerId', key: 'import_error_other_provider', params: { id: 'opleider-x' } },
			])
		);
	});

	it('derives the catalogue id from the supplier and its own id, the same every time', () => {
		expect(importOfferId('opleider-x', 'A-1')).toBe(importOfferId('opleider-x', 'A-1'));
		expect(importOfferId('opleider-x', 'A-1')).not.toBe(importOfferId('opleider-x', 'a-1'));
		expect(importOfferId('opleider-x', 'A-1')).not.toBe(importOfferId('opleider-y', 'A-1'));
		expect(importOfferId('opleider-x', 'A-1')).toMatch(/^opleider-x-[0-9a-f]{16}$/);
		expect(importOfferId('x'.repeat(80), 'A-1').length).toBeLessThanOrEqual(80);
	});

	it('checks providers by their own id', () => {
		const parsed = parseImportFile(importTemplate('provider', 'csv', 'nieuwe-opleider'), 'csv', 'provider');
		const rows = parsed.ok ? checkProviderRows(parsed.rows) : [];
		expect(rows[0]).toMatchObject({ issues: [], item: { id: 'nieuwe-opleider' } });
		const badParsed = parseImportFile('id,name,kind,gemeenteId,website,description\nX Y,,school,nergens,javascript:alert(1),\n', 'csv', 'provider');
		const bad = badParsed.ok ? checkProviderRows(badParsed.rows) : [];
		expect(bad[0]!.issues.map((i) => i.field).sort()).toEqual(['description', 'id', 'kind', 'name', 'website']);
	});
});

describe('catalogue import: the plan', () => {
	const item = (id: string, title: string) => ({ id, data: { id, title } as Record<string, unknown> });

	it('adds the new, changes the different, archives the missing, leaves the rest', () => {
		const existing = [
			{ id: 'a', data: { title: 'A', id: 'a' }, archived: false },
			{ id: 'b', data: { id: 'b', title: 'B' }, archived: false },
			{ id: 'c', data: { id: 'c', title: 'C' }, archived: false },
			{ id: 'd', data: { id: 'd', title: 'D', archived: true }, archived: true },
			{ id: 'e', data: { id: 'e', title: 'E' }, archived: false }
		];
		const plan = planImport([item('a', 'A'), item('b', 'B2'), item('d', 'D'), item('n', 'N')], existing, new Set(['a', 'b', 'd', 'n', 'e']));
		expect(plan.added.map((i) => i.id)).toEqual(['n']);
		expect(plan.changed.map((i) => i.id)).toEqual(['b', 'd']);
		expect(plan.unchanged).toBe(1);
		// e is in the file (with an error), so it stays; c is gone.
		expect(plan.archived.map((i) => i.id)).toEqual(['c']);
		expect(planImport([], existing, new Set(), false).archived).toEqual([]);
	});

	it('compares data whatever the order of its keys', () => {
		expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableJson({ a: [{ c: 3, d: 2 }], b: 1 }));
	});
});
