import { and, eq, isNull } from 'drizzle-orm';
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { newId } from '$lib/shared/id';
import { EVC_VERDICTS } from '$lib/shared/sync/entities/evc';
import type { SessionUser } from '$lib/server/auth/session';
import type { Db } from '$lib/server/db/client';
import { evcEvidence, evcReview } from '$lib/server/db/schema';
import { requireSectionAccess } from '$lib/server/sharing/access';
import { writeEntities } from '$lib/server/sync/server-write';

export const reviewInputSchema = z.object({
	portfolioId: z.uuid(),
	evidenceId: z.uuid(),
	verdict: z.enum(EVC_VERDICTS, { error: 'evc_error_required' }),
	comment: z.string().trim().max(2000, { error: 'evc_error_too_long' }).default('')
});
export type ReviewInput = z.output<typeof reviewInputSchema>;

/** The resident's evidence and every review of it, for an adviser the resident shared the EVC section with. */
export async function evidenceForReview(db: Db, input: { viewer: SessionUser; portfolioId: string }) {
	await requireSectionAccess(db, { viewer: input.viewer, portfolioId: input.portfolioId, section: 'evc' });
	const items = await db.select().from(evcEvidence).where(and(eq(evcEvidence.portfolioId, input.portfolioId), isNull(evcEvidence.deletedAt)));
	const reviews = await db.select().from(evcReview).where(and(eq(evcReview.portfolioId, input.portfolioId), isNull(evcReview.deletedAt)));
	return { items, reviews };
}

/**
 * An adviser's verdict on one item. Each review is a new row of the adviser's own entity, written with
 * the same versioning as a push, so the resident's devices pull it; no resident write touches it, so no
 * conflict can undo it. A later review of the same item supersedes an earlier one by its time.
 */
export async function reviewEvidence(db: Db, input: ReviewInput & { viewer: SessionUser; now?: Date }): Promise<string> {
	await requireSectionAccess(db, { viewer: input.viewer, portfolioId: input.portfolioId, section: 'evc' });
	const [item] = await db
		.select({ id: evcEvidence.id })
		.from(evcEvidence)
		.where(and(eq(evcEvidence.id, input.evidenceId), eq(evcEvidence.portfolioId, input.portfolioId), isNull(evcEvidence.deletedAt)))
		.limit(1);
	if (!item) error(404, { message: m.error_not_found() });
	const id = newId();
	await writeEntities(db, { userId: input.viewer.id, role: 'adviseur' }, input.portfolioId, [
		{
			entity: 'evcReview',
			entityId: id,
			op: 'create',
			baseVersion: 0,
			patch: {
				evidenceId: input.evidenceId,
				verdict: input.verdict,
				comment: input.comment,
				reviewerName: input.viewer.displayName,
				reviewedAt: (input.now ?? new Date()).toISOString()
			}
		}
	]);
	return id;
}
