import { type Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, navigateTo, readyForOffline, registerResident, signIn, test } from './support';

const LIGHT = /Groen: gaat goed|Oranje: let op|Rood: actie nodig/;

/**
 * Answers every question of the block on screen. `option` picks the answer per question, so two scans
 * can differ; block 4 first asks for an occupation when the paspoort names none.
 */
async function answerBlock(page: Page, number: number, option: number, a11y = false) {
	await expect(page.getByText(`Blok ${number} van 7`)).toBeVisible();
	const occupation = page.getByLabel('Kies een beroep');
	if (number === 4 && (await occupation.count()) > 0) {
		await occupation.selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Gebruik dit beroep' }).click();
		await expect(page.getByText(/De vragen gaan over de skills van/)).toBeVisible();
	}
	const groups = page.locator('main fieldset');
	await expect(groups.first()).toBeVisible();
	if (a11y) await expectNoA11yViolations(page);
	for (const group of await groups.all()) {
		const radios = group.getByRole('radio');
		const pick = radios.nth(Math.min(option, (await radios.count()) - 1));
		await pick.check();
		await expect(pick).toBeChecked();
	}
}

async function nextBlock(page: Page, number: number) {
	await page.getByRole('link', { name: 'Volgende blok' }).click();
	await expect(page).toHaveURL(new RegExp(`blok=${number + 1}$`));
}

/** Blocks `from`..7 of the open scan, then the result page. */
async function finishScan(page: Page, from: number, option: number) {
	for (let n = from; n <= 7; n++) {
		await answerBlock(page, n, option);
		if (n < 7) await nextBlock(page, n);
	}
	await page.getByRole('button', { name: 'Bekijk je uitslag' }).click();
	await expect(page).toHaveURL(/\/mijn\/apk\/uitslag\//);
	await expect(page.getByRole('heading', { level: 1, name: 'Je APK-uitslag' })).toBeVisible();
}

test('a resident does the APK partly offline, resumes after a reload, sees the result, plans a step and sees the trend', async ({ page, context }) => {
	await registerResident(page);
	await page.goto('/mijn/apk');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The service worker must control the page (and have kept its shell) before an offline reload works.
	await readyForOffline(page);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start de APK' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Start de APK' }).click();
	await expect(page).toHaveURL(/\/mijn\/apk\/scan\?blok=1$/);
	await answerBlock(page, 1, 3, true);
	await nextBlock(page, 1);

	await context.setOffline(true);
	await answerBlock(page, 2, 3);
	await nextBlock(page, 2);
	await answerBlock(page, 3, 3);
	await nextBlock(page, 3);
	await answerBlock(page, 4, 3, true);

	// Leave mid-scan and reload offline: every answer is still there and the scan resumes at block 5.
	await navigateTo(page, 'Loopbaan-APK');
	const progress = page.getByText(/Je hebt \d+ van de \d+ vragen beantwoord/);
	await expect(progress).toBeVisible();
	const before = await progress.textContent();
	await page.reload();
	await expect(progress).toHaveText(before!);
	await expect(page.getByText(/wijzigingen wachten op verbinding/)).toBeVisible();
	await page.getByRole('link', { name: 'Ga verder met je APK' }).click();
	await expect(page).toHaveURL(/blok=5$/);
	await page.getByRole('link', { name: 'Vorige blok' }).click();
	await expect(page.getByText('Blok 4 van 7')).toBeVisible();
	for (const group of await page.locator('main fieldset').all()) await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
	await nextBlock(page, 4);

	await finishScan(page, 5, 3);
	await context.setOffline(false);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();

	const blocks = page.getByTestId('apk-block');
	await expect(blocks).toHaveCount(7);
	for (const block of await blocks.all()) {
		await expect(block.getByText(LIGHT)).toBeVisible();
		await expect(block.getByText(/Score \d+ van 100/)).toBeVisible();
	}
	await expectNoA11yViolations(page);

	const add = page.getByRole('button', { name: /^Zet in mijn plan/ }).first();
	// The accessible name says which step: "Zet in mijn plan: <step>".
	const title = ((await add.getAttribute('aria-label')) ?? '').replace(/^Zet in mijn plan: /, '');
	await add.click();
	await expect(page.getByRole('status').filter({ hasText: `‘${title}’ staat nu in je ontwikkelplan.` })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(`^Staat in je plan\\s*: ${title}$`) }).first()).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: new RegExp(`^Staat in je plan\\s*: ${title}$`) }).first()).toBeVisible();

	// A second scan, with other answers, makes the history a trend of two points per block.
	await page.goto('/mijn/apk');
	await page.getByRole('button', { name: 'Start de APK' }).click();
	await finishScan(page, 1, 0);
	await page.getByRole('link', { name: 'Bekijk al je uitslagen' }).click();
	await expect(page).toHaveURL(/\/mijn\/apk\/geschiedenis$/);
	const table = page.getByRole('table', { name: 'Scores per onderdeel (van 100)' });
	await expect(table.getByRole('row')).toHaveCount(8);
	await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveCount(3);
	await expect(page.getByRole('img', { name: /^Werkvermogen en gezondheid: \d+ op .+, \d+ op / })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^APK van / })).toHaveCount(2);
	await expectNoA11yViolations(page);
	await expect(page.getByTestId('apk-reminder')).toHaveCount(0);
});

test('answers given on one device are there to resume on another', async ({ page, browser, baseURL }) => {
	const account = await registerResident(page);
	await page.goto('/mijn/apk');
	await page.getByRole('button', { name: 'Start de APK' }).click();
	await answerBlock(page, 1, 2);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();

	const other = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const phone = await other.newPage();
	await signIn(phone, account);
	await phone.goto('/mijn/apk');
	await phone.getByRole('link', { name: 'Ga verder met je APK' }).click();
	await expect(phone).toHaveURL(/blok=2$/);
	await phone.getByRole('link', { name: 'Vorige blok' }).click();
	for (const group of await phone.locator('main fieldset').all()) {
		await expect(group.getByRole('radio').nth(2)).toBeChecked();
	}
	await other.close();
});

test('an employer invites by code, the employee completes the APK, and the employer sees only the count', async ({ browser, baseURL }) => {
	const employerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const employer = await employerContext.newPage();
	await signIn(employer, DEMO.werkgever);
	await employer.goto('/werkgever/apk');
	await expectNoA11yViolations(employer);
	await employer.getByLabel('Aantal codes').fill('1');
	await employer.getByRole('button', { name: 'Codes maken' }).click();
	const code = (await employer.getByTestId('apk-code').textContent())!;
	expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
	await expect(employer.getByText('0 van 1 afgerond')).toBeVisible();
	await expectNoA11yViolations(employer);

	const residentContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const resident = await residentContext.newPage();
	await registerResident(resident);
	await resident.goto(`/mijn/apk?code=${code.replace('-', '')}`);
	await expect(resident.getByLabel('Uitnodigingscode')).toHaveValue(code.replace('-', ''));
	await resident.getByRole('button', { name: 'Uitnodiging accepteren', exact: true }).click();
	await expect(resident.getByText('Je hebt de uitnodiging van Demo Metaalbewerking Hengelo B.V. geaccepteerd', { exact: false })).toBeVisible();
	await expectNoA11yViolations(resident);
	await resident.getByRole('link', { name: 'Ga verder met je APK' }).click();
	await finishScan(resident, 1, 1);
	await expect(resident.getByText('Alles opgeslagen')).toBeVisible();
	const resultUrl = resident.url();

	await employer.goto('/werkgever/apk');
	const counts = employer.getByTestId('apk-counts');
	await expect(counts).toHaveText(/1\s*uitgenodigd\s*1\s*geaccepteerd\s*1\s*voltooid/);
	await expect(employer.getByText('1 van 1 afgerond')).toBeVisible();
	await expect(employer.locator('main')).not.toContainText(LIGHT);
	await expect(employer.locator('main')).not.toContainText(/Score|Werkvermogen|Blok/);

	// The resident's pages and data are refused to the employer, in the browser and over the API.
	await employer.goto(new URL(resultUrl).pathname);
	await expect(employer).toHaveURL(/\/geen-toegang/);
	expect((await employer.request.get('/api/sync/pull?since=0')).status()).toBe(403);
	expect((await employer.request.get('/api/apk/invitations')).status()).toBe(403);
	await employerContext.close();
	await residentContext.close();
});

test('a resident whose last APK is more than a year old is reminded on the home page and the APK page', async ({ page }) => {
	await registerResident(page);
	// A scan completed long ago, as another device would have synced it.
	const pulled = await (await page.request.get('/api/sync/pull?since=0')).json();
	const push = await page.request.post('/api/sync/push', {
		data: {
			clientId: crypto.randomUUID(),
			portfolioId: pulled.portfolioId,
			mutations: [
				{
					mutationId: 1,
					entity: 'apkScan',
					entityId: crypto.randomUUID(),
					op: 'create',
					patch: { modelVersion: 'apk-2025.1', startedAt: '2024-05-02T09:00:00.000Z', status: 'completed', completedAt: '2024-05-02T09:12:00.000Z' },
					baseVersion: 0
				}
			]
		}
	});
	expect(push.status()).toBe(200);

	await page.goto('/mijn');
	const home = page.getByTestId('apk-reminder');
	await expect(home).toContainText('Je laatste Loopbaan-APK is meer dan een jaar oud.');
	await expectNoA11yViolations(page);
	await home.getByRole('link', { name: 'Naar de Loopbaan-APK' }).click();
	await expect(page.getByTestId('apk-reminder')).toContainText('Je laatste APK was op 2 mei 2024.');
	await expect(page.getByRole('button', { name: 'Start de APK' })).toBeVisible();
	await expectNoA11yViolations(page);
});
