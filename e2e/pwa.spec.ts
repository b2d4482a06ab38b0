import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, expect, expectNoA11yViolations, readyForOffline, signIn, test, watchPageErrors } from './support';

test('after one online visit the resident home opens offline', async ({ page, context }) => {
	await signIn(page, DEMO.inwoner);
	await expect(page).toHaveURL(/\/mijn$/);
	await readyForOffline(page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Sanne Demo');

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Sanne Demo');
	await expect(page.getByText('Je bent offline')).toBeVisible();
	await expectNoA11yViolations(page);

	// A resident page never opened on this device opens offline too, as itself (not as the home page).
	await page.goto('/mijn/talen');
	await expect(page).toHaveURL(/\/mijn\/talen$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talen en rijbewijs');
	await expect(page.getByText('Je bent offline')).toBeVisible();
	await expectNoA11yViolations(page);
	await context.setOffline(false);
});

test('Chromium reports the app as installable', async ({ baseURL }) => {
	// Installability is never reported in an incognito-like context, so use a real profile.
	const profile = mkdtempSync(join(tmpdir(), 'tp-profile-'));
	const context = watchPageErrors(
		await chromium.launchPersistentContext(profile, {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		})
	);
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/`);
		const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ name: 'Talentpaspoort Twente', short_name: 'Talentpaspoort', display: 'standalone', start_url: '/mijn', id: '/' });
		expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable'
		]);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		await expect
			.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), { timeout: 15_000 })
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
