import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, signIn, test, uniqueEmail } from './support';
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

/** Registers a resident at this address (not checked yet). */
async function registerAt(page: Page, email: string, name: string): Promise<void> {
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord-2026');
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
}

/** Checks the signed-in person's address with the code from the check mail. */
async function checkAddress(page: Page, email: string): Promise<void> {
	const mail = await mailTo(email, (m) => m.subject === 'Bevestig je e-mailadres');
	const code = /: (\d{6})$/m.exec(mail.text ?? '')![1]!;
	await page.goto('/account');
	await page.getByLabel('Code uit de mail').fill(code);
	await page.getByRole('button', { name: 'Code controleren' }).click();
	await expect(page.locator('.alert[role="status"]')).toContainText(`Gelukt: ${email} is bevestigd.`);
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

	// The employee registers with the invited address: the invitation shows in the app only once it is checked.
	const residentContext = await browser.newContext({ baseURL, viewport: PHONE });
	const resident = await residentContext.newPage();
	await registerAt(resident, address, 'Medewerker Per Mail');
	await resident.goto('/mijn/apk');
	await expect(resident.getByTestId('apk-invitation-unchecked')).toBeVisible();
	await expect(resident.getByText(/nodigt je uit voor de Loopbaan-APK/)).toHaveCount(0);
	await expectNoA11yViolations(resident);
	await checkAddress(resident, address);
	await resident.goto('/mijn/apk');
	await expect(resident.getByText(/^Zorg Borne \d+ B\.V\. nodigt je uit voor de Loopbaan-APK\.$/)).toBeVisible();
	await expect(resident.getByTestId('apk-invitation-unchecked')).toHaveCount(0);
	await resident.getByRole('button', { name: /^Uitnodiging accepteren\s*: Zorg Borne/ }).click();
	await expect(resident.getByText('Je hebt de uitnodiging van Zorg Borne', { exact: false })).toBeVisible();
	await residentContext.close();

	await employer.reload();
	await expect(list.getByRole('listitem').filter({ hasText: address })).toContainText('Gebruikt');
	await expect(employer.getByTestId('apk-counts')).toHaveText(/1\s*uitgenodigd\s*1\s*geaccepteerd\s*0\s*voltooid/);
	await employer.context().close();
});

test('a staff invitation to an address someone registered without checking reaches its real owner', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	const email = uniqueEmail('echte-eigenaar');
	// Someone else registers the address first and never checks it.
	const squatterContext = await browser.newContext({ baseURL, viewport: PHONE });
	const squatter = await squatterContext.newPage();
	await squatter.goto('/registreren');
	await squatter.getByLabel('Naam', { exact: true }).fill('Iemand Anders');
	await squatter.getByLabel('E-mailadres').fill(email);
	await squatter.getByLabel('Wachtwoord').fill('niet-van-de-eigenaar-1');
	await squatter.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await squatter.getByRole('button', { name: 'Account maken' }).click();
	await expect(squatter).toHaveURL(/\/mijn$/);
	await squatterContext.close();

	const beheer = await (await browser.newContext({ baseURL, viewport: DESKTOP })).newPage();
	await signIn(beheer, DEMO.beheerder);
	await beheer.goto('/beheer/uitnodigingen');
	await beheer.getByLabel('E-mailadres').fill(email);
	await beheer.getByLabel('Rol').selectOption({ label: 'Adviseur' });
	await beheer.getByRole('button', { name: 'Uitnodiging maken' }).click();
	const mail = await mailTo(email, (m) => m.subject === 'Je bent uitgenodigd voor Talentpaspoort Twente');

	// The owner, who reads the mail, is not asked for the other account's password: they choose their own.
	const ownerContext = await browser.newContext({ baseURL, viewport: PHONE });
	const owner = await ownerContext.newPage();
	await owner.goto(linkTo(mail, '/uitnodiging/'));
	await expect(owner.getByText(`Je bent uitgenodigd als adviseur met e-mailadres ${email}. Kies je naam en een wachtwoord.`)).toBeVisible();
	await expectNoA11yViolations(owner);
	await owner.getByLabel('Naam', { exact: true }).fill('Echte Eigenaar');
	await owner.getByLabel('Nieuw wachtwoord').fill('van-de-echte-eigenaar-2026');
	await owner.getByRole('button', { name: 'Account activeren' }).click();
	await expect(owner).toHaveURL(/\/adviseur$/);
	await ownerContext.close();

	await beheer.reload();
	await expect(beheer.getByRole('row', { name: new RegExp(email) })).toContainText('Geaccepteerd');
	await beheer.context().close();

	// The address is the owner's now: the other password no longer signs in with it, the owner's does.
	const check = await (await browser.newContext({ baseURL, viewport: PHONE })).newPage();
	await check.goto('/inloggen');
	await check.getByLabel('E-mailadres').fill(email);
	await check.getByLabel('Wachtwoord').fill('niet-van-de-eigenaar-1');
	await check.getByRole('button', { name: 'Inloggen' }).click();
	await expect(check).toHaveURL(/\/inloggen/);
	await expect(check.getByRole('alert')).toBeVisible();
	await signIn(check, { email, password: 'van-de-echte-eigenaar-2026' });
	await expect(check).toHaveURL(/\/adviseur$/);
	await check.context().close();
});

test('the e-mail address goes on the CV and to whoever the resident shares with only once it is checked', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	const email = uniqueEmail('cv-adres');
	await registerAt(page, email, 'Cv Adres');
	const { portfolioId } = (await (await page.request.get('/api/sync/pull?since=0')).json()) as { portfolioId: string };
	const push = await page.request.post('/api/sync/push', {
		data: { clientId: crypto.randomUUID(), portfolioId, mutations: [{ mutationId: 1, entity: 'profile', entityId: portfolioId, op: 'create', patch: { contactEmail: email, phone: '06 5555 1234' }, baseVersion: 0 }] }
	});
	expect(push.ok(), await push.text()).toBe(true);

	const exportedEmail = async () => {
		await page.goto('/mijn');
		// The profile was pushed from outside the page: export only once the device has pulled it.
		await expect(page.getByText('Alles opgeslagen')).toBeVisible();
		await page.getByLabel('Zet mijn e-mailadres en telefoonnummer op het cv').check();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /JSON Resume/ }).click();
		const file = await (await download).path();
		const { readFileSync } = await import('node:fs');
		return (JSON.parse(readFileSync(file, 'utf8')) as { basics: { email?: string; phone?: string } }).basics;
	};
	let basics = await exportedEmail();
	expect(basics.phone).toBe('06 5555 1234');
	expect(basics.email).toBeUndefined();
	await expect(page.getByTestId('export-email-unchecked')).toContainText(`Je e-mailadres ${email} komt niet op je cv`);
	await expectNoA11yViolations(page);
	await page.screenshot({ path: test.info().outputPath('export-unchecked.png'), fullPage: true });

	// An adviser the resident shares the profile with is told there is an address, not which.
	await page.goto('/mijn/delen');
	await page.getByRole('link', { name: 'Gesprek met een adviseur' }).click();
	await page.getByLabel('Profiel').check();
	await page.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await page.locator('.code__value').textContent())!;
	const adviser = await (await browser.newContext({ baseURL, viewport: DESKTOP })).newPage();
	await signIn(adviser, DEMO.adviseur);
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser.getByText('Niet getoond: dit e-mailadres is nog niet bevestigd.')).toBeVisible();
	await expect(adviser.locator('main')).not.toContainText(email);
	const shared = adviser.url();

	await checkAddress(page, email);
	basics = await exportedEmail();
	expect(basics.email).toBe(email);
	await expect(page.getByTestId('export-email-unchecked')).toHaveCount(0);
	await adviser.goto(shared);
	await expect(adviser.locator('main')).toContainText(email);
	await adviser.context().close();
});

test('a resident adds EVC-bewijs shared with an adviser: the adviser gets a mail without content and sees it in Berichten', async ({ browser, baseURL }) => {
	test.setTimeout(150_000);
	const { page: adviser, email: adviserEmail } = await newStaff(browser, baseURL, 'Adviseur', 'Adviseur Met Berichten');
	await adviser.goto('/berichten');
	await expect(adviser.getByText('Er wacht nu niets op je.', { exact: false })).toBeVisible();

	const residentContext = await browser.newContext({ baseURL, viewport: PHONE });
	const resident = await residentContext.newPage();
	await registerAt(resident, uniqueEmail('evc-deler'), 'Noor Deelt Bewijs');
	const { portfolioId } = (await (await resident.request.get('/api/sync/pull?since=0')).json()) as { portfolioId: string };
	const trackId = crypto.randomUUID();
	const push = (mutations: object[]) => resident.request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect((await push([{ mutationId: 1, entity: 'evcTrack', entityId: trackId, op: 'create', patch: { kwalificatieId: 'logistiek-medewerker' }, baseVersion: 0 }])).ok()).toBe(true);
	await resident.goto('/mijn/delen/gesprek');
	await resident.getByLabel('EVC-bewijs').check();
	await resident.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await resident.locator('.code__value').textContent())!;
	await adviser.goto('/adviseur');
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser).toHaveURL(new RegExp(`/adviseur/inwoner/${portfolioId}$`));

	// Later, on the resident's phone: new evidence, synced.
	const evidence = { trackId, kind: 'starr', title: 'Heftruck veilig geladen', werkprocesIds: ['lm-1-1'], situatie: 'Drukke ochtend in het magazijn.', actie: 'Ik heb de lading gecontroleerd.' };
	const pushed = await push([{ mutationId: 1, entity: 'evcEvidence', entityId: crypto.randomUUID(), op: 'create', patch: evidence, baseVersion: 0 }]);
	expect(pushed.ok(), await pushed.text()).toBe(true);
	await residentContext.close();

	const mail = await mailTo(adviserEmail, (m) => m.subject === 'Er wacht werk op je in Talentpaspoort Twente');
	expect(mail.text).toContain('Een inwoner die EVC-bewijs met je deelt, heeft nieuw bewijs om te beoordelen.');
	for (const secret of ['Noor', 'Heftruck', 'magazijn', 'logistiek']) {
		expect(mail.text).not.toContain(secret);
		expect(mail.html).not.toContain(secret);
	}
	expect(linkTo(mail, '/inloggen')).toBe(`/inloggen?redirectTo=${encodeURIComponent(`/adviseur/inwoner/${portfolioId}`)}`);
	expect(linkTo(mail, '/afmelden/')).toMatch(/\?soort=bewijs$/);

	await adviser.goto('/adviseur');
	const nav = adviser.getByRole('navigation', { name: 'Hoofdmenu' });
	await nav.getByRole('link', { name: 'Berichten (1 nieuw)' }).click();
	await expect(adviser).toHaveURL(/\/berichten$/);
	const list = adviser.getByTestId('staff-berichten');
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(list).toContainText('Nieuw');
	await expect(list).toContainText('Een inwoner die EVC-bewijs met je deelt, heeft nieuw bewijs om te beoordelen.');
	await expectNoA11yViolations(adviser);
	await adviser.screenshot({ path: test.info().outputPath('adviseur-berichten.png'), fullPage: true });
	await list.getByRole('button', { name: /^Bekijken/ }).click();
	await expect(adviser).toHaveURL(new RegExp(`/adviseur/inwoner/${portfolioId}$`));
	await expect(adviser.getByRole('heading', { name: 'Heftruck veilig geladen' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Berichten', exact: true })).toBeVisible();

	// The adviser chooses per kind and channel on the account page.
	await adviser.goto('/account');
	await expect(adviser.getByRole('checkbox', { name: 'Nieuw EVC-bewijs om te beoordelen' }).first()).toBeChecked();
	await expect(adviser.getByRole('checkbox', { name: 'Een skill is bevestigd' })).toHaveCount(0);
	await adviser.locator('#mail-bewijs').uncheck();
	await adviser.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(adviser.getByText('Je keuze is opgeslagen.')).toBeVisible();
	await adviser.reload();
	await expect(adviser.locator('#mail-bewijs')).not.toBeChecked();
	await expect(adviser.locator('#push-bewijs')).toBeChecked();
	await expectNoA11yViolations(adviser);
	await adviser.screenshot({ path: test.info().outputPath('adviseur-account.png'), fullPage: true });
	await adviser.context().close();
});
