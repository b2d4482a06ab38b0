import { expect, expectNoA11yViolations, registerResident, test } from './support';

/** Three resident forms that failed without a word. Each test here failed on the code before the fix. */

test('Over jou: hours and travel time are saved, and a number out of range says so next to the field', async ({ page }) => {
	await registerResident(page);
	await page.goto('/mijn/profiel');
	const hours = page.getByLabel('Hoeveel uur per week wil je werken?');
	const travel = page.getByLabel('Hoe lang wil je hoogstens reizen?');

	await hours.fill('61');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	const message = page.getByText('Vul een aantal uren in tussen 1 en 60.');
	await expect(message).toBeVisible();
	await expect(hours).toHaveAttribute('aria-invalid', 'true');
	await expect(hours).toHaveAccessibleDescription(/Vul een aantal uren in tussen 1 en 60\./);
	await expect(hours).toBeFocused();
	await expectNoA11yViolations(page);
	await page.screenshot({ path: `${test.info().outputDir}/over-jou-range-error-390.png`, fullPage: true });

	await hours.fill('32');
	await travel.fill('241');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Vul een aantal minuten in tussen 0 en 240.')).toBeVisible();
	await expect(travel).toHaveAttribute('aria-invalid', 'true');
	await expect(hours).not.toHaveAttribute('aria-invalid', 'true');

	await travel.fill('45');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Opgeslagen op dit apparaat.')).toBeVisible();
	await page.reload();
	await expect(hours).toHaveValue('32');
	await expect(travel).toHaveValue('45');

	// Emptied again: saved as no answer.
	await hours.fill('');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Opgeslagen op dit apparaat.')).toBeVisible();
	await page.reload();
	await expect(hours).toHaveValue('');
	await expect(travel).toHaveValue('45');
});

test('Opleiding: an opleiding with a begin- and eindjaar is saved, and an impossible year says so next to the field', async ({ page }) => {
	await registerResident(page);
	await page.goto('/mijn/opleiding');
	await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
	await page.getByLabel('Naam van de opleiding').fill('Mbo Logistiek');
	const start = page.getByLabel('Beginjaar');
	await start.fill('1949');
	await page.getByLabel('Eindjaar').fill('2018');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Vul een jaartal in, bijvoorbeeld 2019.')).toBeVisible();
	await expect(start).toHaveAttribute('aria-invalid', 'true');
	await expect(start).toHaveAccessibleDescription(/Vul een jaartal in, bijvoorbeeld 2019\./);
	await expect(start).toBeFocused();
	await expectNoA11yViolations(page);

	await start.fill('2015');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Mbo Logistiek' })).toBeVisible();
	await expect(page.getByText('2015 – 2018')).toBeVisible();
	await page.reload();
	await expect(page.getByText('2015 – 2018')).toBeVisible();
	await page.getByRole('button', { name: /^Wijzigen\s*: Mbo Logistiek$/ }).click();
	await expect(page.getByLabel('Beginjaar')).toHaveValue('2015');
	await expect(page.getByLabel('Eindjaar')).toHaveValue('2018');
});

test('Skills: adding a skill with Enter moves focus to its level and announces it', async ({ page }) => {
	await registerResident(page);
	await page.goto('/mijn/skills');
	const search = page.getByLabel('Zoek een skill');
	await search.fill('heftruk');
	const add = page.getByRole('button', { name: 'Voeg Heftruck rijden toe' });
	await add.focus();
	await page.keyboard.press('Enter');

	const level = page.getByLabel('Niveau van Heftruck rijden');
	await expect(level).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Heftruck rijden staat nu op je paspoort. Kies je niveau.' })).toBeAttached();
	await expect(page.getByText('Staat al op je paspoort')).toBeVisible();
	// Straight on with the keyboard: the level is chosen where focus landed.
	await page.keyboard.press('ArrowDown');
	await expect(level).toHaveValue('3');
	await expectNoA11yViolations(page);
	await page.screenshot({ path: `${test.info().outputDir}/skills-added-390.png`, fullPage: true });
	await page.reload();
	await expect(page.getByLabel('Niveau van Heftruck rijden')).toHaveValue('3');
});
