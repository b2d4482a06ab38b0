import { eq } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { createPortfolio } from './auth/accounts';
import { seedCatalogue } from './catalogue/seed';
import { hashPassword } from './auth/password';
import type { Db } from './db/client';
import { organisation, user, userRole, type Role } from './db/schema';
import { writeEntities, type ServerChange } from './sync/server-write';

/** Demo accounts, listed in the README. Only ever created by the seed, never in production by default. */
export const DEMO_ACCOUNTS = [
	{ email: 'inwoner@demo.talentpaspoort.nl', password: 'Demo-inwoner-2026', name: 'Sanne Demo', roles: ['inwoner'] },
	{ email: 'adviseur@demo.talentpaspoort.nl', password: 'Demo-adviseur-2026', name: 'Adviseur Demo', roles: ['adviseur'] },
	{ email: 'werkgever@demo.talentpaspoort.nl', password: 'Demo-werkgever-2026', name: 'Werkgever Demo', roles: ['werkgever'] },
	{ email: 'beheer@demo.talentpaspoort.nl', password: 'Demo-beheer-2026', name: 'Beheerder Demo', roles: ['beheerder'] }
] as const satisfies readonly { email: string; password: string; name: string; roles: Role[] }[];

export const DEMO_ORGANISATIONS = [
	{ name: 'Demo Metaalbewerking Hengelo B.V.', kind: 'werkgever' },
	{ name: 'Demo Zorggroep Almelo', kind: 'werkgever' },
	{ name: 'ROC van Twente (demo)', kind: 'provider' }
] as const;

/** Creates the demo organisations and accounts that are missing; running it twice changes nothing. */
export async function seedDemo(db: Db): Promise<{ created: string[] }> {
	const created: string[] = [];
	const orgIds = new Map<string, string>();
	for (const org of DEMO_ORGANISATIONS) {
		const [found] = await db.select().from(organisation).where(eq(organisation.name, org.name)).limit(1);
		const id = found?.id ?? newId();
		if (!found) await db.insert(organisation).values({ id, ...org });
		orgIds.set(org.name, id);
	}
	for (const account of DEMO_ACCOUNTS) {
		const [found] = await db.select().from(user).where(eq(user.email, account.email)).limit(1);
		if (found) continue;
		const id = newId();
		const roles: readonly Role[] = account.roles;
		await db.insert(user).values({
			id,
			email: account.email,
			passwordHash: await hashPassword(account.password),
			displayName: account.name,
			emailVerifiedAt: new Date(),
			organisationId: roles.includes('werkgever') ? orgIds.get(DEMO_ORGANISATIONS[0].name)! : null
		});
		await db.insert(userRole).values(roles.map((role) => ({ userId: id, role })));
		if (roles.includes('inwoner')) {
			const portfolioId = await createPortfolio(db, id);
			await writeEntities(db, { userId: id, role: 'inwoner' }, portfolioId, demoPaspoort(portfolioId, account.name));
		}
		created.push(account.email);
	}
	await seedCatalogue(db);
	return { created };
}

/**
 * The demo resident's paspoort, so a demo shows a filled one: an order picker in Enschede who wants to
 * become a truck driver. Written like any change a device would push, so pull delivers it.
 */
function demoPaspoort(portfolioId: string, displayName: string): ServerChange[] {
	const create = (entity: string, entityId: string, patch: Record<string, unknown>): ServerChange => ({ entity, entityId, op: 'create', baseVersion: 0, patch });
	const skills: [skillId: string, level: number][] = [
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
	return [
		create('profile', portfolioId, {
			displayName,
			woonplaats: 'enschede',
			situation: 'werkend',
			about: 'Ik werk al acht jaar in een magazijn en wil graag de weg op als chauffeur.',
			availability: 'binnen_3_maanden',
			educationLevel: 'mbo-2',
			beroepswensen: ['vrachtwagenchauffeur'],
			drivingLicences: ['B'],
			hoursPerWeek: 32,
			maxTravelMinutes: 30
		}),
		create('workExperience', newId(), {
			title: 'Orderpicker',
			occupationId: 'orderpicker',
			employer: 'Distributiecentrum Twente (demo)',
			place: 'Enschede',
			startMonth: '2019-03',
			description: 'Orders verzamelen met handscanner en heftruck, ook inwerken van nieuwe collega’s.'
		}),
		create('workExperience', newId(), {
			title: 'Magazijnmedewerker',
			occupationId: 'logistiek-medewerker',
			employer: 'Groothandel Hengelo (demo)',
			place: 'Hengelo',
			startMonth: '2016-09',
			endMonth: '2019-02'
		}),
		...skills.map(([skillId, level]) => create('skillClaim', newId(), { skillId, level, source: 'zelf' })),
		create('education', newId(), { name: 'Logistiek medewerker', institution: 'ROC van Twente', level: 'mbo-2', startYear: 2014, endYear: 2016, completed: true }),
		create('certificate', newId(), { name: 'Heftruckcertificaat', kind: 'certificaat', issuer: 'Demo Opleidingen', issuedMonth: '2019-05' }),
		create('language', newId(), { language: 'Nederlands', level: 'moedertaal' }),
		create('language', newId(), { language: 'Engels', level: 'A2' })
	];
}
