import { and, eq, inArray } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { VOUCHER_DECIDED, type KlantervaringSubject } from '$lib/shared/monitoring/klantervaring';
import type { Db } from '$lib/server/db/client';
import { klantervaring, portfolio, shareGrant, voucherApplication } from '$lib/server/db/schema';

/** May this resident score it: their own gesprek (a grant with origin gesprek) or their own voucher with a decision. */
export async function canScore(db: Db, userId: string, subject: KlantervaringSubject, subjectId: string): Promise<boolean> {
	if (subject === 'gesprek') {
		const [row] = await db
			.select({ id: shareGrant.id })
			.from(shareGrant)
			.innerJoin(portfolio, eq(portfolio.id, shareGrant.portfolioId))
			.where(and(eq(shareGrant.id, subjectId), eq(shareGrant.origin, 'gesprek'), eq(portfolio.ownerId, userId)));
		return Boolean(row);
	}
	const [row] = await db
		.select({ id: voucherApplication.id })
		.from(voucherApplication)
		.where(and(eq(voucherApplication.id, subjectId), eq(voucherApplication.applicantId, userId), inArray(voucherApplication.status, [...VOUCHER_DECIDED])));
	return Boolean(row);
}

export async function hasScored(db: Db, userId: string, subject: KlantervaringSubject, subjectId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: klantervaring.id })
		.from(klantervaring)
		.where(and(eq(klantervaring.userId, userId), eq(klantervaring.subject, subject), eq(klantervaring.subjectId, subjectId)));
	return Boolean(row);
}

/** Stores the score once; a second attempt (or a retry) changes nothing and answers false. */
export async function saveScore(db: Db, userId: string, input: { over: KlantervaringSubject; id: string; score: number; comment: string }): Promise<boolean> {
	const inserted = await db
		.insert(klantervaring)
		.values({ id: newId(), userId, subject: input.over, subjectId: input.id, score: input.score, comment: input.comment })
		.onConflictDoNothing()
		.returning({ id: klantervaring.id });
	return inserted.length === 1;
}
