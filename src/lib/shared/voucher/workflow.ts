import { z } from 'zod';
import type { Role } from '$lib/shared/roles';

/** aanvraag → loopbaangesprek → scholingsplan → goedgekeurd/afgewezen → cheque → betaald (TFvV process, CVDR631008). */
export const VOUCHER_STATUSES = ['aanvraag', 'loopbaangesprek', 'scholingsplan', 'goedgekeurd', 'afgewezen', 'cheque', 'betaald'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

/** The only moves an application can make, and the role that makes each one. */
export const VOUCHER_TRANSITIONS: Record<VoucherStatus, Partial<Record<VoucherStatus, Role>>> = {
	aanvraag: { loopbaangesprek: 'adviseur' },
	loopbaangesprek: { scholingsplan: 'adviseur' },
	scholingsplan: { goedgekeurd: 'beheerder', afgewezen: 'beheerder' },
	goedgekeurd: { cheque: 'beheerder' },
	cheque: { betaald: 'beheerder' },
	afgewezen: {},
	betaald: {}
};

/** Statuses whose amount is spent from the year's budget. */
export const BUDGET_COMMITTED: readonly VoucherStatus[] = ['goedgekeurd', 'cheque', 'betaald'];

export function canTransition(from: VoucherStatus, to: VoucherStatus, role: Role): boolean {
	return VOUCHER_TRANSITIONS[from][to] === role;
}

/** The fund pays the cost minus the co-financing share; whole euros, rounded in the resident's favour. */
export function voucherAmount(costEuros: number, coFinancingShare: number | null): number {
	return Math.ceil(costEuros * (1 - (coFinancingShare ?? 0)));
}

export const voucherSubmitSchema = z.object({
	id: z.uuid(),
	offerId: z.string().min(1).max(80),
	motivation: z.string().trim().min(1, { error: 'voucher_error_motivation' }).max(2000, { error: 'voucher_error_too_long' }),
	werkgemeente: z.string().max(80).nullable().default(null),
	employed: z.boolean().default(false),
	coFinancing: z.string().trim().max(500, { error: 'voucher_error_too_long' }).default('')
});
export type VoucherSubmit = z.output<typeof voucherSubmitSchema>;

export const voucherReasonSchema = z.string().trim().min(1, { error: 'voucher_error_reason' }).max(2000, { error: 'voucher_error_too_long' });
