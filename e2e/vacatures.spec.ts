import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test, uniqueEmail } from './support';

const DESKTOP = { width: 1280, height: 800 };
/** The core skills of a cook: no other spec's resident has them, so no other ranking moves. */
const COOK_SKILLS = ['gerechten-bereiden', 'mise-en-place', 'haccp', 'menu-samenstellen', 'dieetwensen'];

/** A new employer organisation with its own account, made the way a beheerder does it. */
async function newEmployer(browser: Browser, baseURL: string | undefined, name: string): Promise<Page> {
	const admin = await (await browser.newContext({ baseURL, viewport: DESKTOP })).newPage();
	await signIn(admin, DEMO.beheerder);
	await admin.goto('/beheer/uitnodigingen');
	await admin.locator('#org-name').fill(name);
	await admin.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	await expect(admin.getByText(`Organisatie ${name} is toegevoegd.`)).toBeVisible();
	await admin.reload();
	await admin.getByLabel('E-mailadres').fill(uniqueEmail('werkgever'));
	await admin.getByLabel('Rol').selectOption({ label: 'Werkgever' });
	await admin.getByLabel('Organisatie', { exact: true }).selectOption({ label: name });
	await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
	const link = (await admin.getByTestId('invitation-link').textContent())!.trim();
	await admin.context().close();

	const employer = await (await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'nl-NL' })).newPage();
	await employer.goto(link);
	await employer.getByLabel('Naam', { exact: true }).fill('Wim Werkgever');
	await employer.getByLabel('Nieuw wachtwoord').fill('werkgever-wachtwoord-1');
	await employer.getByRole('button', { name: 'Account activeren' }).click();
	await expect(employer).toHaveURL(/\/werkgever$/);
	return employer;
}

async function seedCook(request: APIRequestContext, level: number, skills: string[]): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		{ entity: 'profile', entityId: portfolioId, op: 'create', patch: { woonplaats: 'oldenzaal', beroepswensen: ['kok'], educationLevel: 'mbo-3', availability: 'direct' } },
		...skills.map((skillId) => ({ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId, level, source: 'zelf' } }))
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

async function joinTalentpool(page: Page): Promise<void> {
	await page.goto('/mijn/delen/talentpool');
	await page.getByRole('button', { name: 'Doe mee met de talentpool' }).click();
	await expect(page.getByText('Je doet mee.', { exact: false })).toBeVisible();
}

function inDays(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('an employer posts a vacature with must-skills, the resident who fits sees it after sync, ranks first and shares after a request', async ({ page, browser, baseURL }) => {
	test.setTimeout(240_000);
	const stamp = Date.now();
	const organisation = `Restaurant De Proef ${stamp}`;
	const title = `Kok in de keuken ${stamp}`;

	// Two residents in the pool: one with every core skill of a cook, one with two of them.
	await registerResident(page, `Kok Talent ${stamp}`);
	await seedCook(page.request, 3, COOK_SKILLS);
	await joinTalentpool(page);
	await page.goto('/mijn/aanbod');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	const other = await (await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } })).newPage();
	await registerResident(other, `Bijna Kok ${stamp}`);
	await seedCook(other.request, 2, COOK_SKILLS.slice(0, 2));
	await joinTalentpool(other);
	await other.context().close();

	const employer = await newEmployer(browser, baseURL, organisation);
	await employer.getByRole('link', { name: 'Vacatures', exact: true }).first().click();
	await expect(employer.getByRole('heading', { level: 1 })).toHaveText('Vacatures en leerwerkplekken');
	await employer.getByRole('link', { name: 'Nieuwe vacature of leerwerkplek' }).click();

	// First a form with mistakes: every error stands next to its field.
	await employer.getByLabel('Einddatum').fill(inDays(-3));
	await employer.getByRole('button', { name: 'Opslaan' }).click();
	await expect(employer.getByRole('alert')).toContainText('Kijk bij de velden hieronder.');
	await expect(employer.locator('#catalogue-title-error')).toHaveText('Vul dit in.');
	await expect(employer.locator('#catalogue-endDate-error')).toHaveText('De einddatum ligt in het verleden.');
	await expect(employer.locator('#skills-error')).toHaveText('Kies minstens één skill.');
	await expect(employer.locator('#vacature-occupation-error')).toHaveText('Kies een beroep uit de lijst.');
	await expectNoA11yViolations(employer);

	await employer.getByLabel('Titel').fill(title);
	await employer.getByLabel('Wat houdt het werk in?').fill('Je kookt voor onze gasten in Oldenzaal, samen met de chef.');
	await employer.getByLabel('Beroep').selectOption('kok');
	// The cook's skills are suggested: the five core skills as must, the rest as nice.
	const rows = employer.getByTestId('skill-rows').getByRole('listitem');
	await expect(rows).toHaveCount(13);
	await expect(employer.getByLabel('Hoe belangrijk is Gerechten bereiden?')).toHaveValue('must');
	await expect(employer.getByLabel('Hoe belangrijk is Samenwerken in een team?')).toHaveValue('nice');
	await employer.getByLabel('Opleidingsniveau').selectOption('mbo-3');
	await employer.getByLabel('Minimaal uren per week').fill('24');
	await employer.getByLabel('Maximaal uren per week').fill('36');
	await employer.getByLabel('Plaats (gemeente)').selectOption('oldenzaal');
	await employer.getByLabel('Startdatum').fill(inDays(20));
	await employer.getByLabel('Einddatum').fill(inDays(40));
	await expectNoA11yViolations(employer);
	await employer.getByRole('button', { name: 'Opslaan' }).click();
	await expect(employer).toHaveURL(/\/werkgever\/vacatures\?opgeslagen=1$/);
	await expect(employer.locator('main').getByRole('status')).toHaveText('De vacature is opgeslagen.');
	const card = employer.getByTestId('vacature-list').getByRole('listitem').filter({ hasText: title });
	await expect(card).toContainText('Inwoners zien deze vacature.');
	await expectNoA11yViolations(employer);

	// At her next sync the resident has the vacature among hers, and fits every must-skill.
	await page.reload();
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	await page.getByRole('button', { name: /^Vacatures die bij je passen/ }).click();
	const job = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
	await expect(job).toBeVisible();
	await expect(job).toContainText('5 van 5 skills');

	// The employer's "who fits": her anonymous card first, without a name; the other one second, missing three.
	await card.getByRole('link', { name: /Wie past\?/ }).click();
	await expect(employer.getByRole('heading', { level: 1 })).toHaveText(`Wie past bij ${title}?`);
	const fits = employer.getByTestId('fit-card');
	await expect(fits.nth(1)).toBeVisible();
	await expect(fits.first()).toContainText('5 van 5 moet-skills');
	await expect(fits.first().getByTestId('fit-missing')).toHaveText('Heeft alle moet-skills.');
	await expect(fits.nth(1)).toContainText('2 van 5 moet-skills');
	await expect(fits.nth(1).getByTestId('fit-missing')).toContainText('Mist nog: Voedselveilig werken (HACCP)');
	await expect(employer.locator('main')).not.toContainText(`Kok Talent ${stamp}`);
	await expectNoA11yViolations(employer);
	await employer.getByLabel('Bericht aan kandidaat 1').fill('Je past precies bij onze keuken. Zullen we kennismaken?');
	await employer.getByRole('button', { name: 'Verzoek sturen (Kandidaat 1)' }).click();
	await expect(fits.first()).toContainText('Je verzoek is verstuurd.');

	// She sees which vacature it is about, and shares her skills and experience.
	await page.goto('/mijn/delen/talentpool');
	const request = page.getByRole('listitem').filter({ hasText: organisation });
	await expect(request.getByTestId('request-offer')).toHaveText(`Over de vacature: ${title}`);
	await request.getByRole('button', { name: new RegExp(`Accepteren\\s*: ${organisation}`) }).click();
	await page.getByRole('button', { name: 'Delen met deze werkgever' }).click();
	await expect(page.getByText(`${organisation} ziet nu wat je hebt gekozen.`)).toBeVisible();
	await expectNoA11yViolations(page);

	await employer.reload();
	await employer.getByRole('link', { name: 'Bekijk wat gedeeld is' }).click();
	await expect(employer.locator('main')).toContainText('Gerechten bereiden');
	await employer.context().close();
});

test('pausing and closing take a vacature off residents\u2019 devices, and a beheerder hides one with a reason the employer sees', async ({ page, browser, baseURL }) => {
	test.setTimeout(180_000);
	const stamp = Date.now();
	const title = `Keukenhulp ${stamp}`;
	const employer = await newEmployer(browser, baseURL, `Eetcafe ${stamp}`);
	await employer.goto('/werkgever/vacatures/nieuw');
	await employer.getByLabel('Soort').selectOption('leerwerktraject');
	await employer.getByLabel('Titel').fill(title);
	await employer.getByLabel('Wat houdt het werk in?').fill('Je leert het vak in onze keuken en gaat een dag per week naar school.');
	await employer.getByLabel('Beroep').selectOption('keukenhulp');
	await expect(employer.getByTestId('skill-rows').getByRole('listitem').first()).toBeVisible();
	await employer.getByLabel('Opleidingsniveau').selectOption('mbo-1');
	await employer.getByLabel('School die het diploma geeft').selectOption({ label: 'ROC van Twente' });
	await employer.getByLabel('Hoeveel weken duurt de opleiding?').fill('52');
	await employer.getByLabel('Minimaal uren per week').fill('24');
	await employer.getByLabel('Maximaal uren per week').fill('32');
	await employer.getByLabel('Plaats (gemeente)').selectOption('losser');
	await employer.getByLabel('Startdatum').fill(inDays(30));
	await employer.getByLabel('Einddatum').fill(inDays(25));
	await employer.getByRole('button', { name: 'Opslaan' }).click();
	const card = employer.getByTestId('vacature-list').getByRole('listitem').filter({ hasText: title });
	await expect(card).toContainText('BBL-plaats (leren en werken) · Open');

	/** What a device holds after pulling the whole catalogue: the last version of each item. */
	const catalogueHas = async (present: boolean) => {
		const items = new Map<string, { deleted: boolean; data: { title?: string } | null }>();
		for (let since = 0, more = true; more; ) {
			const response = await employer.request.get(`/api/sync/catalogue?since=${since}&limit=500`);
			const page = (await response.json()) as { cursor: number; hasMore: boolean; records: { kind: string; id: string; deleted: boolean; data: { title?: string } | null }[] };
			for (const r of page.records) if (r.kind === 'offer') items.set(r.id, r);
			since = page.cursor;
			more = page.hasMore;
		}
		expect([...items.values()].some((r) => !r.deleted && r.data?.title === title)).toBe(present);
	};
	await catalogueHas(true);
	await card.getByRole('button', { name: `Pauzeren (${title})` }).click();
	await expect(employer.locator('main').getByRole('status')).toHaveText(`"${title}" is nu: Gepauzeerd.`);
	await expect(card).toContainText('Inwoners zien deze vacature nu niet.');
	await catalogueHas(false);
	await card.getByRole('button', { name: `Weer openzetten (${title})` }).click();
	await expect(card).toContainText('Inwoners zien deze vacature.');
	await catalogueHas(true);

	// The beheerder hides it: a reason is needed, and the employer reads it.
	await signIn(page, DEMO.beheerder);
	await page.setViewportSize(DESKTOP);
	await page.goto('/beheer/vacatures');
	const row = page.getByTestId('beheer-vacatures').getByRole('listitem').filter({ hasText: title });
	await row.getByRole('button', { name: `Verbergen (${title})` }).click();
	await expect(row.locator('.field__error')).toHaveText('Schrijf een reden van 5 tot 500 tekens.');
	await row.getByLabel(`Reden om ${title} te verbergen (de werkgever ziet dit)`).fill('Er staat geen loon of vergoeding bij.');
	await row.getByRole('button', { name: `Verbergen (${title})` }).click();
	await expect(page.locator('main').getByRole('status')).toHaveText(`"${title}" is verborgen.`);
	await expect(row).toContainText('Verborgen. Reden: Er staat geen loon of vergoeding bij.');
	await expectNoA11yViolations(page);
	await catalogueHas(false);

	await employer.reload();
	await expect(card).toContainText('Verborgen door de beheerder. Reden: Er staat geen loon of vergoeding bij.');
	await page.getByRole('button', { name: `Weer tonen (${title})` }).click();
	await expect(page.locator('main').getByRole('status')).toHaveText(`"${title}" is weer zichtbaar.`);
	await catalogueHas(true);

	await employer.reload();
	await card.getByRole('button', { name: `Sluiten (${title})` }).click();
	await expect(card).toContainText('Gesloten');
	await expect(card.getByRole('button')).toHaveCount(0);
	await expect(card.getByRole('link', { name: /Wijzigen/ })).toHaveCount(0);
	await catalogueHas(false);
	await employer.context().close();
});
