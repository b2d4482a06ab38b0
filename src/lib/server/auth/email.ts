import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { emailToken, user } from '$lib/server/db/schema';
import type { JobQueue } from '$lib/server/jobs/queue';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/job';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { countAttempt, throttleKey } from './throttle';
import { hashSecret, newToken, secretMatches, splitToken } from './token';

/**
 * Secrets sent by mail. An address check is a link plus a six-digit code (for people who read mail on
 * another device than the one they use the app on), valid for a day; a password reset is a link only,
 * valid for 30 minutes. Both are used once, and only their hashes are stored. The secret is made by the
 * mail job itself, at the moment it sends, so it never waits in the queue.
 */

export const VERIFY_VALID_MS = 24 * 60 * 60 * 1000;
export const RESET_VALID_MS = 30 * 60 * 1000;
/** Wrong codes one check accepts before it needs a new mail. */
export const CODE_ATTEMPTS = 5;

export type EmailPurpose = 'verify' | 'reset';

function sixDigits(): string {
	const [n] = crypto.getRandomValues(new Uint32Array(1));
	return String(n! % 1_000_000).padStart(6, '0');
}

/** A new secret for this purpose; earlier unused ones of the same purpose stop working. */
export async function mintEmailToken(
	db: Db,
	input: { userId: string; purpose: EmailPurpose; email: string },
	now = new Date()
): Promise<{ token: string; code?: string }> {
	const { id, token, secretHash } = newToken();
	const code = input.purpose === 'verify' ? sixDigits() : undefined;
	await db.transaction(async (tx) => {
		await tx
			.update(emailToken)
			.set({ usedAt: now })
			.where(and(eq(emailToken.userId, input.userId), eq(emailToken.purpose, input.purpose), isNull(emailToken.usedAt)));
		await tx.insert(emailToken).values({
			id,
			userId: input.userId,
			purpose: input.purpose,
			email: input.email,
			secretHash,
			codeHash: code ? hashSecret(`${id}:${code}`) : null,
			expiresAt: new Date(now.getTime() + (input.purpose === 'verify' ? VERIFY_VALID_MS : RESET_VALID_MS)),
			createdAt: now
		});
	});
	return { token, code };
}

async function openToken(db: Db, token: string, purpose: EmailPurpose, now: Date) {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await db
		.select()
		.from(emailToken)
		.where(and(eq(emailToken.id, parts.id), eq(emailToken.purpose, purpose), isNull(emailToken.usedAt), gt(emailToken.expiresAt, now)))
		.limit(1);
	return row && secretMatches(parts.secret, row.secretHash) ? row : null;
}

export type VerifyResult = { ok: true; userId: string; email: string } | { ok: false; reason: 'invalid' | 'email_taken' };

/**
 * The address in the token is now the account's, checked. On a change of address that is the new one;
 * if someone else has meanwhile verified it, the change cannot go on.
 */
async function applyVerification(db: Db, row: typeof emailToken.$inferSelect, now: Date): Promise<VerifyResult> {
	return db.transaction(async (tx) => {
		const [owner] = await tx
			.select({ id: user.id, verified: user.emailVerifiedAt })
			.from(user)
			.where(and(eq(user.email, row.email), ne(user.id, row.userId)))
			.limit(1);
		if (owner?.verified) return { ok: false, reason: 'email_taken' } as const;
		// Someone registered this address without ever checking it: the person who reads its mail wins.
		if (owner) await releaseAddress(tx as unknown as Db, owner.id);
		await tx.update(user).set({ email: row.email, emailVerifiedAt: now }).where(eq(user.id, row.userId));
		await tx.update(emailToken).set({ usedAt: now }).where(eq(emailToken.id, row.id));
		return { ok: true, userId: row.userId, email: row.email } as const;
	});
}

/**
 * An account that claimed an address it never checked gives it up to the person who proved it reads that
 * mail. The account keeps everything else; it can sign in again only after its owner resets the password
 * with an address of their own, which is why its sessions stay valid.
 */
export async function releaseAddress(db: Db, userId: string): Promise<void> {
	await db
		.update(user)
		.set({ email: sql`'unchecked+' || ${user.id}::text || '@address.invalid'` })
		.where(and(eq(user.id, userId), isNull(user.emailVerifiedAt)));
}

export async function verifyEmailByToken(db: Db, token: string, now = new Date()): Promise<VerifyResult> {
	const row = await openToken(db, token, 'verify', now);
	return row ? applyVerification(db, row, now) : { ok: false, reason: 'invalid' };
}

/** The six-digit code from the latest check mail, typed in by the signed-in person. */
export async function verifyEmailByCode(db: Db, userId: string, code: string, now = new Date()): Promise<VerifyResult | { ok: false; reason: 'attempts' }> {
	const [row] = await db
		.select()
		.from(emailToken)
		.where(and(eq(emailToken.userId, userId), eq(emailToken.purpose, 'verify'), isNull(emailToken.usedAt), gt(emailToken.expiresAt, now)))
		.orderBy(desc(emailToken.createdAt))
		.limit(1);
	if (!row?.codeHash) return { ok: false, reason: 'invalid' };
	// Counted first, in one statement, so parallel guesses cannot get past the limit.
	const [counted] = await db
		.update(emailToken)
		.set({ codeAttempts: sql`${emailToken.codeAttempts} + 1` })
		.where(eq(emailToken.id, row.id))
		.returning({ attempts: emailToken.codeAttempts });
	if (!counted || counted.attempts > CODE_ATTEMPTS) return { ok: false, reason: 'attempts' };
	if (!secretMatches(`${row.id}:${code}`, row.codeHash)) return { ok: false, reason: 'invalid' };
	return applyVerification(db, row, now);
}

export type MailRequestResult = { ok: true } | { ok: false; reason: 'throttled'; retryAt: Date };

async function countMailRequest(db: Db, email: string, ip: string, now: Date): Promise<MailRequestResult> {
	const attempt = await countAttempt(db, [throttleKey('mailAccount', email), throttleKey('mailAddress', ip)], now);
	return attempt.allowed ? { ok: true } : { ok: false, reason: 'throttled', retryAt: attempt.retryAt };
}

/**
 * "Wachtwoord vergeten?": a reset mail when the address has an account, and nothing otherwise — the answer
 * is the same either way, so the form does not tell who has an account.
 */
export async function requestPasswordReset(db: Db, queue: JobQueue, input: { email: string; ip: string }, now = new Date()): Promise<MailRequestResult> {
	const counted = await countMailRequest(db, input.email, input.ip, now);
	if (!counted.ok) return counted;
	const [found] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email)).limit(1);
	if (found) await queue.send(MAIL_QUEUE, { kind: 'reset', userId: found.id } satisfies MailJob);
	return { ok: true };
}

/** A check mail for the account's address, or for the new address it asked to change to. */
export async function requestVerification(db: Db, queue: JobQueue, input: { userId: string; email: string; ip?: string }, now = new Date()): Promise<MailRequestResult> {
	if (input.ip) {
		const counted = await countMailRequest(db, input.email, input.ip, now);
		if (!counted.ok) return counted;
	}
	await queue.send(MAIL_QUEUE, { kind: 'verify', userId: input.userId, email: input.email } satisfies MailJob);
	return { ok: true };
}

/** Whether a reset link still works (the page shows the form, or says the link has expired). */
export async function resetTokenIsOpen(db: Db, token: string, now = new Date()): Promise<boolean> {
	return (await openToken(db, token, 'reset', now)) !== null;
}

/**
 * A new password from a reset link: every session of the account ends, the link is used up, and the
 * owner is told by mail. The link reached the account's address, so that address now counts as checked.
 */
export async function resetPassword(db: Db, queue: JobQueue, token: string, newPassword: string, now = new Date()): Promise<{ ok: true; userId: string } | { ok: false }> {
	const row = await openToken(db, token, 'reset', now);
	if (!row) return { ok: false };
	const passwordHash = await hashPassword(newPassword);
	const used = await db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(emailToken)
			.set({ usedAt: now })
			.where(and(eq(emailToken.id, row.id), isNull(emailToken.usedAt)))
			.returning({ id: emailToken.id });
		if (!claimed) return false;
		await tx
			.update(user)
			.set({
				passwordHash,
				emailVerifiedAt: sql`case when ${user.email} = ${row.email} then coalesce(${user.emailVerifiedAt}, ${now.toISOString()}::timestamptz) else ${user.emailVerifiedAt} end`
			})
			.where(eq(user.id, row.userId));
		await invalidateUserSessions(tx as unknown as Db, row.userId);
		return true;
	});
	if (!used) return { ok: false };
	await queue.send(MAIL_QUEUE, { kind: 'passwordChanged', userId: row.userId } satisfies MailJob);
	return { ok: true, userId: row.userId };
}
