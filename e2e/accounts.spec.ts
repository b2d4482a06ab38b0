import { DEMO, expect, expectNoA11yViolations, signIn, signOut, test, uniqueEmail } from './support';

test('a new resident registers, signs out and signs in again', async ({ page }) => {
	const email = uniqueEmail('inwoner');
	const password = 'een-lang-wachtwoord-2026';

	await page.goto('/');
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Maak gratis je paspoort' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Account maken' })).toBeVisible();
	await expectNoA11yViolations(page);

	// Bad input: every field says what is wrong, and what was typed stays.
	await page.getByLabel('Naam', { exact: true }).fill('Jan Jansen');
	await page.getByLabel('E-mailadres').fill('jan@');
	await page.getByLabel('Wachtwoord').fill('kort');
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page.getByRole('alert')).toContainText('Er gaat iets mis');
	await expect(page.getByText('Dit is geen geldig e-mailadres')).toBeVisible();
	await expect(page.getByText('Je wachtwoord is te kort')).toBeVisible();
	await expect(page.getByText('Lees de privacyverklaring en vink het vakje aan')).toBeVisible();
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Jan Jansen');
	await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
	await expectNoA11yViolations(page);

	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan Jansen');
	await expectNoA11yViolations(page);
	// The name given at registration is the paspoort's name, so the CV and an adviser see it too.
	await page.goto('/mijn/profiel');
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Jan Jansen');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible({ timeout: 20_000 });
	const pull = (await (await page.request.get('/api/sync/pull?since=0')).json()) as { records: { entity: string; data: { displayName?: string } | null }[] };
	expect(pull.records.find((r) => r.entity === 'profile')?.data?.displayName).toBe('Jan Jansen');

	await signOut(page);
	await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
	await page.goto('/mijn');
	await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fmijn/);

	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan Jansen');
});

test('registering twice with one email is refused next to the field', async ({ page }) => {
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill('Sanne');
	await page.getByLabel('E-mailadres').fill(DEMO.inwoner.email);
	await page.getByLabel('Wachtwoord').fill('nog-een-lang-wachtwoord');
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page.getByText('Er is al een account met dit e-mailadres')).toBeVisible();
	await expect(page.getByLabel('E-mailadres')).toHaveValue(DEMO.inwoner.email);
});

test('a wrong password gets one clear message that does not reveal the account', async ({ page }) => {
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(DEMO.adviseur.email);
	await page.getByLabel('Wachtwoord').fill('helemaal-fout');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	const message = 'Dit e-mailadres en wachtwoord horen niet bij elkaar';
	await expect(page.getByRole('alert')).toContainText(message);
	await expect(page.getByLabel('E-mailadres')).toHaveValue(DEMO.adviseur.email);
	await expectNoA11yViolations(page);

	await page.getByLabel('E-mailadres').fill('bestaat-niet@example.nl');
	await page.getByLabel('Wachtwoord').fill('helemaal-fout');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toContainText(message);
});

test('a resident changes their password and signs in with the new one', async ({ page }) => {
	const email = uniqueEmail('wachtwoord');
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill('Piet');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('eerste-wachtwoord-1');
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);

	await page.goto('/account');
	await page.getByLabel('Huidig wachtwoord').fill('eerste-wachtwoord-1');
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('tweede-wachtwoord-2');
	await page.getByLabel('Herhaal nieuw wachtwoord').fill('tweede-wachtwoord-2');
	await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.getByText('Je wachtwoord is gewijzigd')).toBeVisible();
	await expectNoA11yViolations(page);

	await signOut(page);
	await signIn(page, { email, password: 'tweede-wachtwoord-2' });
	await expect(page).toHaveURL(/\/mijn$/);
});
