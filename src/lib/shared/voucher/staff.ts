import { z } from 'zod';
import { VOUCHER_STATUSES, type VoucherStatus } from './workflow';

/** The beheerder's voucher worklist filter: one status, or every application. */
export const voucherListQuerySchema = z.object({ status: z.enum(['alle', ...VOUCHER_STATUSES]).catch('alle').default('alle') });
export type VoucherListQuery = z.output<typeof voucherListQuerySchema>;

export interface VoucherTotals {
	count: number;
	amountEuros: number;
	byStatus: Record<VoucherStatus, number>;
}

/** Totals of a list: how many, the amount the fund pays for them, and how many per status. */
export function voucherTotals(applications: readonly { status: VoucherStatus; amountEuros: number }[]): VoucherTotals {
	const byStatus = Object.fromEntries(VOUCHER_STATUSES.map((s) => [s, 0])) as Record<VoucherStatus, number>;
	let amountEuros = 0;
	for (const a of applications) {
		byStatus[a.status] += 1;
		amountEuros += a.amountEuros;
	}
	return { count: applications.length, amountEuros, byStatus };
}
