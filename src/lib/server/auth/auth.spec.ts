import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { invitation, portfolio, portfolioSync, session, throttleCounter, user, userRole } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import {
	AccountError,
	INVITATION_VALID_MS,
	acceptInvitation,
	changePassword,
	createInvitation,
	findOpenInvitation,
	listInvitations,
	registerResident,
	revokeInvitation,
	signIn
} from './accounts';
import { ABSOLUTE_TIMEOUT_MS, INACTIVITY_TIMEOUT_MS, createSession, purgeIdleSessions, validateSessionToken } from './session';
import { THROTTLES } from './throttle';

let handle: DbHandle;

beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => {
	await handle.close();
});
beforeEach(async () => {
	const { db } = handle;
	await db.delete(throttleCounter);
	await db.delete(invitation);
	await db.delete(session);
	await db.delete(user);
});

const resident = { email: 'fatima@example.nl', password: 'lang-genoeg-wachtwoord', displayName: 'Fatima' };

describe('registration', () => {
	it('creates the account with the resident role and an empty, versioned portfolio', async () => {
		const id = await registerResident(handle.db, resident);
		const roles = await handle.db.select().from(userRole).where(eq(userRole.userId, id));
		expect(roles.map((r) => r.role)).toEqual(['inwoner']);
		const [root] = await handle.db.select().from(portfolio).where(eq(portfolio.ownerId, id));
		const [sync] = await handle.db.select().from(portfolioSync).where(eq(portfolioSync.portfolioId, root!.id));
		expect(sync?.version).toBe(0);
		const [stored] = await handle.db.select().from(user).where(eq(user.id, id));
		expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
	});

	it('refuses a second account with the same email', async () => {
		await registerResident(handle.db, resident);
		await expect(registerResident(handle.db, resident)).rejects.toMatchObject({ code: 'email_taken' });
	});
});

describe('sessions', () => {
	it('accept the token they were given and reject a tampered one', async () => {
		const id = await registerResident(handle.db, resident);
		const { token } = await createSession(handle.db, id);
		expect((await validateSessionToken(handle.db, token))?.user.email).toBe(resident.email);

		const [sessionId, secret] = token.split('.') as [string, string];
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		expect(await validateSessionToken(handle.db, `${sessionId}.${flipped}`)).toBeNull();
		expect(await validateSessionToken(handle.db, `${sessionId}`)).toBeNull();
		expect(await validateSessionToken(handle.db, `${sessionId}.${secret}.extra`)).toBeNull();
		expect(await validateSessionToken(handle.db, `anders.${secret}`)).toBeNull();
	});

	it('store only a hash of the secret', async () => {
		const id = await registerResident(handle.db, resident);
		const { token } = await createSession(handle.db, id);
		const [row] = await handle.db.select().from(session);
		expect(Buffer.from(row!.secretHash).toString('utf8')).not.toContain(token.split('.')[1]);
		expect(row!.secretHash.length).toBe(32);
	});

	it('expire after inactivity, and stay alive while used', async () => {
		const id = await registerResident(handle.db, resident);
		const start = new Date('2026-01-01T09:00:00Z');
		const { token } = await createSession(handle.db, id, start);

		const almost = new Date(start.getTime() + INACTIVITY_TIMEOUT_MS - 60_000);
		expect(await validateSessionToken(handle.db, token, almost)).not.toBeNull();
		// Used just before the timeout, so the clock starts again from then.
		const later = new Date(almost.getTime() + INACTIVITY_TIMEOUT_MS - 60_000);
		expect(await validateSessionToken(handle.db, token, later)).not.toBeNull();

		const idle = new Date(later.getTime() + INACTIVITY_TIMEOUT_MS);
		expect(await validateSessionToken(handle.db, token, idle)).toBeNull();
		expect(await handle.db.select().from(session)).toHaveLength(0);
	});

	it('end a fixed time after sign-in, however busy they are kept', async () => {
		const id = await registerResident(handle.db, resident);
		const start = new Date('2026-01-01T09:00:00Z');
		const { token } = await createSession(handle.db, id, start);
		// Used every day, so it is never idle.
		let now = start;
		while (now.getTime() + 24 * 3_600_000 < start.getTime() + ABSOLUTE_TIMEOUT_MS) {
			now = new Date(now.getTime() + 24 * 3_600_000);
			expect(await validateSessionToken(handle.db, token, now)).not.toBeNull();
		}
		expect(await validateSessionToken(handle.db, token, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS))).toBeNull();
		expect(await handle.db.select().from(session)).toHaveLength(0);

		// Housekeeping removes such a session too, even when it was used a minute ago.
		await createSession(handle.db, id, start);
		await handle.db.update(session).set({ lastVerifiedAt: new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS - 60_000) });
		expect(await purgeIdleSessions(handle.db, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS + 1))).toBe(1);
	});

	it('all end when the password changes', async () => {
		const id = await registerResident(handle.db, resident);
		const { token } = await createSession(handle.db, id);
		await expect(
			changePassword(handle.db, id, { currentPassword: 'fout-wachtwoord', newPassword: 'nieuw-wachtwoord-1' })
		).rejects.toBeInstanceOf(AccountError);
		expect(await validateSessionToken(handle.db, token)).not.toBeNull();

		await changePassword(handle.db, id, { currentPassword: resident.password, newPassword: 'nieuw-wachtwoord-1' });
		expect(await validateSessionToken(handle.db, token)).toBeNull();
		expect((await signIn(handle.db, { email: resident.email, password: 'nieuw-wachtwoord-1', ip: '10.0.0.1' })).ok).toBe(true);
	});
});

describe('sign-in throttling', () => {
	it('locks an account after repeated failures, even for the right password', async () => {
		await registerResident(handle.db, resident);
		const now = new Date('2026-03-01T10:00:00Z');
		const results = [];
		for (let i = 0; i < THROTTLES.signInAccount.limit; i++) {
			results.push(await signIn(handle.db, { email: resident.email, password: 'fout', ip: `10.0.0.${i}` }, now));
		}
		expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
		expect(results.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });

		const locked = await signIn(handle.db, { ...resident, ip: '10.0.1.1' }, now);
		expect(locked).toMatchObject({ ok: false, reason: 'throttled' });

		const afterLock = new Date(now.getTime() + 16 * 60 * 1000);
		expect(await signIn(handle.db, { ...resident, ip: '10.0.1.1' }, afterLock)).toMatchObject({ ok: true });
	});

	it('locks an IP address that tries many accounts', async () => {
		const now = new Date('2026-03-01T10:00:00Z');
		let last;
		for (let i = 0; i < THROTTLES.signInAddress.limit; i++) {
			last = await signIn(handle.db, { email: `iemand${i}@example.nl`, password: 'fout', ip: '192.0.2.7' }, now);
		}
		expect(last).toMatchObject({ ok: false, reason: 'throttled' });
		await registerResident(handle.db, resident);
		expect(await signIn(handle.db, { ...resident, ip: '192.0.2.7' }, now)).toMatchObject({ reason: 'throttled' });
		expect(await signIn(handle.db, { ...resident, ip: '192.0.2.8' }, now)).toMatchObject({ ok: true });
	});

	it('answers an unknown email exactly like a wrong password', async () => {
		await registerResident(handle.db, resident);
		const unknown = await signIn(handle.db, { email: 'niemand@example.nl', password: 'fout', ip: '10.9.9.9' });
		const wrong = await signIn(handle.db, { email: resident.email, password: 'fout', ip: '10.9.9.9' });
		expect(unknown).toEqual(wrong);
	});
});

describe('invitations', () => {
	async function admin() {
		return registerResident(handle.db, { email: 'beheer@example.nl', password: 'beheer-wachtwoord', displayName: 'Beheer' });
	}

	it('create a staff account once, and not after expiry or revocation', async () => {
		const invitedBy = await admin();
		const now = new Date();
		const { token } = await createInvitation(handle.db, { email: 'adviseur@example.nl', role: 'adviseur', invitedBy }, now);
		const userId = await acceptInvitation(handle.db, token, { displayName: 'Ayşe', password: 'adviseur-wachtwoord' }, now);
		const roles = await handle.db.select().from(userRole).where(eq(userRole.userId, userId));
		expect(roles.map((r) => r.role)).toEqual(['adviseur']);
		await expect(acceptInvitation(handle.db, token, { displayName: 'X', password: 'nog-een-wachtwoord' })).rejects.toMatchObject({
			code: 'invitation_invalid'
		});

		const expiring = await createInvitation(handle.db, { email: 'a2@example.nl', role: 'adviseur', invitedBy }, now);
		expect(await findOpenInvitation(handle.db, expiring.token, new Date(now.getTime() + INVITATION_VALID_MS + 1))).toBeNull();

		const revoked = await createInvitation(handle.db, { email: 'a3@example.nl', role: 'beheerder', invitedBy }, now);
		await revokeInvitation(handle.db, revoked.id);
		expect(await findOpenInvitation(handle.db, revoked.token)).toBeNull();
		const statuses = (await listInvitations(handle.db, now)).map((i) => `${i.email}:${i.status}`).sort();
		expect(statuses).toEqual(['a2@example.nl:open', 'a3@example.nl:revoked', 'adviseur@example.nl:accepted']);
	});

	it('reject a tampered token', async () => {
		const invitedBy = await admin();
		const { token } = await createInvitation(handle.db, { email: 'a@example.nl', role: 'adviseur', invitedBy });
		const [id] = token.split('.');
		expect(await findOpenInvitation(handle.db, `${id}.aaaaaaaaaaaaaaaaaaaaaaaa`)).toBeNull();
	});

	it('add the role to an existing account only with its password', async () => {
		const invitedBy = await admin();
		const residentId = await registerResident(handle.db, resident);
		// A checked address is the account's: only its password adds the role. (An unchecked one is given up
		// to whoever reads its mail: mail.spec.ts.)
		await handle.db.update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, residentId));
		const { token } = await createInvitation(handle.db, { email: resident.email, role: 'adviseur', invitedBy });
		await expect(acceptInvitation(handle.db, token, { displayName: 'X', password: 'niet-het-wachtwoord' })).rejects.toMatchObject({
			code: 'wrong_password'
		});
		expect(await acceptInvitation(handle.db, token, { displayName: 'X', password: resident.password })).toBe(residentId);
		const roles = await handle.db.select().from(userRole).where(eq(userRole.userId, residentId));
		expect(roles.map((r) => r.role).sort()).toEqual(['adviseur', 'inwoner']);
		const { token: sessionToken } = await createSession(handle.db, residentId);
		expect((await validateSessionToken(handle.db, sessionToken))?.user.roles).toEqual(['adviseur', 'inwoner']);
	});
});
