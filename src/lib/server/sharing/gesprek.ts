import { randomInt } from 'node:crypto';
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { GESPREK_CODE_ALPHABET, GESPREK_CODE_LENGTH, GESPREK_CODE_MINUTES, type ShareSection } from '$lib/shared/sharing';
import type { SessionUser } from '$lib/server/auth/session';
import { attemptFailed, attemptSucceeded, countAttempt, throttleKey } from '$lib/server/auth/throttle';
import type { Db } from '$lib/server/db/client';
import { gesprekCode, gesprekNote, gesprekSuggestion, portfolioSync, skillClaim, skillValidation } from '$lib/server/db/schema';
import { writeEntities } from '$lib/server/sync/server-write';
import { issueCredential, skillContent } from '$lib/server/credentials/issue';
import { createGrant } from './grants';

/** About 40 bits, alive for ten minutes and used once: guessing one is not a practical attack. */
function newCode(): string {
	let code = '';
	for (let i = 0; i < GESPREK_CODE_LENGTH; i++) code += GESPREK_CODE_ALPHABET[randomInt(GESPREK_CODE_ALPHABET.length)];
	return code;
}

export async function createGesprekCode(
	db: Db,
	input: { portfolioId: string; sections: readonly ShareSection[]; hours: number; now?: Date }
): Promise<{ code: string; expiresAt: Date }> {
	const now = input.now ?? new Date();
	const expiresAt = new Date(now.getTime() + GESPREK_CODE_MINUTES * 60_000);
	const code = newCode();
	await db.insert(gesprekCode).values({ code, portfolioId: input.portfolioId, sections: [...input.sections], grantHours: input.hours, createdAt: now, expiresAt });
	return { code, expiresAt };
}

export type RedeemResult =
	| { ok: true; portfolioId: string; grantId: string }
	| { ok: false; reason: 'unknown' | 'expired' | 'used' }
	| { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * The adviser types the code. Guessing is throttled per adviser and per address: the attempt is counted
 * before the code is looked up and given back when it opens a portfolio, so only wrong codes stay counted.
 * The lookup runs under a row lock, so two advisers racing for one code cannot both get in.
 */
export async function redeemGesprekCode(db: Db, input: { adviserId: string; code: string; ip: string; now?: Date }): Promise<RedeemResult> {
	const now = input.now ?? new Date();
	const attempt = await countAttempt(db, [throttleKey('gesprekAccount', input.adviserId), throttleKey('gesprekAddress', input.ip)], now);
	if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAt: attempt.retryAt };
	const result = await db.transaction(async (t): Promise<RedeemResult> => {
		const tx = t as unknown as Db;
		const [row] = await tx.select().from(gesprekCode).where(eq(gesprekCode.code, input.code)).for('update');
		if (!row) return { ok: false, reason: 'unknown' };
		if (row.usedAt) return { ok: false, reason: 'used' };
		if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
		await tx.update(gesprekCode).set({ usedAt: now, usedBy: input.adviserId }).where(eq(gesprekCode.code, row.code));
		const grantId = await createGrant(tx, {
			portfolioId: row.portfolioId,
			grantee: { userId: input.adviserId },
			sections: row.sections as ShareSection[],
			origin: 'gesprek',
			expiresAt: new Date(now.getTime() + row.grantHours * 3_600_000),
			now
		});
		return { ok: true, portfolioId: row.portfolioId, grantId };
	});
	// The answer to this code stands; the next attempt over the limit is the one refused.
	if (result.ok) await attemptSucceeded(db, attempt);
	else await attemptFailed(db, attempt);
	return result;
}

async function headVersion(db: Db, portfolioId: string): Promise<number> {
	const [row] = await db.select({ version: portfolioSync.version }).from(portfolioSync).where(eq(portfolioSync.portfolioId, portfolioId));
	return row?.version ?? 0;
}

/**
 * Marks a claim 'gevalideerd' through the sync write path, so the resident's devices pull it, and records
 * who did it and when. The caller has checked the skills section grant.
 */
export async function validateSkill(db: Db, input: { adviser: SessionUser; portfolioId: string; skillClaimId: string; now?: Date }): Promise<boolean> {
	const [claim] = await db
		.select({ id: skillClaim.id, skillId: skillClaim.skillId })
		.from(skillClaim)
		.where(and(eq(skillClaim.id, input.skillClaimId), eq(skillClaim.portfolioId, input.portfolioId), isNull(skillClaim.deletedAt)));
	if (!claim) return false;
	const at = input.now ?? new Date();
	await writeEntities(db, { userId: input.adviser.id, role: 'adviseur' }, input.portfolioId, [
		{ entity: 'skillClaim', entityId: claim.id, op: 'patch', patch: { source: 'gevalideerd' }, baseVersion: await headVersion(db, input.portfolioId) }
	]);
	await db.insert(skillValidation).values({
		id: newId(),
		portfolioId: input.portfolioId,
		skillClaimId: claim.id,
		adviserId: input.adviser.id,
		adviserName: input.adviser.displayName,
		at
	});
	await issueCredential(db, input.portfolioId, skillContent({ skillClaimId: claim.id, skillId: claim.skillId, validatorName: input.adviser.displayName, validatorRole: null, at }), at);
	return true;
}

export async function addGesprekNote(db: Db, input: { adviser: SessionUser; portfolioId: string; body: string }): Promise<void> {
	await db.insert(gesprekNote).values({ id: newId(), portfolioId: input.portfolioId, adviserId: input.adviser.id, adviserName: input.adviser.displayName, body: input.body });
}

export async function addSuggestion(db: Db, input: { adviser: SessionUser; portfolioId: string; title: string; description: string }): Promise<void> {
	await db.insert(gesprekSuggestion).values({
		id: newId(),
		portfolioId: input.portfolioId,
		adviserId: input.adviser.id,
		adviserName: input.adviser.displayName,
		title: input.title,
		description: input.description
	});
}

/** All notes for the resident; an adviser passes their id and sees only their own. */
export async function notesOf(db: Db, portfolioId: string, adviserId?: string) {
	const rows = await db
		.select()
		.from(gesprekNote)
		.where(and(eq(gesprekNote.portfolioId, portfolioId), adviserId ? eq(gesprekNote.adviserId, adviserId) : undefined))
		.orderBy(desc(gesprekNote.createdAt));
	return rows.map((r) => ({ id: r.id, adviserName: r.adviserName, body: r.body, createdAt: r.createdAt.toISOString() }));
}

export async function suggestionsOf(db: Db, portfolioId: string, adviserId?: string) {
	const rows = await db
		.select()
		.from(gesprekSuggestion)
		.where(and(eq(gesprekSuggestion.portfolioId, portfolioId), adviserId ? eq(gesprekSuggestion.adviserId, adviserId) : undefined))
		.orderBy(desc(gesprekSuggestion.createdAt));
	return rows.map((r) => ({
		id: r.id,
		adviserName: r.adviserName,
		title: r.title,
		description: r.description,
		status: r.status,
		createdAt: r.createdAt.toISOString(),
		decidedAt: r.decidedAt?.toISOString() ?? null
	}));
}

export async function validationsOf(db: Db, portfolioId: string) {
	const rows = await db.select().from(skillValidation).where(eq(skillValidation.portfolioId, portfolioId)).orderBy(desc(skillValidation.at));
	return rows.map((r) => ({ skillClaimId: r.skillClaimId, adviserName: r.adviserName, at: r.at.toISOString() }));
}

/**
 * The resident's answer. Accepting puts the step in the ontwikkelplan as the resident's own planItem
 * (origin 'gesprek'), which the adviser sees when the ontwikkelplan section is shared.
 */
export async function answerSuggestion(
	db: Db,
	input: { residentId: string; portfolioId: string; suggestionId: string; decision: 'accept' | 'reject'; now?: Date }
): Promise<boolean> {
	// Deciding first, on the open row only, means a double tap cannot put the step in the plan twice.
	const [row] = await db
		.update(gesprekSuggestion)
		.set({ status: input.decision === 'accept' ? 'accepted' : 'rejected', decidedAt: input.now ?? new Date() })
		.where(and(eq(gesprekSuggestion.id, input.suggestionId), eq(gesprekSuggestion.portfolioId, input.portfolioId), eq(gesprekSuggestion.status, 'open')))
		.returning();
	if (!row) return false;
	if (input.decision === 'accept') {
		const planItemId = newId();
		await writeEntities(db, { userId: input.residentId, role: 'inwoner' }, input.portfolioId, [
			{ entity: 'planItem', entityId: planItemId, op: 'create', patch: { kind: 'actie', title: row.title, description: row.description, origin: 'gesprek' }, baseVersion: 0 }
		]);
		await db.update(gesprekSuggestion).set({ planItemId }).where(eq(gesprekSuggestion.id, row.id));
	}
	return true;
}

/** How long an unused, expired code is kept, so an adviser who types it late still hears "verlopen". */
const EXPIRED_CODE_KEPT_MS = 24 * 60 * 60 * 1000;

/** Codes never used that expired more than a day ago; used codes stay with the grant they made. */
export async function purgeExpiredGesprekCodes(db: Db, now = new Date()): Promise<number> {
	const removed = await db
		.delete(gesprekCode)
		.where(and(isNull(gesprekCode.usedAt), lt(gesprekCode.expiresAt, new Date(now.getTime() - EXPIRED_CODE_KEPT_MS))))
		.returning({ code: gesprekCode.code });
	return removed.length;
}
