import { eq } from 'drizzle-orm';
import { newId } from '../shared/id';
import { createPortfolio } from './auth/accounts';
import { seedCatalogue } from './catalogue/seed';
import { hashPassword } from './auth/password';
import type { Db } from './db/client';
import { organisation, user, userRole, type Role } from './db/schema';

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
			organisationId: roles.includes('werkgever') ? orgIds.get(DEMO_ORGANISATIONS[0].name)! : null
		});
		await db.insert(userRole).values(roles.map((role) => ({ userId: id, role })));
		if (roles.includes('inwoner')) await createPortfolio(db, id);
		created.push(account.email);
	}
	await seedCatalogue(db);
	return { created };
}
