import { expect, test } from '@playwright/test';
import { DEMO, expectNoA11yViolations, signIn } from './support';

test('an edit made offline survives a reload, then reaches the server and the resident’s other device', async ({ page, context, browser, baseURL }) => {
	await signIn(page, DEMO.inwoner);
	await page.goto('/mijn/profiel');
	const woonplaats = page.getByLabel('Woonplaats');
	await expect(woonplaats).toBeEditable();
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The service worker must control the page before an offline reload can be served from it.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.reload();
	await expect(woonplaats).toBeEditable();

	await context.setOffline(true);
	const place = `Hengelo ${Date.now()}`;
	await woonplaats.fill(place);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('1 wijziging wacht op verbinding')).toBeVisible();

	await page.reload();
	await expect(woonplaats).toHaveValue(place);
	await expect(page.getByText(/wacht op verbinding/)).toBeVisible();
	await expectNoA11yViolations(page);

	await context.setOffline(false);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();

	const otherDevice = await browser.newContext({ baseURL });
	const other = await otherDevice.newPage();
	await signIn(other, DEMO.inwoner);
	await other.goto('/mijn/profiel');
	await expect(other.getByLabel('Woonplaats')).toHaveValue(place);
	await otherDevice.close();
});
