import type { Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, signIn, test, uniqueEmail } from './support';

const DESKTOP = { width: 1280, height: 800 };
const HEADER = 'id,kind,title,providerId,gemeenteId,modality,description,targetOccupationIds,requiredSkills,labourMarketPerspective,level,certificate,schoolProviderId,skillsTaught,taughtLevel,durationWeeks,hoursPerWeek,costEuros,startDates';

/** 200 courses of one supplier; rows 11, 42, 77, 120 and 199 (lines 12, 43, …) each have one mistake. */
function offersCsv(): { csv: string; bad: { line: number; text: string }[] } {
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
		if (n === 11) {
			row.modality = 'per-post';
			bad.push({ line: n + 1, text: 'Kolom modality' });
		}
		if (n === 42) {
			row.starts = '1 maart';
			bad.push({ line: n + 1, text: 'Kolom startDates: Vul een datum in als JJJJ-MM-DD.' });
		}
		if (n === 77) {
			row.skills = 'toveren';
			bad.push({ line: n + 1, text: 'Onbekende vaardigheid: toveren' });
		}
		if (n === 120) {
			row.title = '';
			bad.push({ line: n + 1, text: 'Kolom title: Vul dit in.' });
		}
		if (n === 199) {
			row.id = 'CRS-5';
			bad.push({ line: n + 1, text: 'Deze code staat ook op regel 6.' });
		}
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

	const { csv, bad } = offersCsv();
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

test('a provider account, invited by the beheerder, sees, imports and edits only its own offers', async ({ browser, baseURL }) => {
	test.setTimeout(240_000);
	const stamp = Date.now();
	const supplier = `e2e-aanbieder-${stamp}`;
	const organisation = `Opleider ${stamp}`;
	const admin = await (await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' })).newPage();
	await signIn(admin, DEMO.beheerder);
	await admin.goto('/beheer/aanbod/import');
	await admin.getByLabel('Aanbieders', { exact: true }).check();
	await upload(admin, 'aanbieders.csv', `id,name,kind,gemeenteId,website,description\n${supplier},${organisation},particulier,hengelo,,Korte cursussen.\n`);
	await admin.getByRole('button', { name: 'Importeer 1 goede regels' }).click();
	await expect(admin.getByText('1 toegevoegd', { exact: false })).toBeVisible();

	await admin.goto('/beheer/uitnodigingen');
	await admin.locator('#org-name').fill(organisation);
	await admin.locator('#org-kind').selectOption('provider');
	await admin.getByLabel('Aanbieder in de catalogus').selectOption(supplier);
	await admin.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	await expect(admin.getByText(`Organisatie ${organisation} is toegevoegd.`)).toBeVisible();
	await admin.reload();
	await admin.getByLabel('E-mailadres').fill(uniqueEmail('aanbieder'));
	await admin.getByLabel('Rol').selectOption({ label: 'Aanbieder' });
	await admin.getByLabel('Organisatie', { exact: true }).selectOption({ label: organisation });
	await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
	const link = (await admin.getByTestId('invitation-link').textContent())!.trim();
	await admin.context().close();

	const page = await (await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' })).newPage();
	await page.goto(link);
	await page.getByLabel('Naam', { exact: true }).fill('Anna Aanbieder');
	await page.getByLabel('Nieuw wachtwoord').fill('aanbieder-wachtwoord-1');
	await page.getByRole('button', { name: 'Account activeren' }).click();
	await expect(page).toHaveURL(/\/aanbieder$/);
	await expect(page.getByText('Er staat nog geen aanbod van jou in de catalogus.')).toBeVisible();
	await expectNoA11yViolations(page);

	// Its own offers by file; a row for another provider is refused next to the row.
	await page.getByRole('link', { name: 'Aanbod importeren uit een bestand' }).click();
	const rows = [
		`A-1,cursus,Heftruck basis,,hengelo,klassikaal,Leer heftruck rijden.,,,nee,,Certificaat,,heftruck-rijden,2,1,8,300,2027-03-01`,
		`A-2,cursus,Heftruck gevorderd,,hengelo,klassikaal,Verder met heftruck rijden.,,,nee,,Certificaat,,heftruck-rijden,3,1,8,400,2027-04-01`,
		`A-3,cursus,Niet van mij,roc-van-twente,hengelo,klassikaal,Van een ander.,,,nee,,Certificaat,,heftruck-rijden,2,1,8,300,2027-03-01`
	];
	await upload(page, 'mijn-aanbod.csv', `${HEADER}\n${rows.join('\n')}\n`);
	await expect(page.getByText('3 regels: 2 goed, 1 met fouten.', { exact: false })).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: 'Niet van mij' })).toContainText(`Dit bestand is voor aanbieder ${supplier}.`);
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Importeer 2 goede regels' }).click();
	await expect(page.getByText('2 toegevoegd, 0 gewijzigd, 0 gearchiveerd, 0 ongewijzigd. 1 regels met fouten zijn overgeslagen.')).toBeVisible();

	await page.getByRole('link', { name: 'Terug naar mijn aanbod' }).click();
	await expect(page.getByRole('link', { name: 'Heftruck basis' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Heftruck gevorderd' })).toBeVisible();
	await page.getByRole('link', { name: 'Heftruck basis' }).click();
	await expectNoA11yViolations(page);
	await page.getByLabel('Titel').fill('Heftruck basis (nieuw)');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page).toHaveURL(/\/aanbieder\?opgeslagen=/);
	await expect(page.getByRole('link', { name: 'Heftruck basis (nieuw)' })).toBeVisible();

	// Someone else's offer does not exist for this account, and the beheerder's pages are closed.
	const other = await page.goto('/aanbieder/aanbod/vca-basis-almelo');
	expect(other?.status()).toBe(404);
	const beheer = await page.goto('/beheer/aanbod/import');
	expect(beheer?.status()).toBe(403);
	await page.context().close();
});
