import { and, desc, eq, isNull } from 'drizzle-orm';
import { EXTERNAL_VALIDATION_DAYS } from '$lib/shared/credentials';
import { newId } from '$lib/shared/id';
import type { AppLocale } from '$lib/shared/locale';
import { newToken, secretMatches, splitToken } from '$lib/server/auth/token';
import type { Db } from '$lib/server/db/client';
import { externalValidation, portfolio, portfolioSync, profile, skillClaim, skillValidation } from '$lib/server/db/schema';
import { writeEntities } from '$lib/server/sync/server-write';
import { standardIds } from '$lib/server/taxonomy/esco';
import { issueCredential, skillContent } from './issue';

export async function createValidationRequest(
	db: Db,
	input: { portfolioId: string; name: string; email: string; skillClaimIds: readonly string[]; locale: AppLocale; now?: Date }
): Promise<{ id: string } | { unknownSkills: true }> {
	const now = input.now ?? new Date();
	const claims = await db
		.select({ id: skillClaim.id })
		.from(skillClaim)
		.where(and(eq(skillClaim.portfolioId, input.portfolioId), isNull(skillClaim.deletedAt)));
	const own = new Set(claims.map((c) => c.id));
	if (input.skillClaimIds.some((id) => !own.has(id))) return { unknownSkills: true };
	const id = newId();
	await db.insert(externalValidation).values({
		id,
		portfolioId: input.portfolioId,
		tokenId: newToken().id,
		validatorName: input.name,
		validatorEmail: input.email,
		skillClaimIds: [...input.skillClaimIds],
		locale: input.locale,
		expiresAt: new Date(now.getTime() + EXTERNAL_VALIDATION_DAYS * 86_400_000),
		createdAt: now
	});
	return { id };
}

/**
 * A new link secret for the request, made when its mail is sent (the job holds no secret): only its hash is
 * kept, and a later try of the same mail job makes a new one, so the link in the last mail sent is the one
 * that works. Null when the request is answered or expired.
 */
export async function mintValidationLink(db: Db, requestId: string, now = new Date()) {
	const [row] = await db.select().from(externalValidation).where(eq(externalValidation.id, requestId)).limit(1);
	if (!row || row.answeredAt || row.expiresAt <= now) return null;
	const { secret, secretHash } = newToken();
	await db.update(externalValidation).set({ secretHash }).where(eq(externalValidation.id, row.id));
	const [owner] = await db.select({ name: profile.displayName }).from(profile).where(eq(profile.id, row.portfolioId)).limit(1);
	return { token: `${row.tokenId}.${secret}`, email: row.validatorEmail, validatorName: row.validatorName, residentName: owner?.name ?? '', expiresAt: row.expiresAt, locale: row.locale };
}

export type ValidationLink =
	| { ok: true; request: typeof externalValidation.$inferSelect; residentName: string; skills: { id: string; skillId: string; level: number }[] }
	| { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** What the link opens: the request, or why it no longer works. */
export async function openValidationLink(db: Db, token: string, now = new Date()): Promise<ValidationLink> {
	const parts = splitToken(token);
	if (!parts) return { ok: false, reason: 'unknown' };
	const [row] = await db.select().from(externalValidation).where(eq(externalValidation.tokenId, parts.id)).limit(1);
	if (!row) return { ok: false, reason: 'unknown' };
	if (row.answeredAt) return { ok: false, reason: 'used' };
	if (!row.secretHash || !secretMatches(parts.secret, row.secretHash)) return { ok: false, reason: 'unknown' };
	if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
	const claims = await db
		.select({ id: skillClaim.id, skillId: skillClaim.skillId, level: skillClaim.level })
		.from(skillClaim)
		.where(and(eq(skillClaim.portfolioId, row.portfolioId), isNull(skillClaim.deletedAt)));
	const skills = claims.filter((c) => row.skillClaimIds.includes(c.id));
	const [owner] = await db.select({ name: profile.displayName }).from(profile).where(eq(profile.id, row.portfolioId)).limit(1);
	return { ok: true, request: row, residentName: owner?.name ?? '', skills };
}

/**
 * The validator's answer, once: the request is claimed under a row lock, each confirmed skill becomes
 * `gevalideerd` through the sync write path (so the resident's devices pull it), with who and when, and gets
 * a credential. Declined skills stay as they are.
 */
export async function answerValidation(
	db: Db,
	input: { token: string; name: string; role: string; decisions: Record<string, 'bevestigd' | 'afgewezen'>; now?: Date }
): Promise<{ ok: true; confirmed: number } | { ok: false; reason: 'unknown' | 'used' | 'expired' }> {
	const now = input.now ?? new Date();
	const opened = await openValidationLink(db, input.token, now);
	if (!opened.ok) return opened;
	const { request } = opened;
	const decisions = Object.fromEntries(opened.skills.map((s) => [s.id, input.decisions[s.id] === 'bevestigd' ? 'bevestigd' : 'afgewezen'] as const));
	const claimed = await db
		.update(externalValidation)
		.set({ answeredAt: now, answeredName: input.name, answeredRole: input.role, decisions, secretHash: null })
		.where(and(eq(externalValidation.id, request.id), isNull(externalValidation.answeredAt)))
		.returning({ id: externalValidation.id });
	if (claimed.length === 0) return { ok: false, reason: 'used' };
	const confirmed = opened.skills.filter((s) => decisions[s.id] === 'bevestigd');
	if (confirmed.length === 0) return { ok: true, confirmed: 0 };
	const [owner] = await db.select({ id: portfolio.ownerId }).from(portfolio).where(eq(portfolio.id, request.portfolioId)).limit(1);
	if (!owner) return { ok: false, reason: 'unknown' };
	const [head] = await db.select({ version: portfolioSync.version }).from(portfolioSync).where(eq(portfolioSync.portfolioId, request.portfolioId));
	await writeEntities(
		db,
		{ userId: owner.id, role: 'systeem' },
		request.portfolioId,
		confirmed.map((s) => ({ entity: 'skillClaim', entityId: s.id, op: 'patch' as const, patch: { source: 'gevalideerd' }, baseVersion: head?.version ?? 0 }))
	);
	const ids = await standardIds(db);
	for (const s of confirmed) {
		await db.insert(skillValidation).values({ id: newId(), portfolioId: request.portfolioId, skillClaimId: s.id, adviserId: null, adviserName: input.name, validatorRole: input.role, at: now });
		await issueCredential(db, request.portfolioId, skillContent({ skillClaimId: s.id, skillId: s.skillId, validatorName: input.name, validatorRole: input.role, at: now }, ids), now);
	}
	return { ok: true, confirmed: confirmed.length };
}

export async function validationRequestsOf(db: Db, portfolioId: string) {
	const rows = await db.select().from(externalValidation).where(eq(externalValidation.portfolioId, portfolioId)).orderBy(desc(externalValidation.createdAt));
	const claims = await db.select({ id: skillClaim.id, skillId: skillClaim.skillId }).from(skillClaim).where(eq(skillClaim.portfolioId, portfolioId));
	const skillOf = new Map(claims.map((c) => [c.id, c.skillId]));
	return rows.map((r) => {
		const decisions = Object.values(r.decisions ?? {});
		return {
			id: r.id,
			validatorName: r.validatorName,
			validatorEmail: r.validatorEmail,
			locale: r.locale,
			skillIds: r.skillClaimIds.map((id) => skillOf.get(id)).filter((s): s is string => !!s),
			createdAt: r.createdAt.toISOString(),
			expiresAt: r.expiresAt.toISOString(),
			answeredAt: r.answeredAt?.toISOString() ?? null,
			answeredName: r.answeredName,
			answeredRole: r.answeredRole,
			confirmed: decisions.filter((d) => d === 'bevestigd').length,
			declined: decisions.filter((d) => d === 'afgewezen').length
		};
	});
}
