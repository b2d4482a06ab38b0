import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, navigateTo, signIn, test, uniqueEmail } from './support';

const DESKTOP = { width: 1280, height: 800 };

async function invite(page: Page, email: string): Promise<string> {
	await page.goto('/beheer/uitnodigingen');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol').selectOption({ label: 'Adviseur' });
	await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
	return (await page.getByTestId('invitation-link').textContent())!.trim();
}

async function accept(browser: Browser, link: string, password: string): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const invited = await context.newPage();
	await invited.goto(link);
	await invited.getByLabel('Naam', { exact: true }).fill('Mila Medewerker');
	await invited.getByLabel('Nieuw wachtwoord').fill(password);
	await invited.getByRole('button', { name: 'Account activeren' }).click();
	await expect(invited).toHaveURL(/\/adviseur$/);
	return invited;
}

async function tryToSignIn(page: Page, account: { email: string; password: string }): Promise<void> {
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

test('a beheerder switches a staff account off and on again, and changes its roles', async ({ page, browser }) => {
	const account = { email: uniqueEmail('medewerker'), password: 'medewerker-wachtwoord-1' };
	await signIn(page, DEMO.beheerder);
	const link = await invite(page, account.email);
	const invited = await accept(browser, link, account.password);

	await navigateTo(page, 'Medewerkers');
	await expect(page).toHaveURL(/\/beheer\/medewerkers$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medewerkers');
	const card = page.getByTestId('staff-account').filter({ hasText: account.email });
	await expect(card.getByRole('heading', { level: 2 })).toHaveText('Mila Medewerker');
	await expect(card).toContainText('Adviseur');
	await expect(card.getByTestId('staff-status')).toHaveText('Actief');
	await expectNoA11yViolations(page);

	// Your own account has no switch, and its beheerder role cannot be unticked.
	const own = page.getByTestId('staff-account').filter({ hasText: DEMO.beheerder.email });
	await expect(own).toContainText('Dit is je eigen account.');
	await expect(own.getByRole('button', { name: /Account uitzetten/ })).toHaveCount(0);
	await expect(own.getByRole('checkbox', { name: 'Beheerder' })).toBeDisabled();

	await card.getByRole('button', { name: /Account uitzetten\s*: Mila Medewerker/ }).click();
	await expect(page.getByTestId('staff-done')).toContainText('Het account van Mila Medewerker staat uit.');
	await expect(card.getByTestId('staff-status')).toContainText('Uitgezet op');
	await expectNoA11yViolations(page);

	// The session they had ends at once, and signing in gets the answer of a wrong password.
	await invited.goto('/adviseur');
	await expect(invited).toHaveURL(/\/inloggen/);
	await tryToSignIn(invited, account);
	await expect(invited.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.')).toBeVisible();
	await expect(invited).toHaveURL(/\/inloggen/);

	await card.getByRole('button', { name: /Account weer aanzetten\s*: Mila Medewerker/ }).click();
	await expect(page.getByTestId('staff-done')).toContainText('Het account van Mila Medewerker staat weer aan.');
	await expect(card.getByTestId('staff-status')).toHaveText('Actief');
	await signIn(invited, account);
	await expect(invited).toHaveURL(/\/adviseur$/);

	// A role more, then back: the list shows both, and the last sign-in is known now.
	await card.getByRole('checkbox', { name: 'Beheerder' }).check();
	await card.getByRole('button', { name: /Rollen opslaan\s*: Mila Medewerker/ }).click();
	await expect(page.getByTestId('staff-done')).toContainText('De rollen van Mila Medewerker zijn opgeslagen.');
	await expect(card.locator('dd').first()).toHaveText('Adviseur, Beheerder');
	await expect(card).not.toContainText('Nog nooit');
	await invited.goto('/beheer');
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Beheer');
	await card.getByRole('checkbox', { name: 'Beheerder' }).uncheck();
	await card.getByRole('checkbox', { name: 'Adviseur' }).uncheck();
	await card.getByRole('button', { name: /Rollen opslaan\s*: Mila Medewerker/ }).click();
	await expect(card.getByRole('alert')).toContainText('Kies minstens één rol.');
	await expectNoA11yViolations(page);

	await page.setViewportSize(DESKTOP);
	await page.reload();
	await expectNoA11yViolations(page);
	await invited.context().close();
});

test('a beheerder sends an invitation again: a new link, and the old one stops working', async ({ page, browser }) => {
	const email = uniqueEmail('opnieuw');
	await signIn(page, DEMO.beheerder);
	const first = await invite(page, email);
	const row = page.getByRole('row').filter({ hasText: email });
	await row.getByRole('button', { name: /Opnieuw sturen/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De oude link werkt niet meer' })).toContainText(`We sturen een nieuwe link naar ${email}.`);
	const second = (await page.getByTestId('invitation-link').textContent())!.trim();
	expect(second).not.toBe(first);
	expect(second).toMatch(/\/uitnodiging\/[a-z0-9]+\.[a-z0-9]+$/);
	await expectNoA11yViolations(page);
	await page.setViewportSize(DESKTOP);
	await expectNoA11yViolations(page);

	const context = await browser.newContext();
	const visitor = await context.newPage();
	await visitor.goto(first);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Deze uitnodiging werkt niet meer');
	await visitor.goto(second);
	await expect(visitor.getByText(`Je bent uitgenodigd als Adviseur met e-mailadres ${email}`)).toBeVisible();
	await context.close();
});
