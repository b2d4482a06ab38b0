import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, signOut, test, uniqueEmail } from './support';
import { linkTo, mailTo } from './support-mail';

test('forgot password: the mail arrives, its link sets a new password, and every old session is gone', async ({ page, browser, baseURL }) => {
	const account = await registerResident(page, 'Şükrü Yılmaz');
	// Another device, still signed in with the old password.
	const other = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const otherPage = await other.newPage();
	await signIn(otherPage, account);
	await signOut(page);

	await page.goto('/inloggen');
	await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
	await expectNoA11yViolations(page);
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByRole('button', { name: 'Stuur de mail' }).click();
	await expect(page.locator('.alert[role="status"]')).toContainText(`Hoort ${account.email} bij een account?`);
	await expectNoA11yViolations(page);

	const mail = await mailTo(account.email, (m) => m.subject === 'Kies een nieuw wachtwoord');
	expect(mail.text).toContain('Hallo Şükrü Yılmaz,');
	expect(mail.html).toContain('Nieuw wachtwoord kiezen');
	await page.goto(linkTo(mail, '/wachtwoord-herstellen/'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
	await expectNoA11yViolations(page);
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn-nieuwe-wachtwoord-1');
	await page.getByLabel('Herhaal nieuw wachtwoord').fill('mijn-nieuwe-wachtwoord-1');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page).toHaveURL(/\/inloggen\?wachtwoord=nieuw$/);
	await expect(page.locator('.alert[role="status"]')).toContainText('Je nieuwe wachtwoord is opgeslagen');

	// The old session on the other device no longer works, and the owner is told.
	await otherPage.goto('/mijn');
	await expect(otherPage).toHaveURL(/\/inloggen/);
	await other.close();
	const told = await mailTo(account.email, (m) => m.subject === 'Je wachtwoord is veranderd');
	expect(told.text).toContain('uitgelogd');

	// The link works once; the new password signs in.
	await page.goto(linkTo(mail, '/wachtwoord-herstellen/'));
	await expect(page.getByRole('alert')).toContainText('Deze link werkt niet meer');
	await signIn(page, { email: account.email, password: 'mijn-nieuwe-wachtwoord-1' });
	await expect(page).toHaveURL(/\/mijn$/);
});

test('registration sends a check mail; its code (or its link on another device) checks the address', async ({ page, browser, baseURL }) => {
	const account = await registerResident(page, 'Dilan Kaya');
	const mail = await mailTo(account.email, (m) => m.subject === 'Bevestig je e-mailadres');
	const code = /: (\d{6})$/m.exec(mail.text ?? '')?.[1];
	expect(code).toMatch(/^\d{6}$/);

	await page.goto('/account');
	await expect(page.getByText(`Je e-mailadres ${account.email} is nog niet bevestigd.`)).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByLabel('Code uit de mail').fill('000 000' === code ? '111111' : '000000');
	await page.getByRole('button', { name: 'Code controleren' }).click();
	await expect(page.getByText('Deze code klopt niet.')).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByLabel('Code uit de mail').fill(code!);
	await page.getByRole('button', { name: 'Code controleren' }).click();
	await expect(page.locator('.alert[role="status"]')).toContainText(`Gelukt: ${account.email} is bevestigd.`);
	await page.reload();
	await expect(page.getByText(`Je e-mailadres ${account.email} is bevestigd.`)).toBeVisible();

	// A change of address: the new one is used once its link is opened, here signed out on another device.
	const newEmail = uniqueEmail('nieuw-adres');
	await page.getByLabel('Nieuw e-mailadres').fill(newEmail);
	await page.getByLabel('Je wachtwoord, ter controle').fill(account.password);
	await page.getByRole('button', { name: 'Nieuw adres bevestigen' }).click();
	await expect(page.locator('.alert[role="status"]')).toContainText(`We hebben een mail gestuurd naar ${newEmail}`);
	const change = await mailTo(newEmail, (m) => m.subject === 'Bevestig je e-mailadres');
	const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const phonePage = await phone.newPage();
	await phonePage.goto(linkTo(change, '/e-mail-bevestigen/'));
	await expectNoA11yViolations(phonePage);
	await phonePage.getByRole('button', { name: 'Ja, dit is mijn e-mailadres' }).click();
	await expect(phonePage.locator('.alert[role="status"]')).toContainText(`Gelukt: ${newEmail} is bevestigd.`);
	await expectNoA11yViolations(phonePage);
	await phone.close();
	await page.reload();
	await expect(page.getByText(`Je e-mailadres ${newEmail} is bevestigd.`)).toBeVisible();
});

test('a staff invitation goes by mail, and the beheerder sees it was sent and accepted', async ({ page, browser, baseURL }) => {
	const email = uniqueEmail('adviseur-mail');
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer/uitnodigingen');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol').selectOption({ label: 'Adviseur' });
	await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
	await expect(page.locator('.alert[role="status"]')).toContainText(`We sturen de link per mail naar ${email}`);

	const mail = await mailTo(email, (m) => m.subject === 'Je bent uitgenodigd voor Talentpaspoort Twente');
	expect(mail.text).toContain('als adviseur');
	await page.reload();
	const row = page.getByRole('row', { name: new RegExp(email) });
	await expect(row).toContainText('Verstuurd op');
	await expectNoA11yViolations(page);

	const invitee = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const invited = await invitee.newPage();
	await invited.goto(linkTo(mail, '/uitnodiging/'));
	await invited.getByLabel('Naam', { exact: true }).fill('Adviseur Per Mail');
	await invited.getByLabel('Nieuw wachtwoord').fill('een-lang-wachtwoord-2026');
	await invited.getByRole('button', { name: 'Account activeren' }).click();
	await expect(invited).toHaveURL(/\/adviseur$/);
	await invitee.close();

	await page.reload();
	await expect(row).toContainText('Geaccepteerd');
});
