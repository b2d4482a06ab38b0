import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test } from './support';

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
