import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, signIn, test, uniqueEmail } from './support';

const PHONE = { viewport: { width: 390, height: 844 } };

async function registerResident(page: Page, name: string): Promise<void> {
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('E-mailadres').fill(uniqueEmail('delen'));
	await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord-2026');
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
}

/** A paspoort pushed through the sync API the way a device would. */
async function seedPaspoort(request: APIRequestContext, profile: Record<string, unknown>, skills: string[]): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		{ entity: 'profile', entityId: portfolioId, op: 'create', patch: profile },
		...skills.map((skillId) => ({ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId, level: 3, source: 'zelf' } })),
		{ entity: 'workExperience', entityId: crypto.randomUUID(), op: 'create', patch: { title: 'Lasser', employer: 'Staalbouw Enschede' } }
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

async function staffPage(browser: Browser, baseURL: string | undefined, account: { email: string; password: string }): Promise<Page> {
	const context = await browser.newContext({ baseURL, ...PHONE, locale: 'nl-NL' });
	const page = await context.newPage();
	await signIn(page, account);
	return page;
}

test('gesprek: code → adviser sees shared sections, validates, writes; resident accepts, sees the log, revokes', async ({ page, browser, baseURL }) => {
	test.setTimeout(180_000);
	const name = `Delen Gesprek ${Date.now()}`;
	await registerResident(page, name);
	await seedPaspoort(page.request, { woonplaats: 'hengelo', beroepswensen: ['lasser'], phone: '06 1234 5678' }, ['mig-mag-lassen']);

	await page.goto('/mijn/delen');
	await expect(page.getByRole('heading', { level: 1, name: 'Wie kan mijn gegevens zien' })).toBeVisible();
	await expect(page.getByText('Je deelt nu met niemand.')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Gesprek met een adviseur' }).click();
	await expect(page.getByLabel('Skills')).toBeChecked();
	await expect(page.getByLabel('Ontwikkelplan')).not.toBeChecked();
	await expect(page.getByLabel('24 uur (aangeraden)')).toBeChecked();
	await page.getByLabel('Profiel').uncheck();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Maak een code' }).click();
	const codeText = page.locator('.code__value');
	await expect(codeText).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	await expect(page.getByRole('img', { name: 'QR-code voor je adviseur' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.screenshot({ path: test.info().outputPath('gesprek-code.png'), fullPage: true });
	const code = (await codeText.textContent())!;

	const adviser = await staffPage(browser, baseURL, DEMO.adviseur);
	await adviser.goto('/adviseur');
	await expectNoA11yViolations(adviser);
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code.toLowerCase());
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser.getByRole('heading', { level: 1, name })).toBeVisible();
	await expect(adviser.getByRole('heading', { level: 2, name: 'Skills' })).toBeVisible();
	await expect(adviser.getByRole('heading', { level: 2, name: 'Werkervaring' })).toBeVisible();
	// Profiel was unticked: the phone number never reaches the adviser's page.
	await expect(adviser.getByRole('heading', { level: 2, name: 'Profiel' })).toHaveCount(0);
	await expect(adviser.getByText('06 1234 5678')).toHaveCount(0);
	await expect(adviser.getByText(/Niet gedeeld: Profiel, EVC-bewijs/)).toBeVisible();
	await expectNoA11yViolations(adviser);

	// The code was used once; a second use is refused.
	await adviser.goto(`/adviseur/gesprek?code=${code.replace('-', '')}`);
	await expectNoA11yViolations(adviser);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser.getByText('Deze code is al gebruikt.', { exact: false })).toBeVisible();
	await adviser.goto('/adviseur');
	await adviser.getByRole('link', { name }).click();

	await adviser.waitForURL(/inwoner/);
	await adviser.getByRole('button', { name: /Bevestig deze skill\s*: MIG\/MAG-lassen/ }).click();
	await expect(adviser.getByText('De skill is bevestigd.', { exact: false })).toBeVisible();
	await expect(adviser.getByText(/Bevestigd door Adviseur Demo op/)).toBeVisible();
	await adviser.getByLabel('Verslag van het gesprek').fill('Goed gesprek over lassen. Volgende stap: VCA.');
	await adviser.getByRole('button', { name: 'Verslag opslaan' }).click();
	await expect(adviser.getByText('Het verslag is opgeslagen.', { exact: false })).toBeVisible();
	await adviser.getByLabel('Suggestie (een stap voor het ontwikkelplan)').fill('VCA-basis halen');
	await adviser.getByRole('button', { name: 'Suggestie sturen' }).click();
	await expect(adviser.getByText('De suggestie is verstuurd.', { exact: false })).toBeVisible();
	await expectNoA11yViolations(adviser);

	// The resident's device pulls the validation.
	await page.goto('/mijn/skills');
	await expect(page.getByText('Bevestigd door adviseur').first()).toBeVisible({ timeout: 20_000 });
	await expectNoA11yViolations(page);

	await page.goto('/mijn/delen');
	await expect(page.getByText('Goed gesprek over lassen.', { exact: false })).toBeVisible();
	await page.getByRole('button', { name: /Zet in mijn plan\s*: VCA-basis halen/ }).click();
	await expect(page.getByText('„VCA-basis halen” staat nu in je ontwikkelplan.')).toBeVisible();
	const log = page.getByRole('table', { name: 'Wie bekeek wat, wanneer' });
	// One visit, one line: the adviser's page loads read each section, the log groups them per day.
	await expect(log.getByRole('row', { name: /Adviseur Demo Skills, Werkervaring/ })).toHaveCount(1);
	await expectNoA11yViolations(page);

	await page.goto('/mijn/plan');
	await expect(page.getByRole('heading', { level: 3, name: 'VCA-basis halen' })).toBeVisible({ timeout: 20_000 });
	await expectNoA11yViolations(page);

	await page.goto('/mijn/delen');
	await page.getByRole('button', { name: /Stop met delen\s*: Adviseur Demo/ }).click();
	await expect(page.getByText('Adviseur Demo kan je gegevens niet meer zien.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Eerder gedeeld' })).toBeVisible();
	await expectNoA11yViolations(page);

	const refused = await adviser.reload();
	expect(refused?.status()).toBe(403);
	await expect(adviser.getByRole('heading', { level: 1, name: 'Deze inwoner deelt dit niet meer met je.' })).toBeVisible();
	await expect(adviser.getByText(name)).toHaveCount(0);
	await expectNoA11yViolations(adviser);
	await adviser.goto('/adviseur');
	await expect(adviser.getByRole('link', { name })).toHaveCount(0);
	await adviser.context().close();
});

test('talentpool: opt-in, anonymous search, request, accept with sections; never-opted-in residents stay invisible', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	// A resident who never opts in, with a wish nobody else in this run has.
	const outsider = await browser.newContext({ baseURL, ...PHONE, locale: 'nl-NL' });
	const outsiderPage = await outsider.newPage();
	await registerResident(outsiderPage, `Niet In Pool ${Date.now()}`);
	await seedPaspoort(outsiderPage.request, { woonplaats: 'almelo', beroepswensen: ['logistiek-planner'], educationLevel: 'hbo' }, ['tig-lassen']);
	await outsider.close();

	const name = `Talent Pool ${Date.now()}`;
	await registerResident(page, name);
	await seedPaspoort(page.request, { woonplaats: 'hengelo', beroepswensen: ['lasser'], educationLevel: 'mbo-2', availability: 'direct', phone: '06 9876 5432', contactEmail: 'talent@example.nl', about: 'Vrije tekst over mij' }, ['tig-lassen']);
	await page.goto('/mijn/delen/talentpool');
	await expect(page.getByText('Je doet nu niet mee.', { exact: false })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Doe mee met de talentpool' }).click();
	await expect(page.getByText('Je doet mee.', { exact: false })).toBeVisible();
	await expect(page.getByText('Regio Twente', { exact: true })).toBeVisible();
	await expectNoA11yViolations(page);

	const employer = await staffPage(browser, baseURL, DEMO.werkgever);
	// The search answer holds no name, email, phone, birth date or free text.
	const api = await employer.request.get('/api/talentpool/kaarten');
	expect(api.ok()).toBe(true);
	const body = await api.text();
	for (const secret of [name, 'Niet In Pool', '06 9876 5432', 'talent@example.nl', 'Vrije tekst', 'displayName', 'email', 'phone', 'birth']) expect(body).not.toContain(secret);
	const { cards, total } = JSON.parse(body) as { cards: ({ beroepswensen: string[] } & Record<string, unknown>)[]; total: number };
	expect(cards.some((c) => c.beroepswensen.includes('logistiek-planner'))).toBe(false);
	expect(total).toBe(cards.length);
	// Every card holds exactly the anonymous fields, nothing more.
	for (const card of cards) expect(Object.keys(card).sort()).toEqual(['availability', 'beroepswensen', 'educationLevel', 'id', 'region', 'skills', 'updatedMonth']);
	// The search page's own data answer is as anonymous as the API.
	const pageData = await (await employer.request.get('/werkgever/talentpool/__data.json?occupation=lasser')).text();
	for (const secret of [name, '06 9876 5432', 'talent@example.nl', 'Vrije tekst', 'hengelo', 'birth']) expect(pageData).not.toContain(secret);

	await employer.goto('/werkgever/talentpool');
	await expectNoA11yViolations(employer);
	await employer.getByLabel('Beroep').selectOption('logistiek-planner');
	await employer.getByRole('button', { name: 'Zoeken' }).click();
	await expect(employer.getByRole('heading', { name: '0 kandidaten' })).toBeVisible();
	await employer.getByLabel('Beroep').selectOption('lasser');
	await employer.getByLabel('Skill').selectOption('tig-lassen');
	await employer.getByRole('button', { name: 'Zoeken' }).click();
	await expect(employer.getByRole('heading', { name: '1 kandidaat' })).toBeVisible();
	await expect(employer.getByText(name)).toHaveCount(0);
	await employer.getByLabel('Bericht aan kandidaat 1').fill('Wij zoeken een TIG-lasser in Hengelo. Zin in een gesprek?');
	await employer.getByRole('button', { name: /Verzoek sturen/ }).click();
	await expect(employer.getByText('Je verzoek is verstuurd.', { exact: false }).first()).toBeVisible();
	await expectNoA11yViolations(employer);
	await employer.screenshot({ path: test.info().outputPath('werkgever-talentpool.png'), fullPage: true });

	await page.reload();
	await expect(page.getByText('Wij zoeken een TIG-lasser in Hengelo.', { exact: false })).toBeVisible();
	await page.getByRole('button', { name: /Accepteren\s*: Demo Metaalbewerking/ }).click();
	await page.getByLabel('Opleiding en certificaten').uncheck();
	await page.getByLabel('Werkervaring').uncheck();
	await page.getByLabel('Hoe lang?').selectOption('7');
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Delen met deze werkgever' }).click();
	await expect(page.getByText('Demo Metaalbewerking Hengelo B.V. ziet nu wat je hebt gekozen.')).toBeVisible();

	await employer.goto('/werkgever/talentpool');
	// Other specs (the accessibility sweep) leave accepted requests for the demo employer too.
	await employer.getByRole('listitem').filter({ hasText: 'Wij zoeken een TIG-lasser in Hengelo.' }).getByRole('link', { name: 'Bekijk wat gedeeld is' }).click();
	await expect(employer.getByRole('heading', { level: 2, name: 'Skills' })).toBeVisible();
	await expect(employer.getByRole('heading', { level: 2, name: 'Werkervaring' })).toHaveCount(0);
	await expect(employer.getByText('06 9876 5432')).toHaveCount(0);
	await expectNoA11yViolations(employer);

	await page.goto('/mijn/delen');
	await expect(page.getByRole('table', { name: 'Wie bekeek wat, wanneer' }).getByRole('row', { name: /Werkgever Demo \(Demo Metaalbewerking Hengelo B\.V\.\) .*Skills/ })).toBeVisible();

	// Revoking works at once for the employer too: the next look at the shared page is refused.
	const sharedUrl = employer.url();
	await page.getByRole('button', { name: /Stop met delen\s*: Demo Metaalbewerking/ }).click();
	await expect(page.getByText('Demo Metaalbewerking Hengelo B.V. kan je gegevens niet meer zien.')).toBeVisible();
	const refused = await employer.goto(sharedUrl);
	expect(refused?.status()).toBe(403);
	await expect(employer.getByRole('heading', { level: 2, name: 'Skills' })).toHaveCount(0);
	await expectNoA11yViolations(employer);
	await employer.context().close();
});
