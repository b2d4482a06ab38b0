import { type APIRequestContext } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test } from './support';

/** EVC proof pushed through the sync API, as the resident's phone would. */
async function seedEvidence(request: APIRequestContext): Promise<void> {
	const { portfolioId } = (await (await request.get('/api/sync/pull?since=0')).json()) as { portfolioId: string };
	const trackId = crypto.randomUUID();
	const mutations = [
		{ entity: 'evcTrack', entityId: trackId, op: 'create', patch: { kwalificatieId: 'logistiek-medewerker' } },
		{
			entity: 'evcEvidence',
			entityId: crypto.randomUUID(),
			op: 'create',
			patch: { trackId, kind: 'starr', title: 'Vrachtwagen gelost', werkprocesIds: ['lm-1-1'], situatie: 'Een volle vrachtwagen kwam te laat.', actie: 'Ik heb gelost en de pakbon gecontroleerd.' }
		}
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

test('an adviser the resident shared EVC-bewijs with reviews an item, and the resident sees the review', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	await registerResident(page, 'Evc Beoordeling');
	await seedEvidence(page.request);

	await page.goto('/mijn/delen');
	await page.getByRole('link', { name: 'Gesprek met een adviseur' }).click();
	await page.getByLabel('EVC-bewijs').check();
	await page.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await page.locator('.code__value').textContent())!;

	const adviserContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const adviser = await adviserContext.newPage();
	await signIn(adviser, DEMO.adviseur);
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser.getByRole('heading', { level: 2, name: 'EVC-bewijs van Evc Beoordeling' })).toBeVisible();
	await expect(adviser.getByText('Goederen ontvangen en controleren')).toBeVisible();
	await expectNoA11yViolations(adviser);

	const form = adviser.getByRole('group', { name: 'Oordeel over Vrachtwagen gelost' });
	await form.getByLabel('Aanvullen').check();
	await adviser.getByLabel('Toelichting voor de inwoner').fill('Voeg een verklaring van je leidinggevende toe.');
	await adviser.getByRole('button', { name: /Oordeel opslaan/ }).click();
	await expect(adviser.getByText('Oordeel opgeslagen.')).toBeVisible();
	await expect(adviser.getByText(/Adviseur Demo: Aanvullen/)).toBeVisible();
	await adviserContext.close();

	// The review is the adviser's own record: it reaches the resident's device with the next pull.
	await page.goto('/mijn/evc');
	await expect(page.getByText('Adviseur Demo: Aanvullen')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('Voeg een verklaring van je leidinggevende toe.')).toBeVisible();
	await expectNoA11yViolations(page);
});
