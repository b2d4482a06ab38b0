import { DEMO, expect, expectNoA11yViolations, signIn, test } from './support';
import { registerResident, seedWelderPaspoort } from './support-aanbod';

test('voucher journey: resident applies (draft offline), adviseur writes the scholingsplan, beheerder approves within budget, resident sees the cheque', async ({ page, context, browser, baseURL }) => {
	await registerResident(page, 'voucher');
	await seedWelderPaspoort(page.request);
	await page.goto('/mijn/aanbod/opl-lasser');
	const tfvv = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Twents Fonds voor Vakmanschap' }) });
	await expect(tfvv).toContainText('Past waarschijnlijk');
	await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
	await expect(page).toHaveURL(/\/mijn\/vouchers\/[0-9a-f-]{36}$/);
	const applicationId = page.url().split('/').pop()!;
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();

	// The draft is written offline; submitting waits for a connection.
	await context.setOffline(true);
	await page.getByLabel('Waarom wil je deze opleiding doen?').fill('Ik las al jaren thuis en wil er mijn vak van maken.');
	await page.getByLabel('Wie betaalt de eigen bijdrage?').fill('Ik betaal zelf');
	await page.getByRole('button', { name: 'Concept bewaren' }).click();
	await expect(page.getByText('Je concept is bewaard op dit apparaat.')).toBeVisible();
	await expect(page.getByText('Indienen kan als je weer internet hebt.')).toBeVisible();
	await expectNoA11yViolations(page);
	await context.setOffline(false);

	await expect(page.getByText(/deel je deze aanvraag met de leerwerkadviseurs/)).toBeVisible();
	await page.getByRole('button', { name: 'Indienen en delen met de adviseurs' }).click();
	await expect(page.getByRole('heading', { name: 'Status van je aanvraag' })).toBeVisible();
	await expect(page.getByText('Aanvraag ingediend').first()).toBeVisible();
	await expectNoA11yViolations(page);

	const staff = await browser.newContext({ baseURL });
	const adviser = await staff.newPage();
	await signIn(adviser, DEMO.adviseur);
	await adviser.goto('/adviseur/vouchers');
	await expect(adviser.locator(`a[href="/adviseur/vouchers/${applicationId}"]`)).toBeVisible();
	await expectNoA11yViolations(adviser);
	await adviser.goto(`/adviseur/vouchers/${applicationId}`);
	await expect(adviser.getByText('Ik las al jaren thuis')).toBeVisible();
	await adviser.getByLabel('Notitie van het loopbaangesprek').fill('Gesprek op het Werkplein Hengelo');
	await adviser.getByRole('button', { name: 'Loopbaangesprek gevoerd' }).click();
	await expect(adviser.getByRole('button', { name: 'Scholingsplan vastleggen' })).toBeVisible();
	await adviser.getByRole('button', { name: 'Scholingsplan vastleggen' }).click();
	await expect(adviser.getByLabel('Scholingsplan')).toHaveAccessibleDescription(/Vul het scholingsplan in\./);
	await expectNoA11yViolations(adviser);
	await adviser.getByLabel('Scholingsplan').fill('Mbo 2 lasser in deeltijd bij ROC van Twente; lasser is een kansberoep.');
	await adviser.getByRole('button', { name: 'Scholingsplan vastleggen' }).click();
	await expect(adviser.getByText('Scholingsplan klaar').first()).toBeVisible();
	await staff.close();

	const fund = await browser.newContext({ baseURL });
	const admin = await fund.newPage();
	await signIn(admin, DEMO.beheerder);
	await admin.goto('/beheer/vouchers');
	const year = String(new Date().getFullYear());
	await admin.getByLabel('Jaar', { exact: true }).fill(year);
	await admin.getByLabel('Budget in euro').fill('1000');
	await admin.getByRole('button', { name: 'Budget opslaan' }).click();
	await expect(admin.getByText(`Budget voor ${year} opgeslagen.`)).toBeVisible();
	await expectNoA11yViolations(admin);

	// € 2.400 minus 25 % co-financing is € 1.800: more than this year's € 1.000, so approval is refused.
	await admin.goto(`/beheer/vouchers/${applicationId}`);
	await admin.getByLabel('Reden van goedkeuring').fill('Past bij kansberoep lasser');
	await admin.getByRole('button', { name: 'Goedkeuren' }).click();
	await expect(admin.getByRole('alert')).toContainText('het budget van dit jaar overschreden');
	await expectNoA11yViolations(admin);

	await admin.goto('/beheer/vouchers');
	await admin.getByLabel('Jaar', { exact: true }).fill(year);
	await admin.getByLabel('Budget in euro').fill('250000');
	await admin.getByRole('button', { name: 'Budget opslaan' }).click();
	await expect(admin.getByText(`Budget voor ${year} opgeslagen.`)).toBeVisible();
	await admin.goto(`/beheer/vouchers/${applicationId}`);
	await admin.getByLabel('Reden van goedkeuring').fill('Past bij kansberoep lasser');
	await admin.getByRole('button', { name: 'Goedkeuren' }).click();
	await expect(admin.getByRole('button', { name: 'Scholingscheque uitgeven' })).toBeVisible();
	await admin.getByRole('button', { name: 'Scholingscheque uitgeven' }).click();
	await expect(admin.getByRole('button', { name: 'Opleider is betaald' })).toBeVisible();
	await expectNoA11yViolations(admin);
	await fund.close();

	await page.goto('/mijn/vouchers');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lasser (mbo niveau 2, deeltijd)' }) });
	await expect(card).toContainText(/Nummer scholingscheque: TFVV-\d{4}-[0-9A-F]{8}/);
	await expect(card.getByRole('listitem')).toHaveCount(5);
	await expect(card).toContainText('Waarom: Gesprek op het Werkplein Hengelo');
	await expect(card).toContainText('Adviseur Demo (Adviseur)');
	await expect(card).toContainText('Waarom: Past bij kansberoep lasser');
	await expect(card).toContainText('Beheerder Demo (Beheerder)');
	await expectNoA11yViolations(page);
});
