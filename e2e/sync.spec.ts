import { expect, expectNoA11yViolations, readyForOffline, registerResident, signIn, test } from './support';

test('an edit made offline survives a reload, then reaches the server and the resident’s other device', async ({ page, context, browser, baseURL }) => {
	const account = await registerResident(page);
	await page.goto('/mijn/profiel');
	const woonplaats = page.getByLabel('Over mij');
	await expect(woonplaats).toBeEditable();
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The service worker must control the page before an offline reload can be served from it.
	await readyForOffline(page);
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
	await signIn(other, account);
	await other.goto('/mijn/profiel');
	await expect(other.getByLabel('Over mij')).toHaveValue(place);
	await otherDevice.close();
});

test('when two devices change the same field, the resident sees which value was kept and can put theirs back', async ({ page, browser, baseURL }) => {
	const account = await registerResident(page);
	await page.goto('/mijn/profiel');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();

	const phone = await browser.newContext({ baseURL });
	const other = await phone.newPage();
	await signIn(other, account);
	await other.goto('/mijn/profiel');
	await expect(other.getByText('Alles opgeslagen')).toBeVisible();
	await phone.setOffline(true);
	const mine = `Oldenzaal ${Date.now()}`;
	await other.getByLabel('Over mij').fill(mine);
	await other.getByRole('button', { name: 'Opslaan' }).click();
	await expect(other.getByText('1 wijziging wacht op verbinding')).toBeVisible();

	const kept = `Almelo ${Date.now()}`;
	await page.getByLabel('Over mij').fill(kept);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	// Queued first, then sent after the debounce: only then has the server got it. Online, the change is
	// being saved; it waits for a connection only on the phone that has none.
	await expect(page.getByText('Bezig met opslaan…')).toBeVisible();
	await expect(page.getByText(/wacht op verbinding/)).toHaveCount(0);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();

	await phone.setOffline(false);
	const notice = other.getByRole('region', { name: 'Let op: niet alles is bewaard' });
	await expect(notice).toContainText(`Bij 'Over mij' is deze waarde bewaard: ${kept}. Jij had ingevuld: ${mine}.`);
	await expect(other.getByLabel('Over mij')).toHaveValue(kept);
	await expectNoA11yViolations(other);

	await notice.getByRole('button', { name: 'Mijn waarde gebruiken' }).click();
	await expect(notice).toBeHidden();
	await expect(other.getByLabel('Over mij')).toHaveValue(mine);
	await expect(other.getByText('Alles opgeslagen')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Over mij')).toHaveValue(mine);
	await phone.close();
});
