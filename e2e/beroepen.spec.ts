import { expect, expectNoA11yViolations, readyForOffline, test } from './support';
import { registerResident, seedOrderPickerPaspoort } from './support-aanbod';

test('"Wat past bij mij?": an order picker sees the occupations she nearly fits, offline, and sets one as her wish', async ({ page, context }) => {
	await registerResident(page, 'Beroepen Verkenner');
	await page.goto('/mijn/aanbod/beroepen');
	// A new paspoort: an empty state that says what to do.
	await expect(page.getByRole('heading', { name: 'Vertel eerst wat je kunt' })).toBeVisible();
	await expectNoA11yViolations(page);

	await seedOrderPickerPaspoort(page.request);
	await page.goto('/mijn/aanbod');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	await readyForOffline(page);
	await context.setOffline(true);
	await page.getByRole('link', { name: 'Wat past bij mij?' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Wat past bij mij?' })).toBeVisible();

	const cards = page.getByRole('article');
	const first = cards.first();
	await expect(first.getByRole('heading', { level: 2 })).toHaveText('Logistiek medewerker');
	await expect(first).toContainText('Je hebt 8 van 15 skills');
	await expect(first).toContainText('Dit mis je nog:');
	// Her wish is on the list, with its outlook and the training that leads to it.
	const wish = page.getByRole('article', { name: 'Vrachtwagenchauffeur' });
	await expect(wish).toContainText('Je beroepswens');
	await expect(wish).toContainText('Veel vraag in Twente (kansberoep)');
	await expect(wish.getByRole('link', { name: 'Rijbewijs C en CE met code 95 (12 weken, 16 uur per week)' })).toBeVisible();
	await expectNoA11yViolations(page);

	// A sector narrows the list.
	await page.getByLabel('Sector').selectOption({ label: 'Zorg en welzijn' });
	await expect(page.getByRole('article', { name: 'Logistiek medewerker' })).toHaveCount(0);
	await page.getByLabel('Sector').selectOption({ label: 'Alle sectoren' });

	// "Zet als beroepswens" adds it to the profile, on the device, offline.
	await page.getByRole('button', { name: 'Zet als beroepswens: Logistiek medewerker' }).click();
	await expect(page.getByText('Logistiek medewerker staat nu bij je beroepswensen.')).toBeVisible();
	await expect(first).toContainText('Je beroepswens');

	// The offers for one occupation.
	await first.getByRole('link', { name: /^Bekijk het aanbod voor Logistiek medewerker/ }).click();
	await expect(page).toHaveURL(/\/mijn\/aanbod\?beroep=logistiek-medewerker$/);
	await expect(page.getByText('Alleen aanbod voor Logistiek medewerker')).toBeVisible();
	const results = page.getByRole('listitem').filter({ has: page.getByRole('article') });
	await expect(results.first().getByRole('heading', { level: 3 })).toHaveText(/^Logistiek medewerker \(/);
	await expectNoA11yViolations(page);

	await context.setOffline(false);
	await page.goto('/mijn/profiel');
	await expect(page.getByRole('list').getByText('Logistiek medewerker')).toBeVisible();
});
