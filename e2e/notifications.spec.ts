import { type APIRequestContext } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, readyForOffline, registerResident, signIn, test } from './support';
import { linkTo, linksIn, mailTo } from './support-mail';

/** A welder's skill, pushed through the sync API the way a device would. */
async function seedSkill(request: APIRequestContext): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		{ entity: 'profile', entityId: portfolioId, op: 'create', patch: { woonplaats: 'hengelo', beroepswensen: ['lasser'] } },
		{ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId: 'mig-mag-lassen', level: 3, source: 'zelf' } }
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

test('an adviser validates a skill: the resident gets a mail without content, reads the bericht offline, and unsubscribes signed out', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	const name = `Bericht Inwoner ${Date.now()}`;
	const account = await registerResident(page, name);
	// Mail about news goes only to a checked address.
	const check = await mailTo(account.email, (m) => m.subject === 'Bevestig je e-mailadres');
	await page.goto(linkTo(check, '/e-mail-bevestigen/'));
	await page.getByRole('button', { name: 'Ja, dit is mijn e-mailadres' }).click();
	await expect(page.locator('.alert[role="status"]')).toContainText('is bevestigd');
	await seedSkill(page.request);

	await page.goto('/mijn/berichten');
	await expect(page.getByText('Je hebt nog geen berichten.')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.goto('/mijn/delen/gesprek');
	await page.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await page.locator('.code__value').textContent())!;
	const adviserContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
	const adviser = await adviserContext.newPage();
	await signIn(adviser, DEMO.adviseur);
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await adviser.getByRole('button', { name: /Bevestig deze skill\s*: MIG\/MAG-lassen/ }).click();
	await expect(adviser.getByText('De skill is bevestigd.', { exact: false })).toBeVisible();
	await adviserContext.close();

	// The mail says there is news and where to look, never what it is.
	const mail = await mailTo(account.email, (m) => m.subject === 'Er is iets nieuws in je Talentpaspoort');
	expect(mail.text).toContain('Een adviseur of werkgever heeft een skill op je paspoort bevestigd.');
	for (const part of [mail.text ?? '', String(mail.html)]) {
		expect(part).not.toContain('MIG');
		expect(part).not.toContain('Adviseur Demo');
	}
	expect(linksIn(mail)).toContain(`${new URL(baseURL!).origin}/inloggen?redirectTo=${encodeURIComponent('/mijn/skills')}`);
	const unsubscribe = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line;
	expect(unsubscribe?.replace(/\s+/g, ' ')).toMatch(/^List-Unsubscribe: <http\S*\/afmelden\/\S+\?soort=validatie>$/);

	// The bericht reached the device; it stays readable offline.
	await page.goto('/mijn/berichten');
	const item = page.getByRole('listitem').filter({ hasText: 'heeft een skill op je paspoort bevestigd' });
	await expect(item).toBeVisible({ timeout: 20_000 });
	await expect(item.getByText('Nieuw')).toBeVisible();
	await expectNoA11yViolations(page);
	await readyForOffline(page);
	await page.context().setOffline(true);
	await page.reload();
	await expect(item).toBeVisible();
	await page.getByRole('button', { name: /Alles gelezen/ }).click();
	await expect(item.getByText('Nieuw')).toHaveCount(0);
	await page.context().setOffline(false);

	// The unsubscribe link works without signing in.
	const visitor = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const signedOut = await visitor.newPage();
	await signedOut.goto(linkTo(mail, '/afmelden/'));
	await expect(signedOut.getByText('Wil je geen mail meer krijgen over dit soort berichten: een skill is bevestigd?')).toBeVisible();
	await expectNoA11yViolations(signedOut);
	await signedOut.getByRole('button', { name: 'Ja, stuur me hierover geen mail meer' }).click();
	await expect(signedOut.locator('.alert[role="status"]')).toContainText('Je krijgt geen mail meer over: een skill is bevestigd.');
	await expectNoA11yViolations(signedOut);
	await visitor.close();

	await page.goto('/account');
	await expect(page.locator('#mail-validatie')).not.toBeChecked();
	await expect(page.locator('#mail-contactverzoek')).toBeChecked();
	await expectNoA11yViolations(page);
});
