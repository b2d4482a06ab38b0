import { DEMO, expect, expectNoA11yViolations, signIn, signOut, test, uniqueEmail } from './support';

test('a resident opening a beheer page is refused', async ({ page }) => {
	await signIn(page, DEMO.inwoner);
	const response = await page.goto('/beheer/uitnodigingen');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
	await expect(page.getByText('Nieuwe uitnodiging')).toHaveCount(0);
	await expectNoA11yViolations(page);

	// The data behind the page is refused as well.
	const data = await page.request.get('/beheer/uitnodigingen/__data.json');
	expect(data.status()).toBe(403);
});

test('a signed-out visitor is sent to sign in for every role area', async ({ page }) => {
	for (const path of ['/mijn', '/adviseur', '/werkgever', '/beheer', '/account']) {
		await page.goto(path);
		await expect(page).toHaveURL(new RegExp(`/inloggen\\?redirectTo=${encodeURIComponent(path)}`));
	}
});

test('a beheerder invites an adviseur, who accepts and signs in', async ({ page, browser }) => {
	const email = uniqueEmail('adviseur');
	await signIn(page, DEMO.beheerder);
	await expect(page).toHaveURL(/\/beheer$/);
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Uitnodigingen', exact: true }).first().click();
	await expectNoA11yViolations(page);

	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol').selectOption({ label: 'Adviseur' });
	await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
	const link = (await page.getByTestId('invitation-link').textContent())!.trim();
	expect(link).toMatch(/\/uitnodiging\/[a-z0-9]+\.[a-z0-9]+$/);
	await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
	await expectNoA11yViolations(page);

	const invitee = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const invited = await invitee.newPage();
	await invited.goto(link);
	await expect(invited.getByText(`Je bent uitgenodigd als Adviseur met e-mailadres ${email}`)).toBeVisible();
	await expectNoA11yViolations(invited);
	await invited.getByLabel('Naam', { exact: true }).fill('Ayşe Adviseur');
	await invited.getByLabel('Nieuw wachtwoord').fill('adviseur-wachtwoord-1');
	await invited.getByRole('button', { name: 'Account activeren' }).click();
	await expect(invited).toHaveURL(/\/adviseur$/);
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Mijn inwoners');
	await expectNoA11yViolations(invited);

	// The link works once.
	await signOut(invited);
	await invited.goto(link);
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Deze uitnodiging werkt niet meer');

	await signIn(invited, { email, password: 'adviseur-wachtwoord-1' });
	await expect(invited).toHaveURL(/\/adviseur$/);
	// An adviseur is not a beheerder.
	await invited.goto('/beheer');
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
	await invitee.close();
});

test('a werkgever sees their own area with their organisation', async ({ page }) => {
	await signIn(page, DEMO.werkgever);
	await expect(page).toHaveURL(/\/werkgever$/);
	await expect(page.getByText('Je organisatie: Demo Metaalbewerking Hengelo B.V.')).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the language switch changes the interface to English and back', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Show what you can do');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectNoA11yViolations(page);
	await page.goto('/inloggen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await page.getByRole('button', { name: /Nederlands/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the privacy statement is readable for everyone', async ({ page }) => {
	await page.goto('/privacy');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacyverklaring');
	await expectNoA11yViolations(page);
});
