import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, signIn, test } from './support';

const DESKTOP = { width: 1280, height: 800 };
const fixture = (name: string) => readFileSync(`e2e/fixtures/esco/${name}`);
const HEFTRUCK_URI = 'http://data.europa.eu/esco/skill/3a0c5d1e-6b7f-4c2a-9d8e-1f2a3b4c5d01';

async function upload(page: Page, name: string, content: Buffer) {
	await page.getByLabel('ESCO-bestand (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
	await page.getByRole('button', { name: 'Bestand inlezen' }).click();
}

const suggestionTable = (page: Page) => page.getByRole('region', { name: 'Voorstellen om na te kijken' }).getByRole('table');
const mappingTable = (page: Page) => page.getByRole('region', { name: 'Bevestigde koppelingen' }).getByRole('table');
const rowOf = (page: Page, table: ReturnType<typeof suggestionTable>, label: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });

test('a beheerder maps our skills to ESCO: upload, review, confirm, undo; a bad or unknown file changes nothing', async ({ browser, baseURL }) => {
	test.setTimeout(180_000);
	const page = await (await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' })).newPage();
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer');
	await page.getByRole('link', { name: 'Standaard-ids (ESCO)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Standaard-ids (ESCO)' })).toBeVisible();
	// Nothing read in yet: the page says what to upload and documents the format.
	await expect(page.getByRole('heading', { name: 'Nog niets ingelezen' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Welke bestanden' })).toBeVisible();
	await expect(page.getByText('conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description')).toBeVisible();
	await expectNoA11yViolations(page);

	// The Dutch skills file: a suggestion per row with its score and why.
	await upload(page, 'skills_nl.csv', fixture('skills_nl.csv'));
	await expect(page.getByRole('status').filter({ hasText: 'skills_nl.csv: rijen ingelezen: 5.' })).toBeVisible();
	const heftruck = rowOf(page, suggestionTable(page), 'Heftruck rijden');
	await expect(heftruck).toContainText('heftruck rijden');
	await expect(heftruck).toContainText('100');
	await expect(heftruck).toContainText('Onze naam “Heftruck rijden” is de naam in ESCO.');
	await expect(heftruck).toContainText('Rij 2 in skills_nl.csv.');
	await expect(rowOf(page, suggestionTable(page), 'Laden en lossen')).toContainText('Onze naam “Laden en lossen” is een andere naam in ESCO: “laden en lossen”.');
	await expect(rowOf(page, suggestionTable(page), 'Orders verzamelen')).toContainText('Ons synoniem “orderpicken” is de naam in ESCO.');
	await expect(page.getByRole('button', { name: /^Bevestig alle voorstellen met score 95 of hoger/ })).toBeVisible();
	await expectNoA11yViolations(page);
	const suggestions = await suggestionTable(page).getByRole('row').count();

	// Confirm one: it leaves the suggestions and is listed with its ESCO code.
	await heftruck.getByRole('button', { name: 'Bevestigen Heftruck rijden' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Koppelingen bevestigd: 1.' })).toBeVisible();
	await expect(rowOf(page, suggestionTable(page), 'Heftruck rijden')).toHaveCount(0);
	const mapped = rowOf(page, mappingTable(page), 'Heftruck rijden');
	await expect(mapped).toContainText(HEFTRUCK_URI);
	await expect(mapped).toContainText('Vaardigheid');
	await expectNoA11yViolations(page);

	// A file with bad rows: each row with its errors, and nothing read in.
	await upload(page, 'skills_nl_fouten.csv', fixture('skills_nl_fouten.csv'));
	await expect(page.getByRole('alert').filter({ hasText: 'Rijen met een fout: 3. We hebben niets ingelezen.' })).toBeVisible();
	const errors = page.getByRole('region', { name: 'Rijen met fouten in skills_nl_fouten.csv' }).getByRole('table');
	await expect(rowOf(page, errors, '3')).toContainText('Kolom conceptUri: Dit is geen ESCO-code van een vaardigheid.');
	await expect(rowOf(page, errors, '4')).toContainText('Kolom preferredLabel: Vul dit in.');
	await expect(rowOf(page, errors, '5')).toContainText('Kolom conceptUri: Deze code staat ook op rij 2.');
	await expect(suggestionTable(page).getByRole('row')).toHaveCount(suggestions - 1);
	await expect(page.getByLabel('ESCO-bestand (CSV)')).toBeVisible();
	await expectNoA11yViolations(page);

	// A file that is no ESCO file, and one that is too large: a clear message at the file field.
	await upload(page, 'aanbod.csv', Buffer.from('id,kind,title\nVCA-1,cursus,VCA Basis\n'));
	await expect(page.getByText('Dit is geen ESCO-bestand dat we kennen.', { exact: false })).toBeVisible();
	await expect(page.getByLabel('ESCO-bestand (CSV)')).toHaveAttribute('aria-invalid', 'true');
	await upload(page, 'skills_nl.csv', Buffer.concat([fixture('skills_nl.csv'), Buffer.alloc(460_000, 0x20)]));
	await expect(page.getByText('Dit bestand is te groot: hoogstens 450 kB.', { exact: false })).toBeVisible();
	// Over the server's request limit (512K) too: the same message, not an error page.
	await upload(page, 'skills_nl.csv', Buffer.concat([fixture('skills_nl.csv'), Buffer.alloc(600_000, 0x20)]));
	await expect(page.getByText('Dit bestand is te groot: hoogstens 450 kB.', { exact: false })).toBeVisible();
	await expect(suggestionTable(page).getByRole('row')).toHaveCount(suggestions - 1);

	// Undo: the mapping is gone.
	await rowOf(page, mappingTable(page), 'Heftruck rijden').getByRole('button', { name: 'Ongedaan maken Heftruck rijden' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Koppeling ongedaan gemaakt.' })).toBeVisible();
	await expect(page.getByText('Nog geen koppelingen bevestigd.')).toBeVisible();

	// Occupations and their relations: a confirmed occupation shows its essential ESCO skills that are ours too.
	await upload(page, 'occupations_nl.csv', fixture('occupations_nl.csv'));
	await expect(page.getByRole('status').filter({ hasText: 'occupations_nl.csv: rijen ingelezen: 2.' })).toBeVisible();
	await upload(page, 'occupationSkillRelations_nl.csv', fixture('occupationSkillRelations_nl.csv'));
	await expect(page.getByRole('status').filter({ hasText: 'Relaties tussen beroepen en vaardigheden bewaard: 5.' })).toBeVisible();
	await rowOf(page, suggestionTable(page), 'Laden en lossen').getByRole('button', { name: 'Bevestigen Laden en lossen' }).click();
	await rowOf(page, suggestionTable(page), 'Vrachtwagenchauffeur').getByRole('button', { name: 'Bevestigen Vrachtwagenchauffeur' }).click();
	await expect(rowOf(page, mappingTable(page), 'Vrachtwagenchauffeur')).toContainText('Laden en lossen');
	await expectNoA11yViolations(page);

	// Confirm all whole-label matches at once: "Orders verzamelen" (95, through its synonym) is among them.
	await page.getByRole('button', { name: /^Bevestig alle voorstellen met score 95 of hoger/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Koppelingen bevestigd:' })).toBeVisible();
	await expect(rowOf(page, mappingTable(page), 'Orders verzamelen')).toContainText('orderpicken');
	await expect(page.getByRole('button', { name: /^Bevestig alle voorstellen/ })).toHaveCount(0);
	await page.context().close();
});

test('the ESCO page is for the beheerder only', async ({ browser, baseURL }) => {
	const page = await (await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' })).newPage();
	await signIn(page, DEMO.adviseur);
	const response = await page.goto('/beheer/taxonomie/esco');
	expect(response?.status()).toBe(403);
	await page.context().close();
});
