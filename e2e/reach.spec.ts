import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test, uniqueEmail } from './support';
import { linkTo, mailTo } from './support-mail';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A staff member of a role (with an organisation of their own for a werkgever), invited by the demo beheerder by mail. */
async function newStaff(browser: Browser, baseURL: string | undefined, role: 'Werkgever' | 'Adviseur', name: string): Promise<{ page: Page; email: string; password: string }> {
	const beheer = await (await browser.newContext({ baseURL, viewport: DESKTOP })).newPage();
	await signIn(beheer, DEMO.beheerder);
	await beheer.goto('/beheer/uitnodigingen');
	let organisation = '';
	if (role === 'Werkgever') {
		organisation = `${name} B.V.`;
		await beheer.locator('#org-name').fill(organisation);
		await beheer.getByLabel('Soort').selectOption({ label: 'Werkgever' });
		await beheer.getByRole('button', { name: 'Organisatie toevoegen' }).click();
		await expect(beheer.getByText(`Organisatie ${organisation} is toegevoegd.`)).toBeVisible();
	}
	const email = uniqueEmail(role.toLowerCase());
	await beheer.getByLabel('E-mailadres').fill(email);
	await beheer.getByLabel('Rol').selectOption({ label: role });
	if (organisation) await beheer.getByLabel('Organisatie', { exact: true }).selectOption({ label: organisation });
	await beheer.getByRole('button', { name: 'Uitnodiging maken' }).click();
	await expect(beheer.locator('.alert[role="status"]')).toContainText(`We sturen de link per mail naar ${email}`);
	await beheer.context().close();

	const mail = await mailTo(email, (m) => m.subject === 'Je bent uitgenodigd voor Talentpaspoort Twente');
	const page = await (await browser.newContext({ baseURL, viewport: DESKTOP })).newPage();
	const password = 'een-lang-wachtwoord-2026';
	await page.goto(linkTo(mail, '/uitnodiging/'));
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('Nieuw wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Account activeren' }).click();
	await expect(page).toHaveURL(role === 'Werkgever' ? /\/werkgever$/ : /\/adviseur$/);
	return { page, email, password };
}

test('an APK invitation by mail arrives, and the employer sees it sent and then used', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	const { page: employer } = await newStaff(browser, baseURL, 'Werkgever', `Zorg Borne ${Date.now()}`);
	await employer.goto('/werkgever/apk');
	await expect(employer.getByText('Je hebt nog niemand per e-mail uitgenodigd.')).toBeVisible();
	const address = uniqueEmail('medewerker');
	await employer.getByLabel('E-mailadressen').fill(address);
	await employer.getByRole('button', { name: 'Uitnodigingen maken' }).click();
	await expect(employer.getByText('Nieuwe uitnodigingen: 1.', { exact: false })).toBeVisible();

	const mail = await mailTo(address, (m) => /nodigt je uit voor de Loopbaan-APK$/.test(m.subject ?? ''));
	expect(mail.text).toContain('nooit jouw antwoorden of je uitslag');
	const list = employer.getByTestId('apk-email-list');
	await expect(async () => {
		await employer.reload();
		await expect(list.getByRole('listitem').filter({ hasText: address })).toContainText('Verstuurd op', { timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
	await expectNoA11yViolations(employer);
	await employer.screenshot({ path: test.info().outputPath('werkgever-apk-sent.png'), fullPage: true });

	const residentContext = await browser.newContext({ baseURL, viewport: PHONE });
	const resident = await residentContext.newPage();
	await registerResident(resident, 'Medewerker Per Mail');
	await resident.goto(linkTo(mail, '/mijn/apk'));
	await resident.getByRole('button', { name: 'Uitnodiging accepteren', exact: true }).click();
	await expect(resident.getByText('Je hebt de uitnodiging van Zorg Borne', { exact: false })).toBeVisible();
	await residentContext.close();

	await employer.reload();
	await expect(list.getByRole('listitem').filter({ hasText: address })).toContainText('Gebruikt');
	await expect(employer.getByTestId('apk-counts')).toHaveText(/1\s*uitgenodigd\s*1\s*geaccepteerd\s*0\s*voltooid/);
	await employer.context().close();
});
