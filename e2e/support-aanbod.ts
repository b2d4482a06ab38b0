import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { uniqueEmail } from './support';

export async function registerResident(page: Page, prefix: string): Promise<{ email: string; password: string }> {
	const account = { email: uniqueEmail(prefix), password: 'een-lang-wachtwoord-2026' };
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill('Aanbod Test');
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
	return account;
}

/** A welder's paspoort (lives in Hengelo, mbo 2, wants to be a lasser), pushed through the sync API the way a device would. */
export async function seedWelderPaspoort(request: APIRequestContext): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	expect(pull.ok()).toBe(true);
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const skills = ['mig-mag-lassen', 'tig-lassen', 'elektrodelassen', 'lassen-volgens-wps'];
	const mutations = [
		{
			entity: 'profile',
			entityId: portfolioId,
			op: 'create',
			patch: { woonplaats: 'hengelo', educationLevel: 'mbo-2', beroepswensen: ['lasser'], situation: 'werkzoekend' }
		},
		...skills.map((skillId) => ({ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId, level: 3, source: 'zelf' } }))
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}
