import { z } from 'zod';

/** A voucher with a decision (approved and on, or rejected): from then on its resident may give a score. */
export const VOUCHER_DECIDED = ['goedgekeurd', 'afgewezen', 'cheque', 'betaald'] as const;

export function isVoucherDecided(status: string): boolean {
	return (VOUCHER_DECIDED as readonly string[]).includes(status);
}

export const KLANTERVARING_SUBJECTS = ['gesprek', 'voucher'] as const;
export type KlantervaringSubject = (typeof KLANTERVARING_SUBJECTS)[number];

export const klantervaringTargetSchema = z.object({
	over: z.enum(KLANTERVARING_SUBJECTS, { error: 'monitoring_feedback_not_found' }),
	id: z.uuid({ error: 'monitoring_feedback_not_found' })
});

export const klantervaringSchema = klantervaringTargetSchema.extend({
	score: z.coerce.number({ error: 'monitoring_feedback_error_score' }).int({ error: 'monitoring_feedback_error_score' }).min(1, { error: 'monitoring_feedback_error_score' }).max(10, { error: 'monitoring_feedback_error_score' }),
	comment: z.string().trim().max(1000, { error: 'monitoring_feedback_error_comment' }).default('')
});
