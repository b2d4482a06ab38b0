import { DEMO, expect, expectNoA11yViolations, signIn, test } from './support';
import { registerResident, seedWelderPaspoort } from './support-aanbod';

test('a beheerder edits an offer, and the change reaches the resident’s device', async ({ page, browser, baseURL }) => {
	await registerResident(page, 'catalogus');
	await seedWelderPaspoort(page.request);
	// The offer page reads the catalogue on the device. (The aanbod lists rank per kind:
	// TIG-lassen teaches this welder nothing new, so it is not near the top of any list.)
	await page.goto('/mijn/aanbod/crs-tig-lassen');
	await expect(page.getByRole('heading', { level: 1, name: 'TIG-lassen', exact: true })).toBeVisible();

	// A resident cannot write the catalogue, also not by posting the form directly.
	const refused = await page.request.post('/beheer/aanbod/crs-tig-lassen?/save', { form: { kind: 'cursus', title: 'Gekaapt' } });
	expect(refused.status()).toBe(403);

	const staff = await browser.newContext({ baseURL });
	const admin = await staff.newPage();
	await signIn(admin, DEMO.beheerder);
	await admin.goto('/beheer/aanbod');
	await admin.getByLabel('Zoeken op titel, code of aanbieder').fill('TIG-lassen');
	await admin.getByRole('button', { name: 'Zoeken' }).click();
	await expectNoA11yViolations(admin);
	await admin.getByRole('link', { name: 'TIG-lassen', exact: true }).click();
	await expect(admin.getByRole('heading', { name: 'Aanbod wijzigen' })).toBeVisible();
	await expectNoA11yViolations(admin);

	// Invalid input: the error is next to the field, nothing is saved.
	const title = admin.getByLabel('Titel', { exact: true });
	await title.fill('');
	await admin.getByLabel('Kosten in euro').fill('12.5');
	await admin.getByRole('button', { name: 'Opslaan' }).click();
	await expect(admin.getByRole('alert')).toContainText('Er gaat iets mis');
	await expect(title).toHaveAccessibleDescription(/Vul dit in\./);
	await expect(admin.getByLabel('Kosten in euro')).toHaveAttribute('aria-invalid', 'true');
	await expect(admin.getByLabel('Kosten in euro')).toHaveAccessibleDescription(/Vul een heel bedrag in euro in\./);
	await expectNoA11yViolations(admin);

	const newTitle = `TIG-lassen voor gevorderden ${Date.now()}`;
	await title.fill(newTitle);
	await admin.getByLabel('Kosten in euro').fill('525');
	await admin.getByRole('button', { name: 'Opslaan' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Opgeslagen: crs-tig-lassen' })).toBeVisible();
	await expect(admin.getByRole('link', { name: newTitle })).toBeVisible();
	await staff.close();

	// The resident's device picks the change up at its next sync (a reload starts one).
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: newTitle, exact: true })).toBeVisible();
	await expect(page.getByText(/€\s525/)).toBeVisible();
});

test('the beheerder keeps the Kansberoepenlijst with source and date, and archiving takes an offer off the devices', async ({ page }) => {
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer/aanbod/kansberoepen');
	await expect(page.getByRole('heading', { name: 'Kansberoepenlijst Twente' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Lasser', exact: true }).click();
	await page.getByLabel('Bron', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByLabel('Bron', { exact: true })).toHaveAccessibleDescription(/Vul dit in\./);
	await page.getByLabel('Bron', { exact: true }).fill('UWV Kansberoepenlijst Regio Twente');
	await page.getByLabel('Gecontroleerd op').fill('2026-11-20');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lasser', exact: true }) })).toContainText('UWV Kansberoepenlijst Regio Twente');

	await page.goto('/beheer/aanbod/aanbieders');
	await expect(page.getByRole('link', { name: 'ROC van Twente' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.goto('/beheer/aanbod?q=workshop-cv&status=alles');
	const row = page.getByRole('row').filter({ hasText: 'Actief' }).first();
	const name = (await row.getByRole('link').textContent())!.trim();
	await row.getByRole('button', { name: /Archiveren/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Gearchiveerd:' })).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Gearchiveerd');
	await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: /Terugzetten/ }).click();
	await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Actief');
});
