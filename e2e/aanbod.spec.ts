import { expect, expectNoA11yViolations, navigateTo, readyForOffline, test } from './support';
import { registerResident, seedWelderPaspoort } from './support-aanbod';

test('a resident with skills sees ranked, explained matches offline and puts one in the plan', async ({ page, context }) => {
	await registerResident(page, 'aanbod');
	await page.goto('/mijn/aanbod');
	// Without skills the page says what to do first.
	await expect(page.getByRole('heading', { name: 'Vul eerst je vaardigheden in' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Vaardigheden toevoegen' })).toHaveAttribute('href', '/mijn/skills');
	await expectNoA11yViolations(page);

	await seedWelderPaspoort(page.request);
	await page.reload();
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	const results = page.getByRole('listitem').filter({ has: page.getByRole('article') });
	await expect(results.first()).toBeVisible();
	await readyForOffline(page);

	await context.setOffline(true);
	await page.reload();
	await expect(results.first()).toBeVisible();
	// Each kind has its own list. Opleidingen: the welding course that leads to the resident's wish comes first, and says why.
	await page.getByRole('button', { name: /^Opleidingen die je verder helpen/ }).click();
	const first = results.first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText('Lasser (mbo niveau 2, deeltijd)');
	await expect(first).toContainText('Leidt naar je gewenste beroep: Lasser');
	await expect(first).toContainText('Kansberoep');
	await expect(first).toContainText('Twents Fonds voor Vakmanschap');
	await expectNoA11yViolations(page);

	// Vacatures: a welding job, with the skills the resident has, the one they miss, and the course that closes it.
	await page.getByRole('button', { name: /^Vacatures die bij je passen/ }).click();
	const job = results.first();
	await expect(job.getByRole('heading', { level: 3 })).toHaveText(/^Lasser \(/);
	await expect(job).toContainText('4 van 5 skills');
	await expect(job).toContainText('Dit kun je al (4):');
	await expect(job).toContainText('MIG/MAG-lassen');
	await expect(job).toContainText('zelf ingevuld');
	await expect(job).toContainText('Dit mis je nog (1):');
	// Each missing skill names the shortest offer that closes it.
	await expect(job).toContainText('leer je in');

	await job.getByRole('button', { name: /Zet in mijn plan/ }).click();
	await expect(job.getByRole('link', { name: /Staat in je plan/ })).toBeVisible();
	await expectNoA11yViolations(page);

	// Still offline: the app navigates on the device.
	await job.getByRole('link', { name: /Staat in je plan/ }).click();
	await expect(page).toHaveURL(/\/mijn\/plan$/);
	await expect(page.getByRole('heading', { name: /Solliciteren: Lasser/ })).toBeVisible();
	await expect(page.getByText('uit het aanbod')).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: /^Klaar\b.*Solliciteren/ }).click();
	await expect(page.getByRole('heading', { name: 'Klaar (1)' })).toBeVisible();

	await navigateTo(page, 'Aanbod');
	await page.getByRole('link', { name: 'Zo werkt matchen' }).click();
	await expect(page.getByRole('heading', { name: 'Zo zoeken we aanbod dat bij je past' })).toBeVisible();
	await expectNoA11yViolations(page);

	await context.setOffline(false);
	await page.goto('/mijn/plan');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
});

test('the offer page shows the funding navigator with unknown amounts as unknown, source and date', async ({ page }) => {
	await registerResident(page, 'funding');
	await seedWelderPaspoort(page.request);
	await page.goto('/mijn/aanbod/opl-lasser');
	await expect(page.getByRole('heading', { level: 1, name: 'Lasser (mbo niveau 2, deeltijd)' })).toBeVisible();
	const tfvv = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Twents Fonds voor Vakmanschap' }) });
	await expect(tfvv).toContainText('Past waarschijnlijk');
	// Spoken to the resident, in B1: not the note written for the beheerder who sets the amount.
	await expect(tfvv).toContainText('Bedrag: We weten het bedrag nog niet.');
	await expect(tfvv).not.toContainText('beheerder');
	await expect(tfvv).toContainText('dit is een voorbeeld, het kan nog anders zijn');
	await expect(tfvv).toContainText('Laatst gecontroleerd:');
	await expectNoA11yViolations(page);
});
