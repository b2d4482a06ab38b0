import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectNoA11yViolations, pdfText, registerResident, signIn, test } from './support';
import { seedWelderPaspoort } from './support-aanbod';
import { germanLeftovers } from './support-i18n';

/** The page is in German: `<html lang="de">`, axe finds nothing, and no Dutch or English interface text shows. */
async function expectGermanPage(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expectNoA11yViolations(page);
	expect(await germanLeftovers(page), `Dutch or English text on ${page.url()}`).toEqual([]);
}

test('a new resident switches to German, gets it on a second device at once, and downloads a German CV', async ({ page, browser, baseURL }) => {
	test.setTimeout(300_000);
	const account = await registerResident(page, 'Jana Schröder');
	await seedWelderPaspoort(page.request);

	// The language is chosen on the account page; the page comes back in German.
	await page.goto('/account');
	const choice = page.getByRole('group', { name: 'Taal' });
	await expect(choice.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
	await Promise.all([page.waitForEvent('load'), choice.getByRole('button', { name: 'Deutsch' }).click()]);
	await expect(page.getByRole('heading', { level: 1, name: 'Konto' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
	await expectGermanPage(page);

	await page.goto('/mijn');
	await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Jana Schröder' })).toBeVisible();
	await expect(page.getByText('Alles gespeichert')).toBeVisible();
	await expectGermanPage(page);
	for (const [path, heading] of [
		['/mijn/profiel', 'Über Sie'],
		['/mijn/skills', 'Fähigkeiten'],
		['/mijn/aanbod', 'Angebot, das zu Ihnen passt'],
		['/mijn/apk', 'Loopbaan-APK']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expectGermanPage(page);
	}

	// A new device: the sign-in page is in the device's language, the app after it in the account's.
	const device = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
	const other = await device.newPage();
	await signIn(other, account);
	await expect(other).toHaveURL(/\/mijn$/);
	await expect(other.getByRole('heading', { level: 1, name: 'Willkommen, Jana Schröder' })).toBeVisible();
	await expectGermanPage(other);

	// The CV from the second device has German headings and a German date line.
	await expect(other.getByText('Alles gespeichert')).toBeVisible({ timeout: 20_000 });
	await expect(other.getByText('Berufserfahrung').first()).toBeVisible();
	const [cv] = await Promise.all([other.waitForEvent('download'), other.getByRole('button', { name: 'Lebenslauf herunterladen (PDF)' }).click()]);
	const text = await pdfText(await cv.path());
	// Headings print in capitals; the welder's skills keep their Dutch names (taxonomy data, see decisions.md).
	expect(text.toLocaleUpperCase('de-DE')).toContain('FÄHIGKEITEN');
	for (const phrase of ['Selbst eingeschätzt', 'Erfahren', 'Erstellt mit Talentpaspoort Twente am', 'TIG-lassen']) expect(text).toContain(phrase);
	expect(text).not.toMatch(/Zelf ingeschat|Ervaren|Gemaakt met|Self-assessed|Made with/i);
	expect(text).toMatch(/\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/);

	// The JSON Resume names skills in the interface language as well (the taxonomy's Dutch, see decisions.md).
	const [json] = await Promise.all([other.waitForEvent('download'), other.getByRole('button', { name: 'JSON Resume herunterladen' }).click()]);
	const resume = JSON.parse(readFileSync(await json.path(), 'utf8')) as { basics: { name: string }; skills: { level: string }[] };
	expect(resume.basics.name).toBe('Jana Schröder');
	expect(resume.skills.map((s) => s.level)).toContain('Erfahren');
	await device.close();
});

test('signed out, the language switch offers Deutsch and the public pages read German', async ({ page }) => {
	await page.goto('/');
	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: /Deutsch/ }).click()]);
	await expect(page.getByRole('heading', { level: 1, name: 'Zeigen Sie, was Sie können' })).toBeVisible();
	await expectGermanPage(page);
	for (const [path, heading] of [
		['/registreren', 'Konto erstellen'],
		['/inloggen', 'Anmelden'],
		['/privacy', 'Datenschutzerklärung']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expectGermanPage(page);
	}
});
