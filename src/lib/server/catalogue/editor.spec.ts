import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OFFERS, KANSBEROEPEN, PROVIDERS } from '$lib/data/catalogue';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { pullCatalogue } from '$lib/server/sync/catalogue';
import { getCatalogueEntry, saveCatalogueItem, setArchived } from './editor';
import { kansberoepFromForm, kansberoepToForm, offerFromForm, offerToForm, providerFromForm, providerToForm } from './forms';
import { seedCatalogue } from './seed';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
	await seedCatalogue(handle.db);
});
afterAll(() => handle.close());

const course = DEMO_OFFERS.find((o) => o.kind === 'cursus')!;

async function headCursor(): Promise<number> {
	let since = 0;
	for (;;) {
		const page = await pullCatalogue(handle.db, { since, limit: 1000 });
		since = page.cursor;
		if (!page.hasMore) return since;
	}
}

describe('catalogue editor', () => {
	it('saves an edited offer from its form values, and devices pull exactly that change', async () => {
		const since = await headCursor();
		const values = { ...offerToForm(course), title: 'VCA basis (nieuwe opzet)', costEuros: '310' };
		const result = await saveCatalogueItem(handle.db, 'offer', offerFromForm(values), course.id);
		expect(result).toEqual({ ok: true, id: course.id });
		const page = await pullCatalogue(handle.db, { since, limit: 100 });
		expect(page.records).toHaveLength(1);
		expect(page.records[0]).toMatchObject({ kind: 'offer', id: course.id, data: { title: 'VCA basis (nieuwe opzet)', costEuros: 310 } });
	});

	it('refuses an invalid offer with Dutch errors per field, and writes nothing', async () => {
		const since = await headCursor();
		const values = {
			...offerToForm(course),
			title: '',
			costEuros: '12.5',
			startDates: '1 september',
			providerId: 'bestaat-niet',
			requiredSkills: 'lassen-op-de-maan:2',
			targetOccupationIds: 'astronaut'
		};
		const result = await saveCatalogueItem(handle.db, 'offer', offerFromForm(values), course.id);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.title).toEqual(['Vul dit in.']);
		expect(result.errors.costEuros).toEqual(['Vul een heel bedrag in euro in.']);
		expect(result.errors.startDates).toEqual(['Vul een datum in als JJJJ-MM-DD.']);
		expect((await pullCatalogue(handle.db, { since, limit: 10 })).records).toEqual([]);

		// Once the shape is right, references are checked against the catalogue and the taxonomy.
		const shaped = { ...values, title: 'Goed', costEuros: '300', startDates: '2027-03-01' };
		const second = await saveCatalogueItem(handle.db, 'offer', offerFromForm(shaped), course.id);
		expect(second.ok).toBe(false);
		if (second.ok) return;
		expect(second.errors.providerId).toEqual(['Deze aanbieder staat niet (actief) in de catalogus.']);
		expect(second.errors.requiredSkills).toEqual(['Onbekende vaardigheid: lassen-op-de-maan']);
		expect(second.errors.targetOccupationIds).toEqual(['Onbekend beroep: astronaut']);
	});

	it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.nl/x', 'vbscript:msgbox(1)', 'https://'])(
		'refuses %s as the web address of a kansberoep source or a provider, and writes nothing',
		async (address) => {
			const since = await headCursor();
			const kansberoep = KANSBEROEPEN[0]!;
			const source = await saveCatalogueItem(handle.db, 'kansberoep', kansberoepFromForm({ ...kansberoepToForm(kansberoep), sourceUrl: address }), kansberoep.occupationId);
			expect(source).toEqual({ ok: false, errors: { sourceUrl: ['Vul een webadres in dat begint met https:// of http://.'] } });
			const provider = PROVIDERS[0]!;
			const saved = await saveCatalogueItem(handle.db, 'provider', providerFromForm({ ...providerToForm(provider), website: address }), provider.id);
			expect(saved).toEqual({ ok: false, errors: { website: ['Vul een webadres in dat begint met https:// of http://.'] } });
			expect((await pullCatalogue(handle.db, { since, limit: 10 })).records).toEqual([]);
		}
	);

	it('checks the fields that belong to a vacature and refuses a code that is taken', async () => {
		const vacature = DEMO_OFFERS.find((o) => o.kind === 'vacature')!;
		const values = { ...offerToForm(vacature), hoursPerWeekMin: '38', hoursPerWeekMax: '20' };
		const result = await saveCatalogueItem(handle.db, 'offer', offerFromForm(values), vacature.id);
		expect(result).toEqual({ ok: false, errors: { hoursPerWeekMax: ['Het maximum moet minstens zo groot zijn als het minimum.'] } });
		const copy = await saveCatalogueItem(handle.db, 'offer', offerFromForm(offerToForm(vacature)), null);
		expect(copy).toEqual({ ok: false, errors: { id: ['Deze code is al in gebruik.'] } });
	});

	it('archives an offer so devices drop it, and keeps it for the beheerder to restore', async () => {
		const since = await headCursor();
		expect(await setArchived(handle.db, 'offer', course.id, true)).toBe(true);
		const page = await pullCatalogue(handle.db, { since, limit: 10 });
		expect(page.records[0]).toMatchObject({ id: course.id, deleted: false, data: { archived: true } });
		expect((await getCatalogueEntry(handle.db, 'offer', course.id))?.archived).toBe(true);
		await setArchived(handle.db, 'offer', course.id, false);
		expect((await getCatalogueEntry(handle.db, 'offer', course.id))?.archived).toBe(false);
		expect(await setArchived(handle.db, 'offer', 'bestaat-niet', true)).toBe(false);
	});

	it('keeps a kansberoep with its source and date, and refuses one without', async () => {
		const ok = await saveCatalogueItem(
			handle.db,
			'kansberoep',
			kansberoepFromForm({ occupationId: 'logistiek-medewerker', outlook: 'kansberoep', sourceTitle: 'UWV Kansberoepenlijst Twente 2026', sourceUrl: 'https://www.uwv.nl', sourceReference: '', checkedAt: '2026-11-20', verified: 'on' }),
			null
		);
		expect(ok.ok).toBe(true);
		const saved = await getCatalogueEntry(handle.db, 'kansberoep', 'logistiek-medewerker');
		expect(saved?.data).toMatchObject({ source: { title: 'UWV Kansberoepenlijst Twente 2026', url: 'https://www.uwv.nl', reference: null }, checkedAt: '2026-11-20', verified: true });
		const bad = await saveCatalogueItem(handle.db, 'kansberoep', kansberoepFromForm({ occupationId: 'lasser', outlook: 'kansberoep', sourceTitle: '', checkedAt: '' }), 'lasser');
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['checkedAt', 'sourceTitle']);
	});
});
