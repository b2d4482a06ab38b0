import { type APIRequestContext } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test } from './support';

const DESKTOP = { width: 1280, height: 800 };

async function seedPaspoort(request: APIRequestContext): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		{ entity: 'profile', entityId: portfolioId, op: 'create', patch: { woonplaats: 'hengelo', beroepswensen: ['medewerker-melkveehouderij'], educationLevel: 'mbo-2', availability: 'direct' } },
		{ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId: 'melken', level: 3, source: 'zelf' } }
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

test('a werkgever lists, copies, revokes and prints APK codes', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await signIn(page, DEMO.werkgever);
	await page.goto('/werkgever/apk');
	await page.getByLabel('Aantal codes').fill('2');
	await page.getByRole('button', { name: 'Codes maken' }).click();
	await expect(page.getByTestId('apk-code')).toHaveCount(2);
	const made = await page.getByTestId('apk-code').allTextContents();

	const list = page.getByTestId('apk-code-list');
	const rowOf = (code: string) => list.getByRole('listitem').filter({ hasText: code });
	for (const code of made) await expect(rowOf(code)).toContainText('Open');
	await expect(page.getByRole('button', { name: 'Print de open codes' })).toBeVisible();
	await expectNoA11yViolations(page);

	await rowOf(made[0]!).getByRole('button', { name: /Kopieer link/ }).click();
	await expect(rowOf(made[0]!).getByRole('button', { name: /Link gekopieerd/ })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/mijn/apk\\?code=${made[0]!.replace('-', '')}$`));

	await rowOf(made[1]!).getByRole('button', { name: /Intrekken/ }).click();
	await expect(page.getByRole('status').filter({ hasText: made[1]! })).toContainText(`De code ${made[1]} werkt niet meer.`);
	await expect(rowOf(made[1]!)).toContainText('Ingetrokken');
	await expect(rowOf(made[1]!).getByRole('button')).toHaveCount(0);

	// Printed, the page is the open codes as slips, the revoked one not among them.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-slips')).toBeVisible();
	await expect(page.locator('.print-slips')).toContainText(made[0]!);
	await expect(page.locator('.print-slips')).not.toContainText(made[1]!);
	await page.emulateMedia({ media: 'screen' });

	await page.setViewportSize(DESKTOP);
	await expectNoA11yViolations(page);
});

test('a werkgever sees which anonymous card a sent request was for, and "1 kandidaat"', async ({ page, browser, baseURL }) => {
	await registerResident(page, `Melkvee Talent ${Date.now()}`);
	await seedPaspoort(page.request);
	await page.goto('/mijn/delen/talentpool');
	await page.getByRole('button', { name: 'Doe mee met de talentpool' }).click();
	await expect(page.getByText('Je doet mee.', { exact: false })).toBeVisible();

	const context = await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' });
	const employer = await context.newPage();
	await signIn(employer, DEMO.werkgever);
	await employer.goto('/werkgever/talentpool?occupation=medewerker-melkveehouderij&skill=melken');
	await expect(employer.getByRole('heading', { level: 2, name: '1 kandidaat' })).toBeVisible();
	const message = `Wij zoeken iemand voor het melken, ${Date.now()}.`;
	await employer.getByLabel('Bericht aan kandidaat 1').fill(message);
	await employer.getByRole('button', { name: /Verzoek sturen/ }).click();
	await expect(employer.getByText('Je verzoek is verstuurd.', { exact: false }).first()).toBeVisible();
	const sent = employer.getByRole('listitem').filter({ hasText: message });
	await expect(sent.getByTestId('sent-card')).toContainText(/Voor de kandidaat met: .*melkvee/i);
	await expectNoA11yViolations(employer);
	await employer.setViewportSize({ width: 390, height: 844 });
	await expectNoA11yViolations(employer);
	await context.close();
});
