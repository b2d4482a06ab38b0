import type { Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, signIn, test } from './support';

const DESKTOP = { width: 1280, height: 800 };
const HEADER = 'id,kind,title,providerId,gemeenteId,modality,description,targetOccupationIds,requiredSkills,labourMarketPerspective,level,certificate,schoolProviderId,skillsTaught,taughtLevel,durationWeeks,hoursPerWeek,costEuros,startDates';

/** 200 courses of one supplier; rows 11, 42, 77, 120 and 199 (lines 12, 43, …) each have one mistake. */
function offersCsv(supplier: string): { csv: string; bad: { line: number; text: string }[] } {
	const bad: { line: number; text: string }[] = [];
	const rows = Array.from({ length: 200 }, (_, i) => {
		const n = i + 1;
		const row = {
			id: `CRS-${n}`,
			title: `Cursus heftruck ${n}`,
			modality: 'klassikaal',
			skills: 'heftruck-rijden',
			starts: '2027-03-01|2027-09-01'
		};
		if (n === 11) (row.modality = 'per-post'), bad.push({ line: n + 1, text: 'Kolom modality' });
		if (n === 42) (row.starts = '1 maart'), bad.push({ line: n + 1, text: 'Kolom startDates: Vul een datum in als JJJJ-MM-DD.' });
		if (n === 77) (row.skills = 'toveren'), bad.push({ line: n + 1, text: 'Onbekende vaardigheid: toveren' });
		if (n === 120) (row.title = ''), bad.push({ line: n + 1, text: 'Kolom title: Vul dit in.' });
		if (n === 199) (row.id = 'CRS-5'), bad.push({ line: n + 1, text: 'Deze code staat ook op regel 6.' });
		return [row.id, 'cursus', row.title, '', 'enschede', row.modality, 'Leer veilig heftruck rijden.', 'orderpicker', '', 'ja', '', 'Certificaat heftruck', '', row.skills, '2', '1', '8', '450', row.starts].join(',');
	});
	return { csv: `${HEADER}\n${rows.join('\n')}\n`, bad };
}

async function upload(page: Page, name: string, content: string) {
	await page.getByLabel('Bestand (CSV of JSON)').setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(content) });
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
}

test('a beheerder imports 200 offers with 5 bad rows: preview with each error on its row, import, report, and a re-import changes nothing', async ({ browser, baseURL }) => {
	test.setTimeout(240_000);
	const supplier = `e2e-import-${Date.now()}`;
	const page = await (await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' })).newPage();
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer/aanbod');
	await page.getByRole('link', { name: 'Importeren uit een bestand' }).click();
	await expect(page.getByRole('heading', { name: 'Catalogus importeren' })).toBeVisible();
	await expectNoA11yViolations(page);

	// The templates download as files.
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Sjabloon aanbod (CSV)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('sjabloon-aanbod.csv');

	// First the supplier itself, from a providers file.
	await page.getByLabel('Aanbieders', { exact: true }).check();
	await upload(page, 'aanbieders.json', JSON.stringify([{ id: supplier, name: `Heftruckschool ${supplier}`, kind: 'particulier', gemeenteId: 'enschede', website: 'https://heftruck.example.org', description: 'Cursussen heftruck.' }]));
	await expect(page.getByRole('status').filter({ hasText: '1 regels: 1 goed, 0 met fouten.' })).toBeVisible();
	await page.getByRole('button', { name: 'Importeer 1 goede regels' }).click();
	await expect(page.getByText('1 toegevoegd, 0 gewijzigd, 0 gearchiveerd, 0 ongewijzigd.')).toBeVisible();

	// A bad file gets one clear message, and nothing else happens.
	await page.getByLabel('Aanbod van één aanbieder').check();
	await page.getByLabel('Aanbieder van het aanbod').selectOption(supplier);
	await upload(page, 'kapot.json', '[{"id": "x",');
	await expect(page.getByText('Dit is geen goede JSON.', { exact: false })).toBeVisible();

	const { csv, bad } = offersCsv(supplier);
	await page.getByLabel('Aanbieder van het aanbod').selectOption(supplier);
	await upload(page, 'heftruck.csv', csv);
	await expect(page.getByText('200 regels: 195 goed, 5 met fouten.', { exact: false })).toBeVisible();
	await expect(page.getByText('Als je importeert: 195 nieuw, 0 gewijzigd, 0 hetzelfde, 0 gearchiveerd.', { exact: false })).toBeVisible();
	const errorRows = page.getByRole('table').first().getByRole('row');
	await expect(errorRows).toHaveCount(6);
	for (const { line, text } of bad) {
		const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) }).first();
		await expect(row).toContainText(text);
	}
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Importeer 195 goede regels' }).click();
	await expect(page.getByRole('heading', { name: 'Import klaar' })).toBeVisible();
	await expect(page.getByText('195 toegevoegd, 0 gewijzigd, 0 gearchiveerd, 0 ongewijzigd. 5 regels met fouten zijn overgeslagen.')).toBeVisible();
	await expectNoA11yViolations(page);

	// The same file again: nothing changes.
	await page.getByLabel('Aanbieder van het aanbod').selectOption(supplier);
	await upload(page, 'heftruck.csv', csv);
	await expect(page.getByText('Als je importeert: 0 nieuw, 0 gewijzigd, 195 hetzelfde, 0 gearchiveerd.', { exact: false })).toBeVisible();
	await page.getByRole('button', { name: 'Importeer 195 goede regels' }).click();
	await expect(page.getByText('0 toegevoegd, 0 gewijzigd, 0 gearchiveerd, 195 ongewijzigd. 5 regels met fouten zijn overgeslagen.')).toBeVisible();

	// The offers are in the catalogue under their supplier.
	await page.goto(`/beheer/aanbod?q=${encodeURIComponent('Cursus heftruck 200')}`);
	await expect(page.getByRole('link', { name: 'Cursus heftruck 200' })).toBeVisible();
	await page.context().close();
});
