/**
 * Catalogue import: a supplier's CSV of 10 000 offers read, checked row by row against the catalogue schema,
 * compared with the catalogue and written in one transaction (applyImport), then the same file again (nothing
 * changes). The floor, measured in the same run on another supplier: the same 10 000 offers, already parsed
 * and valid, written straight with writeCatalogue, the one write every import ends in.
 */
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { freshDatabase } from '../lib/database';
import type { Figure } from './sync';

const ROWS = 10_000;
const BUDGET_MS = 10_000;
const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function benchCatalogueImport(): Promise<Figure[]> {
	const fresh = await freshDatabase('tp_bench_import', { baseUrl });
	process.env.DATABASE_URL = fresh.url;
	const { database } = await import('../../src/lib/server/db/index');
	try {
		const { db } = await database();
		const { applyImport } = await import('../../src/lib/server/catalogue/import');
		const { writeCatalogue } = await import('../../src/lib/server/sync/catalogue');
		const { OFFER_COLUMNS, importOfferId } = await import('../../src/lib/shared/catalogue-import');
		const provider = (id: string) => ({ kind: 'provider' as const, id, data: { id, name: id, kind: 'particulier', gemeenteId: 'enschede', website: null, description: 'Bench', demo: false } });
		await writeCatalogue(db, [provider('bench-import'), provider('bench-floor')]);

		const row = (i: number): Record<string, string> => ({
			id: `OFFER-${i}`,
			kind: 'cursus',
			title: `Cursus ${i}`,
			gemeenteId: 'enschede',
			modality: 'klassikaal',
			description: 'Leer veilig heftruck rijden.',
			targetOccupationIds: 'orderpicker',
			requiredSkills: 'nederlands-spreken:2',
			labourMarketPerspective: 'ja',
			certificate: 'Certificaat',
			skillsTaught: 'heftruck-rijden|orderpicken',
			taughtLevel: '2',
			durationWeeks: '4',
			hoursPerWeek: '8',
			costEuros: String(100 + (i % 900)),
			startDates: '2027-03-01|2027-09-01'
		});
		const rows = Array.from({ length: ROWS }, (_, i) => row(i + 1));
		const csv = Papa.unparse({ fields: [...OFFER_COLUMNS], data: rows.map((r) => OFFER_COLUMNS.map((c) => r[c] ?? '')) });

		// Floor: the same offers as the import stores them, written straight.
		const floorItems = rows.map((r, i) => {
			const id = importOfferId('bench-floor', r.id!);
			return {
				kind: 'offer' as const,
				id,
				data: { id, kind: 'cursus', title: r.title, providerId: 'bench-floor', gemeenteId: 'enschede', modality: 'klassikaal', description: r.description, targetOccupationIds: ['orderpicker'], requiredSkills: [{ skillId: 'nederlands-spreken', minLevel: 2 }], labourMarketPerspective: true, demo: false, level: null, certificate: 'Certificaat', skillsTaught: ['heftruck-rijden', 'orderpicken'], taughtLevel: 2, durationWeeks: 4, hoursPerWeek: 8, costEuros: 100 + ((i + 1) % 900), startDates: ['2027-03-01', '2027-09-01'], origin: 'import', supplierId: 'bench-floor', externalId: r.id }
			};
		});
		let start = performance.now();
		await writeCatalogue(db, floorItems);
		const floor = performance.now() - start;

		const request = { kind: 'offer' as const, format: 'csv' as const, text: csv, supplierId: 'bench-import' };
		start = performance.now();
		const first = await applyImport(db, request, Number.POSITIVE_INFINITY);
		const firstMs = performance.now() - start;
		if (!first.ok || first.counts.added !== ROWS) throw new Error(`import failed: ${JSON.stringify(first.ok ? first.counts : first)}`);
		start = performance.now();
		const again = await applyImport(db, request, Number.POSITIVE_INFINITY);
		const againMs = performance.now() - start;
		if (!again.ok || again.counts.unchanged !== ROWS) throw new Error('re-import changed something');

		const ratio = (ms: number) => `${(ms / floor).toFixed(1)}× floor`;
		return [
			{ name: `floor: ${ROWS} offers written straight (writeCatalogue)`, value: `${floor.toFixed(0)} ms`, budget: 'n/a', ok: null },
			{ name: `import: CSV of ${ROWS} offers, parse + check + write`, value: `${firstMs.toFixed(0)} ms`, budget: `< ${BUDGET_MS / 1000} s`, ok: firstMs < BUDGET_MS },
			{ name: `import: as a ratio to the floor`, value: ratio(firstMs), budget: 'n/a', ok: null },
			{ name: `re-import: same file, 0 added, 0 changed`, value: `${againMs.toFixed(0)} ms`, budget: `< ${BUDGET_MS / 1000} s`, ok: againMs < BUDGET_MS },
			{ name: `re-import: as a ratio to the floor`, value: ratio(againMs), budget: 'n/a', ok: null }
		];
	} finally {
		await (await database()).close();
		await fresh.drop();
	}
}
