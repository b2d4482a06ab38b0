import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO, expectNoA11yViolations, registerResident, signIn } from './support';

test('a beheerder opens the monitoring dashboard, filters on one gemeente and downloads a CSV', async ({ page }) => {
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer');
	await page.getByRole('link', { name: 'Monitoring' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Monitoring' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Bereik per gemeente' })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('Gemeente', { exact: true }).selectOption('enschede');
	await page.getByRole('button', { name: 'Toon cijfers' }).click();
	await expect(page).toHaveURL(/gemeente=enschede/);
	await expect(page.getByRole('status').filter({ hasText: 'Periode' })).toContainText('Enschede');
	await expectNoA11yViolations(page);

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download CSV: Vouchers: van aanvraag tot betaling' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^monitoring-voucher_funnel-.*-enschede\.csv$/);
	const csv = (await readFile(await download.path())).toString('utf8').replace(/^\ufeff/, '');
	const lines = csv.trimEnd().split('\r\n');
	expect(lines[0]).toBe('Groep,Aanvragen,Inwoners,Doorstroom (%),"Doorlooptijd (dagen, mediaan)"');
	// One row per step of the funnel; the e2e data has far fewer than 10 applications from Enschede.
	expect(lines).toHaveLength(8);
	expect(lines[1]).toMatch(/^[^,]+,< 10,< 10,< 10,< 10$/);

	const api = await page.request.get('/api/monitoring?gemeente=enschede&table=bereik_gemeente');
	expect(api.status()).toBe(200);
	const body = (await api.json()) as { tables: { rows: { values: Record<string, unknown> }[] }[] };
	for (const row of body.tables[0]?.rows ?? []) {
		for (const value of Object.values(row.values)) expect(value === '< 10' || (typeof value === 'number' && value >= 10) || value === null).toBe(true);
	}
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
	await expect(page.getByRole('status').filter({ hasText: 'Dit gesprek' })).toHaveText('Dit gesprek of deze voucher vinden we niet bij uw account, of er is nog geen besluit.');
	await expectNoA11yViolations(page);
});
