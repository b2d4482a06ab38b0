import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { BUDGET_COMMITTED } from '$lib/shared/voucher/workflow';
import { verifyPassword } from '$lib/server/auth/password';
import { attemptFailed, attemptSucceeded, countAttempt, personalThrottleKeys, throttleKey } from '$lib/server/auth/throttle';
import type { Db } from '$lib/server/db/client';
import { accountDeletion, apkInvitation, deletedVoucherCommitment, fileObject, invitation, throttleCounter, user, voucherApplication } from '$lib/server/db/schema';
import type { PartialStorage } from '$lib/server/files/partial';
import type { FileStorage } from '$lib/server/files/storage';
import { revokeAllOf } from '$lib/server/credentials/issue';
import { subjectOf } from './export';

export type DeleteResult = { ok: true } | { ok: false; reason: 'wrong_password' | 'unknown' } | { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * "Verwijder mijn account": after the password matches, every row about the person goes, in one
 * transaction: the user row, and through its foreign keys the portfolio with everything under it, roles,
 * sessions, devices, grants given and received, the talentpool card, contact requests, klantervaring and
 * vouchers, issued credentials (revoked first, so they stop verifying anywhere); rows that only named the person as actor on someone else's record lose that link. Invitations
 * found by email and the protective counters that name the person (sign-in by email, code guessing by
 * account) go too. Kept: the day of the deletion, and the amount an approved voucher still holds in its
 * budget year. Afterwards the file bytes no other row uses are removed.
 */
export async function deleteAccount(
	db: Db,
	storage: { files: FileStorage; partials: PartialStorage },
	input: { userId: string; password: string },
	now = new Date()
): Promise<DeleteResult> {
	const subject = await subjectOf(db, input.userId);
	if (!subject) return { ok: false, reason: 'unknown' };
	// A wrong password here counts with the account's failed sign-ins, counted before the check.
	const account = throttleKey('signInAccount', subject.email);
	const attempt = await countAttempt(db, [account], now);
	if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAt: attempt.retryAt };
	const [found] = await db.select({ passwordHash: user.passwordHash }).from(user).where(eq(user.id, input.userId)).limit(1);
	if (!found || !(await verifyPassword(found.passwordHash, input.password))) {
		const lockedUntil = await attemptFailed(db, attempt);
		return lockedUntil ? { ok: false, reason: 'throttled', retryAt: lockedUntil } : { ok: false, reason: 'wrong_password' };
	}
	await attemptSucceeded(db, attempt, [account]);

	const hashes = await db.transaction(async (tx) => {
		const files = subject.portfolioId
			? (await tx.selectDistinct({ sha256: fileObject.sha256 }).from(fileObject).where(eq(fileObject.portfolioId, subject.portfolioId))).map((r) => r.sha256)
			: [];
		const committed = await tx
			.select({ budgetYear: voucherApplication.budgetYear, amountEuros: voucherApplication.amountEuros, status: voucherApplication.status })
			.from(voucherApplication)
			.where(and(eq(voucherApplication.applicantId, input.userId), isNotNull(voucherApplication.budgetYear), inArray(voucherApplication.status, [...BUDGET_COMMITTED])));
		if (committed.length) {
			await tx.insert(deletedVoucherCommitment).values(committed.map((c) => ({ id: randomUUID(), budgetYear: c.budgetYear!, amountEuros: c.amountEuros, status: c.status })));
		}
		await tx.delete(invitation).where(eq(invitation.email, subject.email));
		// The employer's invitation stays as a count (sent, accepted, completed), without who it was for.
		await tx.update(apkInvitation).set({ email: null }).where(eq(apkInvitation.email, subject.email));
		await tx.delete(throttleCounter).where(inArray(throttleCounter.key, personalThrottleKeys(subject)));
		// Credentials that left the app stop verifying: their status bits outlive the rows.
		if (subject.portfolioId) await revokeAllOf(tx as unknown as Db, subject.portfolioId, now);
		await tx.delete(user).where(eq(user.id, input.userId));
		// A random (not time-ordered) id and only the day: nothing that ties this row to the person.
		await tx.insert(accountDeletion).values({ id: randomUUID(), deletedOn: now.toISOString().slice(0, 10) });
		return files;
	});

	// Bytes are stored once per SHA-256: keep those another portfolio still has.
	if (hashes.length) {
		const stillUsed = new Set((await db.selectDistinct({ sha256: fileObject.sha256 }).from(fileObject).where(inArray(fileObject.sha256, hashes))).map((r) => r.sha256));
		for (const sha of hashes) if (!stillUsed.has(sha)) await storage.files.remove(sha);
	}
	if (subject.portfolioId) await storage.partials.removeAll(`${subject.portfolioId}-`);
	return { ok: true };
}
