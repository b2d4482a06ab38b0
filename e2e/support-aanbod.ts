import { type APIRequestContext, type Browser } from '@playwright/test';
import { DEMO, expect, signIn } from './support';

/** Kept here too, so the aanbod, catalogue and voucher specs can import everything they share from one place. */
export { registerResident } from './support';

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

/**
 * A paspoort like the demo resident's (seed.ts, "Sanne Demo"): an order picker in Enschede, mbo 2, licence B,
 * Dutch as mother tongue, 32 hours and 30 minutes of travel at most, who wants to drive trucks.
 */
export async function seedOrderPickerPaspoort(request: APIRequestContext): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	expect(pull.ok()).toBe(true);
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const skills: [string, number][] = [
		['orderpicken', 4],
		['heftruck-rijden', 3],
		['elektrische-pompwagen', 3],
		['goederen-ontvangen', 3],
		['magazijnsysteem-wms', 2],
		['handscanner-gebruiken', 3],
		['veilig-werken-vca', 2],
		['samenwerken-in-team', 3],
		['rijbewijs-b', 3],
		['microsoft-excel', 1]
	];
	const create = (entity: string, patch: Record<string, unknown>, entityId: string = crypto.randomUUID()) => ({ entity, entityId, op: 'create', patch });
	const mutations = [
		create(
			'profile',
			{
				woonplaats: 'enschede',
				situation: 'werkend',
				educationLevel: 'mbo-2',
				beroepswensen: ['vrachtwagenchauffeur'],
				drivingLicences: ['B'],
				hoursPerWeek: 32,
				maxTravelMinutes: 30
			},
			portfolioId
		),
		create('workExperience', { title: 'Orderpicker', occupationId: 'orderpicker', employer: 'Distributiecentrum (e2e)', startMonth: '2019-03' }),
		create('language', { language: 'Nederlands', level: 'moedertaal' }),
		...skills.map(([skillId, level]) => create('skillClaim', { skillId, level, source: 'zelf' }))
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

/** The demo leerwerkadviseur, in a browser of their own, holds the loopbaangesprek on a submitted application and records the scholingsplan. */
export async function adviserPreparesApplication(browser: Browser, baseURL: string | undefined, applicationId: string): Promise<void> {
	const staff = await browser.newContext({ baseURL });
	const adviser = await staff.newPage();
	await signIn(adviser, DEMO.adviseur);
	await adviser.goto(`/adviseur/vouchers/${applicationId}`);
	await adviser.getByLabel('Notitie van het loopbaangesprek').fill('Gesprek gevoerd');
	await adviser.getByRole('button', { name: 'Loopbaangesprek gevoerd' }).click();
	await adviser.getByLabel('Scholingsplan').fill('Mbo 2 lasser in deeltijd.');
	await adviser.getByRole('button', { name: 'Scholingsplan vastleggen' }).click();
	await expect(adviser.getByText('Scholingsplan klaar').first()).toBeVisible();
	await staff.close();
}
