import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { OFFER_COLUMNS, importOfferId, importTemplate } from '$lib/shared/catalogue-import';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullCatalogue } from '$lib/server/sync/catalogue';
import { getCatalogueEntry, saveCatalogueItem } from './editor';
import { applyImport, previewImport } from './import';
import { seedCatalogue } from './seed';

let handle: DbHandle;
const SUPPLIER = 'import-test-opleider';

beforeAll(async () => {
	handle = await openTestDatabase();
	await seedCatalogue(handle.db);
	const saved = await saveCatalogueItem(
		handle.db,
		'provider',
		{ id: SUPPLIER, name: 'Import Test Opleider', kind: 'particulier', gemeenteId: 'enschede', website: null, description: 'Voor de import.', demo: false },
		null
	);
	expect(saved.ok).toBe(true);
});
afterAll(() => handle.close());

async function headCursor(): Promise<number> {
	let since = 0;
	for (;;) {
		const page = await pullCatalogue(handle.db, { since, limit: 1000 });
		since = page.cursor;
		if (!page.hasMore) return since;
	}
}

/** A file of `count` courses with the supplier's ids C-1 … C-count; `edit` may change a row's cells. */
function courses(count: number, edit: (row: Record<string, string>, i: number) => void = () => {}): string {
	const template = Papa.parse<Record<string, string>>(importTemplate('offer', 'csv', SUPPLIER), { header: true, skipEmptyLines: true }).data[0]!;
	const rows = Array.from({ length: count }, (_, i) => {
		const row: Record<string, string> = { ...template, id: `C-${i + 1}`, title: `Cursus ${i + 1}` };
		edit(row, i);
		return row;
	});
	return Papa.unparse({ fields: [...OFFER_COLUMNS], data: rows.map((r) => OFFER_COLUMNS.map((c) => r[c] ?? '')) });
}

const offerRequest = (text: string) => ({ kind: 'offer' as const, format: 'csv' as const, text, supplierId: SUPPLIER });

describe('catalogue import', () => {
	it('previews without writing, then imports the valid rows; devices pull them', async () => {
		const text = courses(20, (row, i) => {
			if (i === 3) row.modality = 'per-post';
			if (i === 7) row.startDates = '1 maart';
		});
		const since = await headCursor();
		const preview = await previewImport(handle.db, offerRequest(text));
		expect(preview).toMatchObject({ ok: true, counts: { rows: 20, errors: 2, added: 18, changed: 0, unchanged: 0, archived: 0 } });
		expect(await headCursor()).toBe(since);
		if (!preview.ok) return;
		expect(preview.rows.filter((r) => r.action === 'error').map((r) => [r.line, r.errors.map((e) => e.field)])).toEqual([
			[5, ['modality']],
			[9, ['startDates']]
		]);

		const report = await applyImport(handle.db, offerRequest(text));
		expect(report).toMatchObject({ ok: true, counts: { added: 18, changed: 0, archived: 0, errors: 2 } });
		const page = await pullCatalogue(handle.db, { since, limit: 100 });
		expect(page.records).toHaveLength(18);
		expect(page.records[0]!.data).toMatchObject({ providerId: SUPPLIER, origin: 'import', supplierId: SUPPLIER });
	});

	it('is idempotent by the supplier id: the same file again changes nothing and writes nothing', async () => {
		const text = courses(20, (row, i) => {
			if (i === 3) row.modality = 'per-post';
			if (i === 7) row.startDates = '1 maart';
		});
		const since = await headCursor();
		const report = await applyImport(handle.db, offerRequest(text));
		expect(report).toMatchObject({ ok: true, counts: { added: 0, changed: 0, unchanged: 18, archived: 0 } });
		expect(await headCursor()).toBe(since);
	});

	it('updates a changed row, archives what left the file (not a row with an error), and restores what comes back', async () => {
		// Row 4 (C-4) is now fixed and new; C-9 still has its error; C-20 left the file; C-2 changed its price.
		const text = courses(19, (row, i) => {
			if (i === 1) row.costEuros = '350';
			if (i === 7) row.startDates = '1 maart';
		});
		const report = await applyImport(handle.db, offerRequest(text));
		expect(report).toMatchObject({ ok: true, counts: { added: 1, changed: 1, archived: 1, unchanged: 16 } });
		expect(report.ok && report.archivedTitles).toEqual(['Cursus 20']);
		const changed = await getCatalogueEntry(handle.db, 'offer', importOfferId(SUPPLIER, 'C-2'));
		expect(changed?.data).toMatchObject({ costEuros: 350 });
		const gone = await getCatalogueEntry(handle.db, 'offer', importOfferId(SUPPLIER, 'C-20'));
		expect(gone?.archived).toBe(true);

		const back = await applyImport(handle.db, offerRequest(courses(20, (row, i) => { if (i === 1) row.costEuros = '350'; if (i === 7) row.startDates = '1 maart'; })));
		expect(back).toMatchObject({ ok: true, counts: { added: 0, changed: 1, archived: 0 } });
		expect((await getCatalogueEntry(handle.db, 'offer', importOfferId(SUPPLIER, 'C-20')))?.archived).toBe(false);
	});

	it('leaves the demo catalogue and other suppliers alone', async () => {
		const demo = (await pullCatalogue(handle.db, { since: 0, limit: 10_000 })).records.filter((r) => r.kind === 'offer' && !(r.data as { supplierId?: string } | null)?.supplierId);
		const report = await applyImport(handle.db, offerRequest(courses(1)));
		// C-9 never got in (its row always had an error), C-1 stays: 18 of the 20 are archived.
		expect(report.ok && report.counts.archived).toBe(18);
		const after = (await pullCatalogue(handle.db, { since: 0, limit: 10_000 })).records.filter((r) => r.kind === 'offer' && !(r.data as { supplierId?: string } | null)?.supplierId);
		expect(after.filter((r) => (r.data as { archived?: boolean }).archived).length).toBe(demo.filter((r) => (r.data as { archived?: boolean }).archived).length);
	});

	it('writes nothing for a file problem or an unknown provider, and says why', async () => {
		const since = await headCursor();
		expect(await applyImport(handle.db, { ...offerRequest('[{"id": 1'), format: 'json' })).toMatchObject({ ok: false, problem: 'bad-json' });
		expect(await applyImport(handle.db, offerRequest('title\nx\n'))).toMatchObject({ ok: false, problem: 'missing-columns', message: expect.stringContaining('id') });
		expect(await applyImport(handle.db, { ...offerRequest(courses(2)), supplierId: 'niet-bestaand' })).toMatchObject({ ok: false, problem: 'unknown-supplier' });
		expect(await applyImport(handle.db, offerRequest('x'.repeat(460_000)))).toMatchObject({ ok: false, problem: 'too-large' });
		expect(await headCursor()).toBe(since);
	});

	it('rolls the whole import back when a write fails halfway', async () => {
		const since = await headCursor();
		const failing = new Proxy(handle.db, {
			get(target, key, receiver) {
				if (key !== 'transaction') return Reflect.get(target, key, receiver);
				return (run: (tx: unknown) => Promise<unknown>) =>
					target.transaction(async (tx) =>
						run(
							new Proxy(tx, {
								get(t, k, r) {
									if (k !== 'transaction') return Reflect.get(t, k, r);
									return (inner: (tx2: unknown) => Promise<unknown>) =>
										t.transaction(async (tx2) => {
											await inner(tx2);
											throw new Error('disk full');
										});
								}
							})
						)
					);
			}
		});
		await expect(applyImport(failing, offerRequest(courses(30)))).rejects.toThrow('disk full');
		expect(await headCursor()).toBe(since);
	});

	it('imports providers by their own id, adding and changing', async () => {
		const text = 'id,name,kind,gemeenteId,website,description\nimport-test-school,Import School,mbo,hengelo,,Een school.\n';
		expect(await applyImport(handle.db, { kind: 'provider', format: 'csv', text, supplierId: null })).toMatchObject({ ok: true, counts: { added: 1 } });
		expect(await applyImport(handle.db, { kind: 'provider', format: 'csv', text, supplierId: null })).toMatchObject({ ok: true, counts: { added: 0, changed: 0, unchanged: 1 } });
		const renamed = text.replace('Import School', 'Import School Hengelo');
		expect(await applyImport(handle.db, { kind: 'provider', format: 'csv', text: renamed, supplierId: null })).toMatchObject({ ok: true, counts: { changed: 1 } });
		expect((await getCatalogueEntry(handle.db, 'provider', 'import-test-school'))?.data.name).toBe('Import School Hengelo');
	});
});
