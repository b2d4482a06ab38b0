import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoA11yViolations, readyForOffline, registerResident, test } from './support';

const PHOTO = readFileSync('static/icons/icon-192.png');

test('a resident downloads all their data and then deletes the account for good', async ({ page, context }) => {
	test.setTimeout(120_000);
	const account = await registerResident(page, 'Noor de Vries');
	await readyForOffline(page);

	// A paspoort entry with a photo.
	await page.goto('/mijn/opleiding');
	await page.getByRole('button', { name: 'Certificaat toevoegen' }).click();
	await page.getByLabel('Naam', { exact: true }).fill('Heftruckcertificaat');
	await page.getByLabel('Uitgegeven door').fill('Demo Opleidingen Twente');
	await page.getByLabel('Foto of pdf').setInputFiles({ name: 'heftruck.png', mimeType: 'image/png', buffer: PHOTO });
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('img', { name: 'Foto van Heftruckcertificaat' })).toBeVisible();
	// Wait until the record and the photo are on the server.
	await expect
		.poll(async () => {
			const zip = unzipSync(new Uint8Array(await (await page.request.get('/api/gegevens/export')).body()));
			return Object.keys(zip).filter((path) => path.startsWith('bestanden/') && path.endsWith('.png')).length;
		}, { timeout: 30_000 })
		.toBe(1);

	// From the privacy page to Mijn gegevens.
	await page.goto('/privacy');
	await page.getByRole('link', { name: 'Download of verwijder je gegevens' }).click();
	await expect(page).toHaveURL(/\/mijn\/gegevens$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
	await expect(page.getByText('Let op: dit kun je niet ongedaan maken')).toBeVisible();
	await expectNoA11yViolations(page);
	await page.screenshot({ path: `${process.env.PW_OUTPUT_DIR ?? 'test-results'}/gegevens-phone.png`, fullPage: true });

	// Download: a ZIP with the account, the entry and the photo byte for byte.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download al mijn gegevens' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^talentpaspoort-gegevens-\d{4}-\d{2}-\d{2}\.zip$/);
	await expect(page.getByText('Je bestand is gedownload.')).toBeVisible();
	const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const rows = (name: string) => JSON.parse(strFromU8(zip[`gegevens/${name}.json`]!)) as Record<string, unknown>[];
	const [user] = rows('app_user');
	expect(user).toMatchObject({ email: account.email, displayName: 'Noor de Vries' });
	expect(user).not.toHaveProperty('passwordHash');
	expect(rows('user_role').map((r) => r.role)).toEqual(['inwoner']);
	const [certificate] = rows('certificate');
	expect(certificate).toMatchObject({ name: 'Heftruckcertificaat', issuer: 'Demo Opleidingen Twente', fileName: 'heftruck.png' });
	const [file] = rows('file_object');
	expect(file).toMatchObject({ id: certificate!.fileId, contentType: 'image/png', size: PHOTO.length });
	expect(Buffer.from(zip[`bestanden/${file!.id}/heftruck.png`]!)).toEqual(PHOTO);
	expect(JSON.stringify(zip['gegevens/session.json'] && strFromU8(zip['gegevens/session.json']))).not.toContain('secretHash');

	// Offline: both actions say they need internet.
	await context.setOffline(true);
	await expect(page.getByText('Je bent offline. Downloaden en verwijderen kan alleen met internet.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Verwijder mijn account voorgoed' })).toBeDisabled();
	await expectNoA11yViolations(page);
	await context.setOffline(false);
	await expect(page.getByRole('button', { name: 'Verwijder mijn account voorgoed' })).toBeEnabled();

	// Nothing happens without the password and the tick; a wrong password deletes nothing.
	const submit = page.getByRole('button', { name: 'Verwijder mijn account voorgoed' });
	await submit.click();
	await expect(page.getByText('Vul je wachtwoord in.')).toBeVisible();
	await expect(page.getByText('Zet een vinkje om te laten zien dat je het begrijpt.')).toBeVisible();
	await page.getByLabel('Je wachtwoord').fill('niet-mijn-wachtwoord');
	await page.getByLabel('Ik begrijp dat al mijn gegevens voorgoed weg zijn').check();
	await submit.click();
	await expect(page.getByRole('alert')).toHaveText('Dit wachtwoord klopt niet. Er is niets verwijderd.');
	await expectNoA11yViolations(page);
	expect((await page.request.get('/api/gegevens/export')).status()).toBe(200);

	// Before: the device holds the account's database and offline pages.
	const device = () =>
		page.evaluate(async () => ({
			databases: (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith('talentpaspoort-sync-')),
			caches: (await caches.keys()).filter((name) => name.startsWith('resident-')),
			account: localStorage.getItem('tp-sync-account')
		}));
	await expect.poll(async () => (await device()).caches.length).toBe(1);
	expect((await device()).databases).toHaveLength(1);

	await page.getByLabel('Je wachtwoord').fill(account.password);
	await submit.click();
	await expect(page).toHaveURL(/\/account-verwijderd$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Je account is verwijderd' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.screenshot({ path: `${process.env.PW_OUTPUT_DIR ?? 'test-results'}/gegevens-deleted-phone.png`, fullPage: true });

	// Signed out, and nothing of the account is left on this device.
	expect((await context.cookies()).filter((c) => c.name === 'tp_session')).toEqual([]);
	expect((await page.request.get('/api/gegevens/export')).status()).toBe(401);
	expect(await device()).toEqual({ databases: [], caches: [], account: null });

	// The account is gone: signing in fails.
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.')).toBeVisible();
	await expect(page).toHaveURL(/\/inloggen/);
});
