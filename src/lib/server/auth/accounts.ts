import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { Db } from '$lib/server/db/client';
import { invitation, portfolio, portfolioSync, user, userRole, type Role } from '$lib/server/db/schema';
import { releaseAddress } from './email';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { invalidateUserSessions } from './session';
import { attemptFailed, attemptSucceeded, countAttempt, throttleKey } from './throttle';
import { newToken, secretMatches, splitToken } from './token';
import type { AppLocale } from '$lib/shared/locale';

export class AccountError extends Error {
	constructor(
		readonly code: 'email_taken' | 'invitation_invalid' | 'wrong_password',
		readonly field?: string
	) {
		super(code);
	}
}

async function findUserByEmail(db: Db, email: string) {
	const [row] = await db.select().from(user).where(eq(user.email, email)).limit(1);
	return row;
}

/** A resident gets an account, the resident role and an empty portfolio in one transaction. */
export async function registerResident(
	db: Db,
	input: { email: string; password: string; displayName: string }
): Promise<string> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		if (await findUserByEmail(tx as unknown as Db, input.email)) throw new AccountError('email_taken', 'email');
		const id = newId();
		await tx.insert(user).values({ id, email: input.email, passwordHash, displayName: input.displayName });
		await tx.insert(userRole).values({ userId: id, role: 'inwoner' });
		await createPortfolio(tx as unknown as Db, id);
		return id;
	});
}

export async function createPortfolio(db: Db, ownerId: string): Promise<string> {
	const id = newId();
	await db.insert(portfolio).values({ id, ownerId });
	await db.insert(portfolioSync).values({ portfolioId: id, version: 0 });
	return id;
}

export type Throttled = { ok: false; reason: 'throttled'; retryAt: Date };

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: 'email_taken' } | Throttled;

/**
 * Registration from the public form. "This email already has an account" tells a stranger something, so
 * those answers are counted per address (counted before the check, given back when the account is made).
 */
export async function signUp(
	db: Db,
	input: { email: string; password: string; displayName: string; ip: string },
	now = new Date()
): Promise<SignUpResult> {
	const attempt = await countAttempt(db, [throttleKey('registerAddress', input.ip)], now);
	if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAt: attempt.retryAt };
	try {
		const userId = await registerResident(db, input);
		await attemptSucceeded(db, attempt);
		return { ok: true, userId };
	} catch (e) {
		if (!(e instanceof AccountError && e.code === 'email_taken')) throw e;
		await attemptFailed(db, attempt);
		return { ok: false, reason: 'email_taken' };
	}
}

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' } | Throttled;

/**
 * Checks the password while counting attempts per account and per IP address. The attempt is counted
 * before the password is checked, so parallel attempts cannot get more guesses through than the limit;
 * the right password forgives the account its count and gives the address its attempt back. The answer
 * never tells whether the email exists.
 */
export async function signIn(
	db: Db,
	input: { email: string; password: string; ip: string },
	now = new Date()
): Promise<SignInResult> {
	const account = throttleKey('signInAccount', input.email);
	const attempt = await countAttempt(db, [account, throttleKey('signInAddress', input.ip)], now);
	if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAt: attempt.retryAt };

	const found = await findUserByEmail(db, input.email);
	const valid = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), input.password);
	// A deactivated account gets the answer of a wrong password: the form tells nobody it exists.
	if (!found || !valid || found.deactivatedAt) {
		// The failure that reaches a limit says so now, rather than letting the person type once more in vain.
		const lockedUntil = await attemptFailed(db, attempt);
		return lockedUntil ? { ok: false, reason: 'throttled', retryAt: lockedUntil } : { ok: false, reason: 'invalid' };
	}
	await attemptSucceeded(db, attempt, [account]);
	await db.update(user).set({ lastSignInAt: now }).where(eq(user.id, found.id));
	return { ok: true, userId: found.id };
}

/** Changes the password and ends every other session of this person. */
export async function changePassword(
	db: Db,
	userId: string,
	input: { currentPassword: string; newPassword: string }
): Promise<void> {
	const [found] = await db.select().from(user).where(eq(user.id, userId)).limit(1);
	if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword))) {
		throw new AccountError('wrong_password', 'currentPassword');
	}
	await db.update(user).set({ passwordHash: await hashPassword(input.newPassword) }).where(eq(user.id, userId));
	await invalidateUserSessions(db, userId);
}

export async function setLocale(db: Db, userId: string, locale: AppLocale): Promise<void> {
	await db.update(user).set({ locale }).where(eq(user.id, userId));
}

export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation(
	db: Db,
	input: { email: string; role: Exclude<Role, 'inwoner'>; organisationId?: string; invitedBy: string },
	now = new Date()
): Promise<{ id: string; token: string }> {
	const { id, token, secretHash } = newToken();
	await db.insert(invitation).values({
		id,
		secretHash,
		email: input.email,
		role: input.role,
		organisationId: input.organisationId ?? null,
		invitedBy: input.invitedBy,
		expiresAt: new Date(now.getTime() + INVITATION_VALID_MS),
		createdAt: now
	});
	return { id, token };
}

/** The open invitation behind a token, or null when it is unknown, used, revoked or expired. */
export async function findOpenInvitation(db: Db, token: string, now = new Date()) {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await db
		.select()
		.from(invitation)
		.where(
			and(
				eq(invitation.id, parts.id),
				isNull(invitation.acceptedAt),
				isNull(invitation.revokedAt),
				gt(invitation.expiresAt, now)
			)
		)
		.limit(1);
	return row && secretMatches(parts.secret, row.secretHash) ? row : null;
}

/**
 * Accepting creates the account, or — when the email already has one and the password matches —
 * adds the role to it, since one person can hold several roles.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: { displayName: string; password: string },
	now = new Date()
): Promise<string> {
	const open = await findOpenInvitation(db, token, now);
	if (!open) throw new AccountError('invitation_invalid');
	const found = await findUserByEmail(db, open.email);
	const passwordMatches = found ? await verifyPassword(found.passwordHash, input.password) : false;
	// An account that registered this address without ever checking it does not own it: the invitation
	// reached the person who reads its mail, who gets an account of their own (see releaseAddress).
	if (found && !passwordMatches && found.emailVerifiedAt) throw new AccountError('wrong_password', 'password');
	const existing = passwordMatches ? found : undefined;
	const passwordHash = existing ? null : await hashPassword(input.password);
	return db.transaction(async (tx) => {
		const userId = existing?.id ?? newId();
		if (!existing) {
			if (found) await releaseAddress(tx as unknown as Db, found.id);
			await tx.insert(user).values({
				id: userId,
				email: open.email,
				passwordHash: passwordHash!,
				displayName: input.displayName,
				organisationId: open.organisationId,
				emailVerifiedAt: now
			});
		} else {
			await tx
				.update(user)
				.set({ organisationId: open.organisationId ?? existing.organisationId, emailVerifiedAt: existing.emailVerifiedAt ?? now })
				.where(eq(user.id, userId));
		}
		await tx.insert(userRole).values({ userId, role: open.role }).onConflictDoNothing();
		await tx.update(invitation).set({ acceptedAt: now }).where(eq(invitation.id, open.id));
		return userId;
	});
}

export async function revokeInvitation(db: Db, id: string, now = new Date()): Promise<void> {
	await db
		.update(invitation)
		.set({ revokedAt: now })
		.where(and(eq(invitation.id, id), isNull(invitation.acceptedAt)));
}

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export async function listInvitations(db: Db, now = new Date()) {
	const rows = await db
		.select({
			id: invitation.id,
			email: invitation.email,
			role: invitation.role,
			expiresAt: invitation.expiresAt,
			acceptedAt: invitation.acceptedAt,
			revokedAt: invitation.revokedAt,
			mailStatus: invitation.mailStatus,
			mailSentAt: invitation.mailSentAt,
			createdAt: invitation.createdAt
		})
		.from(invitation)
		.orderBy(desc(invitation.createdAt))
		.limit(200);
	return rows.map((row) => ({
		...row,
		status: (row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : row.expiresAt <= now ? 'expired' : 'open') as InvitationStatus
	}));
}
