import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectNoA11yViolations, navigateTo, pdfText, readyForOffline, registerResident as register, signIn, test } from './support';
import { seedWelderPaspoort } from './support-aanbod';

const registerResident = (page: Page) => register(page, 'Fatima El Amrani');

async function nav(page: Page, name: string) {
	await navigateTo(page, name);
}

test('a new resident builds a paspoort offline, and it reaches the server', async ({ page, context, browser, baseURL }) => {
	test.setTimeout(120_000);
	const account = await registerResident(page);
	// First run: a paspoort with only the name from registration leads step by step.
	await expect(page.getByText('Je paspoort is voor 4% compleet')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Welkom! We maken samen je paspoort' })).toBeVisible();
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	await readyForOffline(page);
	await expectNoA11yViolations(page);

	await context.setOffline(true);

	// Profile
	await page.getByRole('link', { name: 'Ga naar Over jou' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
	await page.getByLabel('Woonplaats').selectOption({ label: 'Hengelo' });
	await page.getByLabel('Wat is je situatie nu?').selectOption({ label: 'Ik zoek werk' });
	await page.getByLabel('Hoogste opleiding').selectOption({ label: 'mbo 2' });
	await page.getByLabel('Beroep', { exact: true }).selectOption({ label: 'Logistiek planner' });
	await page.getByRole('button', { name: 'Beroep toevoegen' }).click();
	await page.getByLabel('Telefoonnummer').fill('06 1234 abc');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Gebruik alleen cijfers, spaties, + en -.')).toBeVisible();
	await expect(page.getByLabel('Woonplaats')).toHaveValue('hengelo');
	await page.getByLabel('Telefoonnummer').fill('06 1234 5678');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Opgeslagen op dit apparaat.')).toBeVisible();
	await expect(page.getByText(/wacht(en)? op verbinding/).first()).toBeVisible();
	await expectNoA11yViolations(page);

	// One job, with the occupation so skills can be suggested
	await page.getByRole('link', { name: 'Volgende: Werkervaring' }).click();
	await expect(page.getByText('Je hebt nog geen werkervaring toegevoegd.')).toBeVisible();
	await page.getByRole('button', { name: 'Werkervaring toevoegen' }).click();
	await page.getByLabel('Beroep', { exact: true }).selectOption({ label: 'Logistiek medewerker' });
	await expect(page.getByLabel('Functie')).toHaveValue('Logistiek medewerker');
	await page.getByLabel('Werkgever').fill('Distributiecentrum Hengelo');
	await page.getByLabel('Begonnen in').fill('2019-03');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Logistiek medewerker' })).toBeVisible();
	await expectNoA11yViolations(page);

	// Five skills found by search, one typed with a typo
	await page.getByRole('link', { name: 'Volgende: Skills' }).click();
	const search = page.getByLabel('Zoek een skill');
	for (const [query, skill] of [
		['heftruk', 'Heftruck rijden'],
		['excel', 'Werken met Excel'],
		['vca', 'Veilig werken (VCA)'],
		['klantvriendelijk', 'Klantgericht werken'],
		['routes', 'Routes plannen']
	]) {
		await search.fill(query);
		await page.getByRole('button', { name: `Voeg ${skill} toe` }).click();
		await expect(page.getByRole('heading', { name: /Mijn skills/ })).toBeVisible();
		await expect(page.locator('.claims').getByText(skill, { exact: true })).toBeVisible();
	}
	await search.fill('');
	// Suggestions from the job, confirmed with one tap each
	await page.getByRole('button', { name: 'Ja, ik kan: Orders verzamelen' }).click();
	await page.getByRole('button', { name: 'Ja, ik kan: Goederen ontvangen en controleren' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn skills (7)' })).toBeVisible();
	// A self-declared skill never looks validated
	await expect(page.locator('.claims').getByText('Zelf ingeschat')).toHaveCount(7);
	await expect(page.locator('.claims').getByText('Bevestigd door adviseur')).toHaveCount(0);
	await page.getByLabel('Niveau van Heftruck rijden').selectOption({ label: 'Ervaren' });
	await expectNoA11yViolations(page);

	// A certificate with a photo
	await page.getByRole('link', { name: 'Volgende: Opleidingen en certificaten' }).click();
	await page.getByRole('button', { name: 'Certificaat toevoegen' }).click();
	await page.getByLabel('Naam', { exact: true }).fill('Heftruckcertificaat');
	await page.getByLabel('Uitgegeven door').fill('Demo Opleidingen Twente');
	await page.getByLabel('Foto of pdf').setInputFiles({ name: 'heftruck.png', mimeType: 'image/png', buffer: readFileSync('static/icons/icon-192.png') });
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('img', { name: 'Foto van Heftruckcertificaat' })).toBeVisible();
	await expect(page.getByText('Wacht op verbinding om te uploaden')).toBeVisible();
	await expectNoA11yViolations(page);

	// Reload offline: everything is still there
	await nav(page, 'Mijn paspoort');
	await expect(page).toHaveURL(/\/mijn$/);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Fatima El Amrani');
	await expect(page.getByText(/Je paspoort is voor \d+% compleet/)).toBeVisible();
	await expect(page.getByText(/wachten op verbinding/)).toBeVisible();
	await nav(page, 'Profiel');
	await expect(page.getByLabel('Woonplaats')).toHaveValue('hengelo');
	await page.goto('/mijn/skills').catch(() => undefined);
	await expect(page.getByRole('heading', { name: 'Mijn skills (7)' })).toBeVisible();

	// Online: everything reaches the server, the photo too
	await context.setOffline(false);
	await navigateTo(page, 'Mijn paspoort');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible({ timeout: 20_000 });

	const second = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const other = await second.newPage();
	await signIn(other, account);
	await other.goto('/mijn/skills');
	await expect(other.getByRole('heading', { name: 'Mijn skills (7)' })).toBeVisible({ timeout: 20_000 });
	await expect(other.locator('.claims').getByText('Heftruck rijden', { exact: true })).toBeVisible();
	await expect(other.getByLabel('Niveau van Heftruck rijden')).toHaveValue('3');
	await other.goto('/mijn/ervaring');
	await expect(other.getByText('Distributiecentrum Hengelo')).toBeVisible();
	await other.goto('/mijn/opleiding');
	const photo = other.getByRole('img', { name: 'Foto van Heftruckcertificaat' });
	await expect(photo).toBeVisible();
	await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	await other.goto('/mijn/profiel');
	await expect(other.getByLabel('Telefoonnummer')).toHaveValue('06 1234 5678');
	await expect(other.getByRole('list').getByText('Logistiek planner')).toBeVisible();

	// The CV made on the device reads as the resident's own: name, job and skills
	await other.goto('/mijn');
	const [cv] = await Promise.all([other.waitForEvent('download'), other.getByRole('button', { name: 'Download cv (pdf)' }).click()]);
	const text = await pdfText(await cv.path());
	for (const expected of ['Fatima El Amrani', 'Logistiek medewerker', 'Distributiecentrum Hengelo', 'Heftruck rijden', 'Orders verzamelen', 'Heftruckcertificaat']) {
		expect(text).toContain(expected);
	}
	expect(text).not.toContain('06 1234 5678');
	await second.close();
});

test('the resident downloads a CV and a JSON Resume made on the device, also offline', async ({ page, context }) => {
	await registerResident(page);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The worker has precached the app, the PDF code included.
	await readyForOffline(page);
	await context.setOffline(true);
	await page.getByLabel('Zet mijn e-mailadres en telefoonnummer op het cv').check();
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download cv (pdf)' }).click()]);
	expect(pdf.suggestedFilename()).toBe('cv-fatima-el-amrani.pdf');
	const bytes = readFileSync(await pdf.path());
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

	const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON Resume' }).click()]);
	const resume = JSON.parse(readFileSync(await json.path(), 'utf8'));
	expect(resume.basics.name).toBe('Fatima El Amrani');
	await expect(page.getByText('Je bestand staat klaar in je downloads.')).toBeVisible();
	await expectNoA11yViolations(page);
	await context.setOffline(false);
});

test('a CV made offline prints a Turkish name as it is written, under a file name in plain letters', async ({ page, context }) => {
	await register(page, 'Şükrü Yılmaz');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The worker keeps the PDF fonts with the app, so this works without a connection.
	await readyForOffline(page);
	await context.setOffline(true);
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download cv (pdf)' }).click()]);
	expect(pdf.suggestedFilename()).toBe('cv-sukru-yilmaz.pdf');
	expect(await pdfText(await pdf.path())).toContain('Şükrü Yılmaz');
	await context.setOffline(false);
});

test('a CV made offline prints an Arabic name joined and right to left, with a photo picked for it', async ({ page, context }) => {
	await register(page, 'فاطمة الزهراء 🌸');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The worker keeps the Arabic font with the app too; the device asks for it only for this CV.
	await readyForOffline(page);
	await context.setOffline(true);
	await page.getByLabel('Foto op je cv (hoeft niet)').setInputFiles({ name: 'pasfoto.png', mimeType: 'image/png', buffer: readFileSync('static/icons/icon-512.png') });
	await expect(page.getByRole('button', { name: 'Foto weghalen' })).toBeVisible();
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download cv (pdf)' }).click()]);
	const path = await pdf.path();
	// Printed in joined letter forms, which NFKC turns back into the name as typed; the emoji is left out.
	const text = (await pdfText(path)).normalize('NFKC');
	expect(text).toContain('فاطمة الزهراء');
	expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
	const bytes = readFileSync(path).toString('latin1');
	expect(bytes).toContain('NotoSansArabic');
	expect(bytes).toContain('/Subtype /Image');
	await context.setOffline(false);
});

test('on a new phone the home page waits for the paspoort from the server instead of showing an empty start', async ({ browser, baseURL }) => {
	// A resident whose paspoort is on the server (made on another device)...
	const first = await browser.newContext({ baseURL });
	const account = await registerResident(await first.newPage());
	await seedWelderPaspoort(first.request);
	await first.close();

	// ...signs in on a new phone; everything the home page ever shows is recorded from the first paint on.
	const phone = await browser.newContext({ baseURL });
	const page = await phone.newPage();
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { seenTexts: string[] }).seenTexts = seen;
		new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, { childList: true, subtree: true, characterData: true });
	});
	await signIn(page, account);
	await expect(page).toHaveURL(/\/mijn$/);
	await expect(page.getByRole('heading', { name: /Je paspoort is voor [1-9]\d*% compleet/ })).toBeVisible();
	const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts.join('\n'));
	expect(seen).toContain('Je paspoort wordt geladen');
	expect(seen).not.toContain('Welkom! We maken samen je paspoort');
	expect(seen).not.toContain('voor 0% compleet');
	await expectNoA11yViolations(page);
	await phone.close();
});
