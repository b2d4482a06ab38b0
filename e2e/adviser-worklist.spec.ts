import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test } from './support';
import { seedWelderPaspoort } from './support-aanbod';

const DESKTOP = { width: 1280, height: 800 };

/** A paspoort pushed through the sync API the way a device would. */
async function seedPaspoort(request: APIRequestContext, skills: string[]): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		{ entity: 'profile', entityId: portfolioId, op: 'create', patch: { woonplaats: 'hengelo', educationLevel: 'mbo-2' } },
		...skills.map((skillId) => ({ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId, level: 3, source: 'zelf' } }))
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

async function adviserPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const context = await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' });
	const page = await context.newPage();
	await signIn(page, DEMO.adviseur);
	return page;
}

test('the adviser worklist shows who shares what until when and what waits; a stopped share says so', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	const name = `Werklijst Inwoner ${Date.now()}`;
	await registerResident(page, name);
	await seedPaspoort(page.request, ['mig-mag-lassen', 'tig-lassen']);
	await page.goto('/mijn/delen');
	await page.getByRole('link', { name: 'Gesprek met een adviseur' }).click();
	await page.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await page.locator('.code__value').textContent())!;

	const adviser = await adviserPage(browser, baseURL);
	await expect(adviser.getByRole('heading', { level: 1 })).toHaveText('Mijn inwoners');
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser.getByRole('heading', { level: 1, name })).toBeVisible();
	// The adviser's own words, not the resident's.
	await expect(adviser.getByRole('heading', { level: 2, name: 'Jouw suggesties voor het ontwikkelplan' })).toBeVisible();
	await expect(adviser.getByText('Suggesties van je adviseur')).toHaveCount(0);

	await adviser.getByRole('link', { name: 'Terug naar je inwoners' }).click();
	const entry = adviser.getByTestId('worklist-entry').filter({ has: adviser.getByRole('link', { name }) });
	await expect(entry).toContainText('Deelt met jou: ');
	await expect(entry).toContainText('Skills');
	await expect(entry).toContainText(/Tot \d/);
	await expect(entry).toContainText('2 vaardigheden om te valideren');
	await expectNoA11yViolations(adviser);

	// Filters: this resident has validations waiting, no EVC evidence.
	await adviser.getByLabel('Toon').selectOption({ label: 'Met open validaties' });
	await adviser.getByLabel('Sorteer op').selectOption({ label: 'Meeste werk eerst' });
	await adviser.getByRole('button', { name: 'Toon lijst' }).click();
	await expect(adviser).toHaveURL(/toon=validaties&sorteer=werk/);
	await expect(entry).toBeVisible();
	await expect(adviser.getByLabel('Toon')).toHaveValue('validaties');
	await adviser.goto('/adviseur?toon=evc&sorteer=naam');
	await expect(entry).toHaveCount(0);
	await expectNoA11yViolations(adviser);
	await adviser.setViewportSize({ width: 390, height: 844 });
	await adviser.goto('/adviseur?toon=validaties');
	await expectNoA11yViolations(adviser);
	await adviser.setViewportSize(DESKTOP);

	await entry.getByRole('link', { name }).click();
	await adviser.getByRole('button', { name: /Bevestig deze skill\s*: MIG\/MAG-lassen/ }).click();
	await expect(adviser.getByText('De skill is bevestigd.', { exact: false })).toBeVisible();
	const inwonerUrl = adviser.url();
	await adviser.goto('/adviseur');
	await expect(entry).toContainText('1 vaardigheid om te valideren');

	// The resident stops sharing: the page says that, not that it is not for an adviser.
	await page.goto('/mijn/delen');
	await page.getByRole('button', { name: /Stop met delen\s*: Adviseur Demo/ }).click();
	await expect(page.getByText('Adviseur Demo kan je gegevens niet meer zien.')).toBeVisible();
	const refused = await adviser.goto(inwonerUrl);
	expect(refused?.status()).toBe(403);
	await expect(adviser.getByText('Deze inwoner deelt dit niet meer met je.')).toBeVisible();
	await expect(adviser.getByText('Deze pagina is niet voor jouw rol')).toHaveCount(0);
	await expectNoA11yViolations(adviser);
	await adviser.goto('/adviseur');
	await expect(entry).toHaveCount(0);
	await adviser.context().close();
});

test('voucher lists show the applicant, woonplaats, level and the fund’s check; the beheerder filters by status with totals', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	const name = `Voucher Lijst ${Date.now()}`;
	await registerResident(page, name);
	await seedWelderPaspoort(page.request);
	await page.goto('/mijn/aanbod/opl-lasser');
	await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
	await expect(page).toHaveURL(/\/mijn\/vouchers\/[0-9a-f-]{36}$/);
	const applicationId = page.url().split('/').pop()!;
	await page.getByLabel('Waarom wil je deze opleiding doen?').fill('Ik wil lasser worden.');
	await page.getByLabel('Wie betaalt de eigen bijdrage?').fill('Ik betaal zelf');
	await page.getByRole('button', { name: 'Indienen en delen met de adviseurs' }).click();
	await expect(page.getByRole('heading', { name: 'Status van je aanvraag' })).toBeVisible();

	const adviser = await adviserPage(browser, baseURL);
	await expect(adviser.getByText(/voucheraanvra(ag|gen) wacht(en)? op een adviseur/)).toBeVisible();
	await adviser.goto('/adviseur/vouchers');
	const row = adviser.getByTestId('voucher-row').filter({ has: adviser.locator(`a[href="/adviseur/vouchers/${applicationId}"]`) });
	await expect(row).toContainText(name);
	await expect(row).toContainText('Hengelo');
	await expect(row).toContainText('mbo 2');
	await expect(row).toContainText('Check van het fonds: Voldoet aan de voorwaarden');
	await expect(row).toContainText('Woont in Twente.');
	await expect(row).not.toContainText('Je woont');
	await expectNoA11yViolations(adviser);
	await adviser.context().close();

	const fund = await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' });
	const admin = await fund.newPage();
	await signIn(admin, DEMO.beheerder);
	await admin.goto('/beheer/vouchers');
	await admin.getByLabel('Status', { exact: true }).selectOption('aanvraag');
	await admin.getByRole('button', { name: 'Toon aanvragen' }).click();
	await expect(admin).toHaveURL(/status=aanvraag/);
	await expect(admin.getByTestId('voucher-totals')).toContainText(/aanvra(ag|gen).* uit het fonds\./);
	const adminRow = admin.getByTestId('voucher-row').filter({ has: admin.locator(`a[href="/beheer/vouchers/${applicationId}"]`) });
	await expect(adminRow).toContainText(name);
	await expect(admin.getByTestId('voucher-row').filter({ hasNotText: 'Aanvraag ingediend' })).toHaveCount(0);
	await expectNoA11yViolations(admin);
	await admin.goto('/beheer/vouchers?status=betaald');
	await expect(adminRow).toHaveCount(0);
	await fund.close();
});
