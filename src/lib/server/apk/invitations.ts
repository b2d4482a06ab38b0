import { randomInt } from 'node:crypto';
import { and, count, desc, eq, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { APK_INVITATION_VALID_DAYS, apkCodeStatus, formatInvitationCode, INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH, type InvitationCounts } from '$lib/shared/apk/invitation';
import { attemptFailed, attemptSucceeded, countAttempt, throttleKey } from '$lib/server/auth/throttle';
import type { Db } from '$lib/server/db/client';
import { apkInvitation, organisation, user } from '$lib/server/db/schema';

/** About 49 bits: guessing someone's code is not a practical way to spoil an employer's count. */
function newCode(): string {
	let code = '';
	for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
	return code;
}

const validUntil = (now: Date) => new Date(now.getTime() + APK_INVITATION_VALID_DAYS * 86_400_000);

export interface CreatedInvitation {
	id: string;
	email: string | null;
	code: string;
}

/**
 * Email invitations skip addresses this organisation already invited and that have not answered yet, so
 * sending the same list twice does not inflate the count. Every invitation carries a code: the employer
 * passes it on, or the resident finds it under their own email address.
 */
export async function inviteByEmail(
	db: Db,
	input: { organisationId: string; createdBy: string; emails: readonly string[] },
	now = new Date()
): Promise<{ created: CreatedInvitation[]; alreadyInvited: number }> {
	const open = await db
		.select({ email: apkInvitation.email })
		.from(apkInvitation)
		.where(and(eq(apkInvitation.organisationId, input.organisationId), isNull(apkInvitation.acceptedAt), stillValid(now)));
	const known = new Set(open.map((row) => row.email));
	const fresh = input.emails.filter((email) => !known.has(email));
	const created = fresh.map((email) => ({ id: newId(), email, code: newCode() }));
	if (created.length > 0) {
		await db
			.insert(apkInvitation)
			.values(created.map((c) => ({ organisationId: input.organisationId, createdBy: input.createdBy, expiresAt: validUntil(now), mailStatus: 'queued' as const, ...c })));
	}
	return { created, alreadyInvited: input.emails.length - fresh.length };
}

/** Codes to hand out, one per employee (printed, or in a message to one person). */
export async function createInvitationCodes(db: Db, input: { organisationId: string; createdBy: string; count: number }, now = new Date()): Promise<string[]> {
	const codes = Array.from({ length: input.count }, newCode);
	await db.insert(apkInvitation).values(codes.map((code) => ({ id: newId(), organisationId: input.organisationId, createdBy: input.createdBy, code, expiresAt: validUntil(now) })));
	return codes;
}

/** Neither revoked nor lapsed (invitations from before codes lapsed have no end). */
function stillValid(now: Date) {
	return and(isNull(apkInvitation.revokedAt), or(isNull(apkInvitation.expiresAt), gt(apkInvitation.expiresAt, now)));
}

/**
 * The codes this organisation made to hand out (not the ones sent to an address), newest first, with
 * whether each was used. Who used one is never shown.
 */
export async function invitationCodesOf(db: Db, organisationId: string, now = new Date()) {
	const rows = await db
		.select({ id: apkInvitation.id, code: apkInvitation.code, createdAt: apkInvitation.createdAt, expiresAt: apkInvitation.expiresAt, acceptedAt: apkInvitation.acceptedAt, revokedAt: apkInvitation.revokedAt })
		.from(apkInvitation)
		.where(and(eq(apkInvitation.organisationId, organisationId), isNull(apkInvitation.email)))
		.orderBy(desc(apkInvitation.createdAt), desc(apkInvitation.id))
		.limit(500);
	return rows.map((row) => ({ id: row.id, code: formatInvitationCode(row.code), rawCode: row.code, createdAt: row.createdAt, expiresAt: row.expiresAt, status: apkCodeStatus(row, now) }));
}

export type ApkMailStatus = 'queued' | 'sent' | 'bounced' | 'used' | 'expired' | 'revoked';

/**
 * The invitations this organisation sent to an address, newest first, each with how far it got: waiting to
 * be mailed, mailed (handed to the mail server), not delivered after every try, or used. The employer typed
 * the addresses, so this names no one they did not name; whether the employee finished the APK stays in the
 * counts only.
 */
export async function emailInvitationsOf(db: Db, organisationId: string, now = new Date()) {
	const rows = await db
		.select({
			id: apkInvitation.id,
			email: apkInvitation.email,
			code: apkInvitation.code,
			createdAt: apkInvitation.createdAt,
			expiresAt: apkInvitation.expiresAt,
			acceptedAt: apkInvitation.acceptedAt,
			revokedAt: apkInvitation.revokedAt,
			mailStatus: apkInvitation.mailStatus,
			mailSentAt: apkInvitation.mailSentAt
		})
		.from(apkInvitation)
		.where(and(eq(apkInvitation.organisationId, organisationId), isNotNull(apkInvitation.email)))
		.orderBy(desc(apkInvitation.createdAt), desc(apkInvitation.id))
		.limit(500);
	return rows.map((row) => {
		const code = apkCodeStatus(row, now);
		const status: ApkMailStatus = code === 'used' || code === 'revoked' || code === 'expired' ? code : (row.mailStatus ?? 'queued');
		return { id: row.id, email: row.email!, code: formatInvitationCode(row.code), createdAt: row.createdAt, status, mailSentAt: row.mailSentAt };
	});
}

/** An unused code of this organisation stops working; a used one stays (the employee has it). */
export async function revokeInvitationCode(db: Db, input: { organisationId: string; id: string; now?: Date }): Promise<boolean> {
	const rows = await db
		.update(apkInvitation)
		.set({ revokedAt: input.now ?? new Date() })
		.where(and(eq(apkInvitation.id, input.id), eq(apkInvitation.organisationId, input.organisationId), isNull(apkInvitation.acceptedAt), isNull(apkInvitation.revokedAt)))
		.returning({ id: apkInvitation.id });
	return rows.length > 0;
}

export type AcceptResult =
	| { ok: true; invitationId: string; organisationName: string }
	| { ok: false; reason: 'unknown' | 'taken' }
	| { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * Links an invitation to the resident. Accepting again is harmless; a code someone else already
 * accepted is refused, because one invitation counts one employee. Guessing codes is throttled per
 * resident and per address: counted before the lookup, given back when the code is accepted.
 */
export async function acceptApkInvitation(db: Db, input: { userId: string; code: string; ip: string }, now = new Date()): Promise<AcceptResult> {
	const attempt = await countAttempt(db, [throttleKey('apkAccount', input.userId), throttleKey('apkAddress', input.ip)], now);
	if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAt: attempt.retryAt };
	const result = await db.transaction(async (t): Promise<AcceptResult> => {
		const tx = t as unknown as Db;
		const [row] = await tx
			.select({ id: apkInvitation.id, acceptedBy: apkInvitation.acceptedBy, revokedAt: apkInvitation.revokedAt, expiresAt: apkInvitation.expiresAt, organisationName: organisation.name })
			.from(apkInvitation)
			.innerJoin(organisation, eq(organisation.id, apkInvitation.organisationId))
			.where(eq(apkInvitation.code, input.code))
			.for('update', { of: apkInvitation });
		if (!row) return { ok: false, reason: 'unknown' };
		if (row.acceptedBy && row.acceptedBy !== input.userId) return { ok: false, reason: 'taken' };
		// A revoked or lapsed code is as unknown as a mistyped one; accepting one's own again stays harmless.
		if (!row.acceptedBy && (row.revokedAt || (row.expiresAt && row.expiresAt <= now))) return { ok: false, reason: 'unknown' };
		if (!row.acceptedBy) {
			await tx.update(apkInvitation).set({ acceptedBy: input.userId, acceptedAt: now }).where(eq(apkInvitation.id, row.id));
		}
		return { ok: true, invitationId: row.id, organisationName: row.organisationName };
	});
	if (result.ok) await attemptSucceeded(db, attempt);
	else await attemptFailed(db, attempt);
	return result;
}

/**
 * Invitations sent to this person's address that nobody accepted yet, for the resident's APK page. Only a
 * checked address counts: someone who registered an address they never proved to read sees none of the
 * invitations (and their codes) sent to it. A code passed on by hand, or the link in the mail, still works.
 */
export async function openInvitationsFor(db: Db, userId: string, now = new Date()) {
	const [person] = await db.select({ email: user.email, verified: user.emailVerifiedAt }).from(user).where(eq(user.id, userId)).limit(1);
	if (!person?.verified) return [];
	return db
		.select({ code: apkInvitation.code, organisationName: organisation.name })
		.from(apkInvitation)
		.innerJoin(organisation, eq(organisation.id, apkInvitation.organisationId))
		.where(and(eq(apkInvitation.email, person.email.toLowerCase()), isNull(apkInvitation.acceptedAt), stillValid(now)));
}

/**
 * Marks invitations completed whose resident finished a scan linked to them. The scan arrives through
 * sync (often long after it was finished offline), so the server reads it from `apk_scan` rather than
 * trusting a separate report. Only a scan in the accepting resident's own portfolio counts: a resident
 * cannot complete someone else's invitation by writing its id into a scan.
 */
export async function markCompletedInvitations(db: Db, organisationId: string, now = new Date()): Promise<void> {
	await db.execute(sql`
		update apk_invitation i set completed_at = ${now.toISOString()}::timestamptz
		where i.organisation_id = ${organisationId}
			and i.accepted_by is not null
			and i.completed_at is null
			and exists (
				select 1 from apk_scan s
				join portfolio p on p.id = s.portfolio_id
				where s.invitation_id = i.id
					and p.owner_id = i.accepted_by
					and s.status = 'completed'
					and s.deleted_at is null
			)`);
}

/** The only thing an employer sees of their invitations: three numbers. */
export async function invitationCounts(db: Db, organisationId: string): Promise<InvitationCounts> {
	await markCompletedInvitations(db, organisationId);
	const [row] = await db
		.select({
			invited: count(),
			accepted: count(apkInvitation.acceptedAt),
			completed: count(apkInvitation.completedAt)
		})
		.from(apkInvitation)
		.where(eq(apkInvitation.organisationId, organisationId));
	return { invited: row?.invited ?? 0, accepted: row?.accepted ?? 0, completed: row?.completed ?? 0 };
}
