import { expect, expectNoA11yViolations, readyForOffline, test } from './support';
import { registerResident, seedOrderPickerPaspoort } from './support-aanbod';

test('an order picker sees the logistics vacancy she nearly fits first, with the course that closes the gap, offline', async ({ page, context }) => {
	await registerResident(page, 'matching');
	await seedOrderPickerPaspoort(page.request);
	await page.goto('/mijn/aanbod');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	const results = page.getByRole('listitem').filter({ has: page.getByRole('article') });
	await expect(results.first()).toBeVisible();
	await readyForOffline(page);

	await context.setOffline(true);
	await page.reload();
	// Vacatures come first, in their own list, ranked by fit.
	await expect(page.getByRole('heading', { level: 2, name: 'Vacatures die bij je passen' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Vacatures die bij je passen/ })).toHaveAttribute('aria-pressed', 'true');
	const job = results.first();
	await expect(job.getByRole('heading', { level: 3 })).toHaveText(/^Logistiek medewerker \(/);
	await expect(job).toContainText('4 van 5 skills');
	await expect(job).toContainText('Dit mis je nog (1):');
	await expect(job.getByRole('listitem').filter({ hasText: 'Laden en lossen' })).toContainText('leer je in Pakketbezorger (mbo niveau 1, deeltijd)');
	// The score is the sum of the reasons, each with its points.
	await job.getByText('Hoe de score is opgebouwd').click();
	await expect(job).toContainText('Je hebt 4 van de 5 gevraagde vaardigheden: +51 punten');
	await expect(job).toContainText('Samen: 51 van 100');
	await expectNoA11yViolations(page);

	// Opleidingen have their own order: the route to her wish first, and no missing "Nederlands spreken" for a native speaker.
	await page.getByRole('button', { name: /^Opleidingen die je verder helpen/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Opleidingen die je verder helpen' })).toBeVisible();
	await expect(results.first().getByRole('heading', { level: 3 })).toHaveText('Vrachtwagenchauffeur (mbo niveau 2, deeltijd)');
	await expect(results.first()).toContainText('Leidt naar je gewenste beroep: Vrachtwagenchauffeur');
	await expect(page.getByText('Nederlands spreken:')).toHaveCount(0);
	await expectNoA11yViolations(page);
	await context.setOffline(false);
});
