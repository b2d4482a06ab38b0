import { readFile } from 'node:fs/promises';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test } from './support';
import { adviserPreparesApplication, seedWelderPaspoort } from './support-aanbod';

const BLOCKS = ['Werkvermogen en gezondheid', 'Energie en vitaliteit', 'Randvoorwaarden'];

test('a beheerder opens the monitoring dashboard, filters on one gemeente and downloads a CSV', async ({ page }) => {
	const cspViolations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer');
	await page.getByRole('link', { name: 'Monitoring' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Monitoring' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Bereik per gemeente' })).toBeVisible();
	// Every chart is a canvas that names itself, says what it shows and that the same figures are in the table right after it.
	// A chart whose every cell is hidden (small groups, as in a fresh test database) says so in words instead.
	for (const [chart, table] of [
		['Actieve inwoners per maand', 'Actieve inwoners per maand'],
		['Kleur per APK-blok', 'Loopbaan-APK: kleur per blok']
	]) {
		const empty = page.getByTestId('chart-empty').filter({ hasText: chart });
		if ((await empty.count()) > 0) {
			await expect(empty).toContainText('geen staven te tekenen');
			await expect(empty.locator('xpath=following-sibling::*[1]').getByRole('table', { name: table })).toBeVisible();
			continue;
		}
		const canvas = page.getByRole('img', { name: chart });
		await expect(canvas).toHaveAccessibleDescription(/Dezelfde cijfers staan in de tabel eronder\./);
		expect(await canvas.evaluate((element) => element.tagName)).toBe('CANVAS');
		// Chart.js has drawn on it: some pixels are no longer transparent.
		await expect
			.poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data.some((value, i) => i % 4 === 3 && value > 0)))
			.toBe(true);
		const next = page.locator('figure', { has: canvas }).locator('xpath=following-sibling::*[1]');
		await expect(next.getByRole('table', { name: table })).toBeVisible();
	}
	const lights = page.getByRole('table', { name: 'Loopbaan-APK: kleur per blok' });
	await expect(lights.getByRole('columnheader')).toHaveText(['Groep', 'Groen', 'Oranje', 'Rood', 'Inwoners']);
	await expect(lights.getByRole('rowheader')).toHaveCount(7);
	for (const block of BLOCKS) await expect(lights.getByRole('rowheader', { name: block })).toBeVisible();
	await expect(page.getByText('"< 10" betekent: minder dan 10 mensen.')).toBeVisible();
	await expect(page.getByText('Soms verbergen we ook een groter cijfer.')).toBeVisible();
	// A hidden figure that is not a head count says why in words, never "< 10".
	const funnel = page.getByRole('table', { name: 'Vouchers: van aanvraag tot betaling' });
	await expect(funnel.getByRole('cell', { name: 'Verborgen: minder dan 10 mensen' }).first()).toBeVisible();
	await expectNoA11yViolations(page);

	// Only fixed periods: a year or a quarter.
	const period = page.getByLabel('Periode', { exact: true });
	await expect(period.locator('option').first()).toHaveText(/^\d{4} \(heel jaar\)$/);
	await period.selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/periode=\d{4}-Q[1-4]/);
	await expect(page.getByRole('status').filter({ hasText: 'Periode' })).toContainText('Heel Twente');

	await page.getByLabel('Periode', { exact: true }).selectOption({ index: 0 });
	await page.getByLabel('Gemeente', { exact: true }).selectOption('enschede');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/gemeente=enschede/);
	await expect(page.getByRole('status').filter({ hasText: 'Periode' })).toContainText('Enschede');
	await expectNoA11yViolations(page);
	expect(cspViolations).toEqual([]);

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download CSV: Vouchers: van aanvraag tot betaling' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^monitoring-voucher_funnel-.*-enschede\.csv$/);
	const csv = (await readFile(await download.path())).toString('utf8').replace(/^\ufeff/, '');
	const lines = csv.trimEnd().split('\r\n');
	expect(lines[0]).toBe('Groep,Aanvragen,Inwoners,Doorstroom (%),"Doorlooptijd (dagen, mediaan)"');
	// One row per step of the funnel; the e2e data has far fewer than 10 applications from Enschede.
	expect(lines).toHaveLength(8);
	// only the head count reads "< 10"; applications, conversion and days say why they are hidden
	expect(lines[1]).toMatch(/^[^,]+,Verborgen: minder dan 10 mensen,< 10,Verborgen: minder dan 10 mensen,Verborgen: minder dan 10 mensen$/);

	const lightsDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download CSV: Loopbaan-APK: kleur per blok' }).click();
	const lightsCsv = (await readFile(await (await lightsDownload).path())).toString('utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
	expect(lightsCsv[0]).toBe('Groep,Groen,Oranje,Rood,Inwoners');
	expect(lightsCsv).toHaveLength(8);
	expect(lightsCsv[1]).toBe('Werkvermogen en gezondheid,< 10,< 10,< 10,< 10');

	const api = await page.request.get('/api/monitoring?gemeente=enschede&table=bereik_gemeente');
	expect(api.status()).toBe(200);
	const body = (await api.json()) as { tables: { rows: { values: Record<string, unknown> }[] }[] };
	for (const row of body.tables[0]?.rows ?? []) {
		for (const value of Object.values(row.values)) expect(value === '< 10' || value === 'x' || (typeof value === 'number' && value >= 10) || value === null).toBe(true);
	}
	expect((await page.request.get('/api/monitoring?from=2026-01-01&to=2026-01-31')).status()).toBe(400);
});

for (const role of ['inwoner', 'werkgever'] as const) {
	test(`a ${role} is refused the dashboard, its export and its API`, async ({ page }) => {
		await signIn(page, DEMO[role]);
		const response = await page.goto('/beheer/monitoring');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
		expect((await page.request.get('/beheer/monitoring/export?table=bereik_gemeente')).status()).toBe(403);
		expect((await page.request.get('/api/monitoring')).status()).toBe(403);
	});
}

test('a resident reaches the klantervaring form only for their own gesprek or voucher', async ({ page }) => {
	await registerResident(page);
	await page.goto('/mijn/klantervaring?over=gesprek&id=00000000-0000-4000-8000-000000000000');
	await expect(page.getByRole('heading', { level: 1, name: 'Hoe was het?' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Dit gesprek' })).toHaveText('Dit gesprek of deze voucher vinden we niet bij je account, of er is nog geen besluit.');
	await expectNoA11yViolations(page);
});

test('after a decision on their voucher a resident gives a score once', async ({ page, browser, baseURL }) => {
	await registerResident(page, 'Klantervaring');
	await seedWelderPaspoort(page.request);
	await page.goto('/mijn/aanbod/opl-lasser');
	await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
	await expect(page).toHaveURL(/\/mijn\/vouchers\/[0-9a-f-]{36}$/);
	const applicationId = page.url().split('/').pop()!;
	await page.getByLabel('Waarom wil je deze opleiding doen?').fill('Ik wil lasser worden.');
	await page.getByLabel('Wie betaalt de eigen bijdrage?').fill('Ik betaal zelf');
	await page.getByRole('button', { name: 'Indienen en delen met de adviseurs' }).click();
	await expect(page.getByRole('heading', { name: 'Status van je aanvraag' })).toBeVisible();
	// No decision yet: nothing to score.
	await expect(page.getByRole('link', { name: 'Geef een cijfer' })).toHaveCount(0);

	await adviserPreparesApplication(browser, baseURL, applicationId);

	const fund = await browser.newContext({ baseURL });
	const admin = await fund.newPage();
	await signIn(admin, DEMO.beheerder);
	await admin.goto(`/beheer/vouchers/${applicationId}`);
	await admin.getByLabel('Reden van afwijzing').fill('Past niet in de regeling');
	await admin.getByRole('button', { name: 'Afwijzen' }).click();
	await expect(admin.getByRole('button', { name: 'Afwijzen' })).toHaveCount(0);
	await fund.close();

	await page.goto(`/mijn/vouchers/${applicationId}`);
	await expect(page.getByText('Er is een besluit over je aanvraag. Wil je ons laten weten hoe het ging?')).toBeVisible();
	await page.goto('/mijn/vouchers');
	await page.getByRole('link', { name: /^Geef een cijfer\s*: Lasser \(mbo niveau 2, deeltijd\)$/ }).click();
	await expect(page).toHaveURL(`/mijn/klantervaring?over=voucher&id=${applicationId}`);
	await expect(page.getByText('Er is een besluit over je voucher.')).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByLabel('Cijfer (1 tot 10)').fill('11');
	await page.getByRole('button', { name: 'Verstuur' }).click();
	await expect(page.getByText('Kies een cijfer van 1 tot 10.')).toBeVisible();
	await page.getByLabel('Cijfer (1 tot 10)').fill('8');
	await page.getByLabel('Toelichting (mag leeg blijven)').fill('Snel duidelijkheid');
	await page.getByRole('button', { name: 'Verstuur' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Dank je wel.' })).toHaveText('Dank je wel. Je cijfer is bewaard.');

	// Once only: the form does not come back, and a second post is refused.
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'al een cijfer' })).toHaveText('Je hebt hier al een cijfer voor gegeven. Dank je wel.');
	await expect(page.getByLabel('Cijfer (1 tot 10)')).toHaveCount(0);
	const again = await page.request.post('/api/klantervaring', { data: { over: 'voucher', id: applicationId, score: 2, comment: '' } });
	expect(again.status()).toBe(409);
});
