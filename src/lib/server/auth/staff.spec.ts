import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { DbHandle } from '$lib/server/db/client';
import { invitation, session, throttleCounter, user, userRole, type Role } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { createInvitation, findOpenInvitation, registerResident, signIn } from './accounts';
import { hashPassword } from './password';
import { createSession, validateSessionToken } from './session';
import { deactivateAccount, listStaffAccounts, reactivateAccount, renewInvitation, setStaffRoles } from './staff';

let handle: DbHandle;
const password = 'lang-genoeg-wachtwoord';
let passwordHash: string;

beforeAll(async () => {
	handle = await openTestDatabase();
	passwordHash = await hashPassword(password);
});
afterAll(async () => {
	await handle.close();
});
beforeEach(async () => {
	await handle.db.delete(throttleCounter);
	await handle.db.delete(invitation);
	await handle.db.delete(session);
	await handle.db.delete(user);
});

async function account(name: string, roles: Role[]): Promise<{ id: string; email: string }> {
	const id = newId();
	const email = `${name.toLowerCase()}@example.nl`;
	await handle.db.insert(user).values({ id, email, passwordHash, displayName: name });
	await handle.db.insert(userRole).values(roles.map((role) => ({ userId: id, role })));
	return { id, email };
}

const rolesOf = async (userId: string) => (await handle.db.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId))).map((r) => r.role).sort();

describe('staff accounts', () => {
	it('lists staff with their staff roles and last sign-in, and leaves residents out', async () => {
		const admin = await account('Anna', ['beheerder']);
		const adviser = await account('Bram', ['adviseur', 'inwoner']);
		await registerResident(handle.db, { email: 'inwoner@example.nl', password, displayName: 'Inge' });
		const at = new Date('2026-03-01T09:00:00Z');
		expect((await signIn(handle.db, { email: adviser.email, password, ip: '10.0.0.1' }, at)).ok).toBe(true);
		const list = await listStaffAccounts(handle.db);
		expect(list.map((a) => [a.displayName, a.roles])).toEqual([
			['Anna', ['beheerder']],
			['Bram', ['adviseur']]
		]);
		expect(list[1]!.lastSignInAt).toEqual(at);
		expect(list[0]!.lastSignInAt).toBeNull();
		expect(admin.id).toBe(list[0]!.id);
	});

	it('deactivating refuses the password like a wrong one and ends the sessions; reactivating lets them in again', async () => {
		const admin = await account('Anna', ['beheerder']);
		const adviser = await account('Bram', ['adviseur']);
		const { token } = await createSession(handle.db, adviser.id);
		await deactivateAccount(handle.db, { actorId: admin.id, userId: adviser.id });
		expect(await validateSessionToken(handle.db, token)).toBeNull();
		expect(await signIn(handle.db, { email: adviser.email, password, ip: '10.0.0.2' })).toEqual({ ok: false, reason: 'invalid' });
		// A session made afterwards (an invitation accepted by the same account) signs nobody in either.
		const later = await createSession(handle.db, adviser.id);
		expect(await validateSessionToken(handle.db, later.token)).toBeNull();
		await reactivateAccount(handle.db, { userId: adviser.id });
		expect((await signIn(handle.db, { email: adviser.email, password, ip: '10.0.0.2' })).ok).toBe(true);
		expect(await validateSessionToken(handle.db, later.token)).not.toBeNull();
	});

	it('refuses a beheerder deactivating or demoting themself, and accounts without a staff role', async () => {
		const admin = await account('Anna', ['beheerder']);
		const resident = await account('Inge', ['inwoner']);
		await expect(deactivateAccount(handle.db, { actorId: admin.id, userId: admin.id })).rejects.toMatchObject({ code: 'self' });
		await expect(setStaffRoles(handle.db, { actorId: admin.id, userId: admin.id, roles: ['adviseur'] })).rejects.toMatchObject({ code: 'self' });
		await expect(deactivateAccount(handle.db, { actorId: admin.id, userId: resident.id })).rejects.toMatchObject({ code: 'not-found' });
		await expect(setStaffRoles(handle.db, { actorId: admin.id, userId: resident.id, roles: ['beheerder'] })).rejects.toMatchObject({ code: 'not-found' });
		await expect(deactivateAccount(handle.db, { actorId: admin.id, userId: newId() })).rejects.toMatchObject({ code: 'not-found' });
		expect(await rolesOf(resident.id)).toEqual(['inwoner']);
	});

	it('changes staff roles but never the resident role, and keeps at least one', async () => {
		const admin = await account('Anna', ['beheerder']);
		const both = await account('Bram', ['adviseur', 'inwoner']);
		await setStaffRoles(handle.db, { actorId: admin.id, userId: both.id, roles: ['werkgever', 'beheerder'] });
		expect(await rolesOf(both.id)).toEqual(['beheerder', 'inwoner', 'werkgever']);
		await expect(setStaffRoles(handle.db, { actorId: admin.id, userId: both.id, roles: [] })).rejects.toMatchObject({ code: 'no-role' });
		await setStaffRoles(handle.db, { actorId: admin.id, userId: admin.id, roles: ['beheerder', 'adviseur'] });
		expect(await rolesOf(admin.id)).toEqual(['adviseur', 'beheerder']);
	});
});

describe('sending an invitation again', () => {
	it('replaces the secret: the old link stops working, the new one works for another week', async () => {
		const admin = await account('Anna', ['beheerder']);
		const now = new Date('2026-03-01T09:00:00Z');
		const { id, token } = await createInvitation(handle.db, { email: 'nieuw@example.nl', role: 'adviseur', invitedBy: admin.id }, now);
		const later = new Date('2026-03-10T09:00:00Z');
		const renewed = await renewInvitation(handle.db, id, later);
		expect(renewed?.email).toBe('nieuw@example.nl');
		expect(await findOpenInvitation(handle.db, token, later)).toBeNull();
		expect((await findOpenInvitation(handle.db, renewed!.token, later))?.id).toBe(id);
		const [row] = await handle.db.select().from(invitation).where(eq(invitation.id, id));
		expect(row?.mailStatus).toBe('queued');
		expect(row?.expiresAt.getTime()).toBeGreaterThan(later.getTime());
	});

	it('does not renew a revoked or unknown invitation', async () => {
		const admin = await account('Anna', ['beheerder']);
		const { id } = await createInvitation(handle.db, { email: 'nieuw@example.nl', role: 'adviseur', invitedBy: admin.id });
		await handle.db.update(invitation).set({ revokedAt: new Date() }).where(eq(invitation.id, id));
		expect(await renewInvitation(handle.db, id)).toBeNull();
		expect(await renewInvitation(handle.db, 'onbekend')).toBeNull();
	});
});
