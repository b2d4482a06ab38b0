import { and, count, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { WorklistEntry } from '$lib/shared/worklist';
import type { Db } from '$lib/server/db/client';
import { evcEvidence, evcReview, skillClaim, voucherApplication } from '$lib/server/db/schema';
import { caseloadOf } from './grants';

/** A voucher step that is this adviser's to take: any adviser picks up a new aanvraag, the one holding the gesprek writes the plan. */
function waitingForAdviser(adviserId: string) {
	return or(eq(voucherApplication.status, 'aanvraag'), and(eq(voucherApplication.status, 'loopbaangesprek'), eq(voucherApplication.adviserId, adviserId)));
}

/**
 * The adviser's residents with what waits for them. Counts only cover sections the resident shares now:
 * skills not yet validated, EVC evidence not reviewed since it last changed; voucher applications were
 * shared with the advisers when submitted, so those count regardless.
 */
export async function worklistOf(db: Db, adviserId: string, now = new Date()): Promise<WorklistEntry[]> {
	const caseload = await caseloadOf(db, adviserId, now);
	if (caseload.length === 0) return [];
	const sharing = (section: string) => caseload.filter((c) => c.sections.includes(section as never)).map((c) => c.portfolioId);

	const skillIds = sharing('skills');
	const skills = skillIds.length
		? await db
				.select({ portfolioId: skillClaim.portfolioId, n: count() })
				.from(skillClaim)
				.where(and(inArray(skillClaim.portfolioId, skillIds), isNull(skillClaim.deletedAt), ne(skillClaim.source, 'gevalideerd')))
				.groupBy(skillClaim.portfolioId)
		: [];

	const evcIds = sharing('evc');
	const evidence = evcIds.length
		? await db
				.select({ id: evcEvidence.id, portfolioId: evcEvidence.portfolioId, updatedAt: evcEvidence.updatedAt })
				.from(evcEvidence)
				.where(and(inArray(evcEvidence.portfolioId, evcIds), isNull(evcEvidence.deletedAt)))
		: [];
	const reviews = evcIds.length
		? await db
				.select({ evidenceId: evcReview.evidenceId, reviewedAt: evcReview.reviewedAt })
				.from(evcReview)
				.where(and(inArray(evcReview.portfolioId, evcIds), isNull(evcReview.deletedAt)))
		: [];
	const lastReview = new Map<string, string>();
	for (const r of reviews) if ((lastReview.get(r.evidenceId) ?? '') < r.reviewedAt) lastReview.set(r.evidenceId, r.reviewedAt);
	const evcWaiting = new Map<string, number>();
	for (const item of evidence) {
		const reviewed = lastReview.get(item.id);
		if (!reviewed || new Date(reviewed) < item.updatedAt) evcWaiting.set(item.portfolioId, (evcWaiting.get(item.portfolioId) ?? 0) + 1);
	}

	const vouchers = await db
		.select({ portfolioId: voucherApplication.portfolioId, n: count() })
		.from(voucherApplication)
		.where(and(inArray(voucherApplication.portfolioId, caseload.map((c) => c.portfolioId)), waitingForAdviser(adviserId)))
		.groupBy(voucherApplication.portfolioId);

	const countOf = (rows: { portfolioId: string; n: number }[], id: string) => Number(rows.find((r) => r.portfolioId === id)?.n ?? 0);
	return caseload.map((c) => ({
		portfolioId: c.portfolioId,
		name: c.name,
		sections: c.sections,
		expiresAt: c.expiresAt.toISOString(),
		openValidations: countOf(skills, c.portfolioId),
		evcWaiting: evcWaiting.get(c.portfolioId) ?? 0,
		voucherSteps: countOf(vouchers, c.portfolioId)
	}));
}

/** Every voucher application waiting for this adviser, also of residents who share nothing with them. */
export async function voucherStepsWaiting(db: Db, adviserId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(voucherApplication).where(waitingForAdviser(adviserId));
	return Number(row?.n ?? 0);
}
