import { expect, expectNoA11yViolations, registerResident, test } from './support';

/**
 * Web Push on the account page. Headless Chromium has no push service, so turning it on cannot succeed
 * here: what is tested is that the browser is only asked after a press, and that every outcome ends in a
 * clear sentence and a page that keeps working (the encrypted message itself is tested in
 * src/lib/server/push/push.spec.ts).
 */
const OUTCOMES = [
	'Meldingen staan aan op dit apparaat.',
	'Je hebt meldingen voor deze website geweigerd.',
	'Je browser heeft nog geen toestemming gegeven.',
	'Meldingen aanzetten lukte niet op dit apparaat.',
	'Deze browser kan geen meldingen laten zien.'
];
const outcome = new RegExp(OUTCOMES.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

test('the push control asks only when pressed and ends in a clear message', async ({ page, context }, testInfo) => {
	await registerResident(page, 'Meldingen Test');
	await page.goto('/account');
	const control = page.locator('.push');
	await expect(control.getByRole('heading', { level: 3, name: 'Meldingen op dit apparaat' })).toBeVisible();
	await expect(control.getByRole('status')).toHaveText('Meldingen staan uit op dit apparaat.');
	// Nothing was asked on opening the page.
	expect(await page.evaluate(() => Notification.permission)).toBe('default');
	await expectNoA11yViolations(page);

	// Refused by the browser (a headless one refuses by itself).
	await control.getByRole('button', { name: 'Meldingen aanzetten' }).click();
	await expect(control).toContainText(outcome);
	await expectNoA11yViolations(page);

	// Allowed, but there is no push service to subscribe with.
	await context.grantPermissions(['notifications']);
	await page.reload();
	await expect(control.getByRole('status')).toHaveText('Meldingen staan uit op dit apparaat.');
	await control.getByRole('button', { name: 'Meldingen aanzetten' }).click();
	await expect(control).toContainText(outcome);
	if (await control.getByRole('button', { name: 'Meldingen uitzetten' }).isVisible()) {
		await control.getByRole('button', { name: 'Meldingen uitzetten' }).click();
		await expect(control.getByRole('status')).toHaveText('Meldingen staan uit op dit apparaat.');
	} else {
		await expect(control.getByRole('alert')).toHaveText(/Meldingen aanzetten lukte niet op dit apparaat\. Probeer het later nog eens\./);
		await expect(control.getByRole('button', { name: 'Meldingen aanzetten' })).toBeEnabled();
	}
	await control.screenshot({ path: testInfo.outputPath('push-control.png') });
	await expectNoA11yViolations(page);

	// The rest of the page works as before.
	await page.locator('#mail-aanbod').uncheck();
	await page.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(page.getByText('Je keuze is opgeslagen.')).toBeVisible();
});

test('push choices per kind are saved next to the mail choices', async ({ page }, testInfo) => {
	await registerResident(page, 'Keuze Test');
	await page.goto('/account');
	const section = page.locator('section[aria-labelledby="meldingen"]');
	await expect(section.getByRole('heading', { level: 2, name: 'Berichten per mail en als melding' })).toBeVisible();
	await expect(section.getByRole('group', { name: 'Per mail' })).toBeVisible();
	const pushGroup = section.getByRole('group', { name: 'Als melding op je telefoon of computer' });
	await expect(pushGroup.getByRole('checkbox')).toHaveCount(7);
	for (const box of await pushGroup.getByRole('checkbox').all()) await expect(box).toBeChecked();
	await expect(page.locator('.push').getByRole('status')).toHaveText('Meldingen staan uit op dit apparaat.');
	await section.screenshot({ path: testInfo.outputPath('meldingen.png') });

	await pushGroup.getByLabel('Tijd voor een nieuwe Loopbaan-APK').uncheck();
	await pushGroup.getByLabel('Nieuws over je voucher').uncheck();
	await section.getByRole('group', { name: 'Per mail' }).getByLabel('Nieuw aanbod dat bij je past').uncheck();
	await section.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(section.getByText('Je keuze is opgeslagen.')).toBeVisible();

	await page.reload();
	await expect(page.locator('#push-apk')).not.toBeChecked();
	await expect(page.locator('#push-voucher')).not.toBeChecked();
	await expect(page.locator('#push-aanbod')).toBeChecked();
	await expect(page.locator('#mail-apk')).toBeChecked();
	await expect(page.locator('#mail-aanbod')).not.toBeChecked();
	await expectNoA11yViolations(page);

	await page.locator('#push-apk').check();
	await section.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(section.getByText('Je keuze is opgeslagen.')).toBeVisible();
	await page.reload();
	await expect(page.locator('#push-apk')).toBeChecked();
	await expect(page.locator('#push-voucher')).not.toBeChecked();
});
