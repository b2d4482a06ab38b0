import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO = {
	inwoner: { email: 'inwoner@demo.talentpaspoort.nl', password: 'Demo-inwoner-2026' },
	adviseur: { email: 'adviseur@demo.talentpaspoort.nl', password: 'Demo-adviseur-2026' },
	werkgever: { email: 'werkgever@demo.talentpaspoort.nl', password: 'Demo-werkgever-2026' },
	beheerder: { email: 'beheer@demo.talentpaspoort.nl', password: 'Demo-beheer-2026' }
} as const;

/** Fails the test on any WCAG 2.0/2.1 A or AA violation on the page as it is now. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).not.toHaveURL(/\/inloggen/);
}

export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.nl`;
}

/** A resident of its own per test, so no other test (or repeat) edits the same portfolio meanwhile. */
export async function registerResident(page: Page, name = 'Test Inwoner'): Promise<{ email: string; password: string }> {
	const account = { email: uniqueEmail('inwoner'), password: 'een-lang-wachtwoord-2026' };
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
	return account;
}

/** The text of every page of a PDF file, as a reader would get it by selecting all. */
export async function pdfText(source: string | Uint8Array): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const { readFileSync } = await import('node:fs');
	const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source);
	const pdf = await getDocument({ data, useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join('\n');
}
