import { fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/shared/roles';
import type { VoucherStatus } from '$lib/shared/voucher/workflow';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { notifyAfter } from '$lib/server/notify';
import { afterVoucherStep } from '$lib/server/notify/staff';
import { transitionVoucher, VoucherError } from './service';

const REFUSALS: Record<VoucherError['code'], () => string> = {
	'not-found': m.voucher_refused_not_found,
	offer: m.voucher_error_offer,
	illegal: m.voucher_refused_illegal,
	reason: m.voucher_error_reason,
	plan: m.voucher_error_plan,
	'no-budget': m.voucher_refused_no_budget,
	'budget-exceeded': m.voucher_refused_budget,
	'budget-below-committed': m.voucher_refused_below_committed
};

export function voucherRefusal(error: VoucherError): string {
	return REFUSALS[error.code]();
}

const stepSchema = z.object({
	reason: z.string().max(2000, { error: 'voucher_error_too_long' }).default(''),
	scholingsplan: z.string().max(4000, { error: 'voucher_error_too_long' }).default('')
});

/** A form action that moves an application one step: parse, authorise, act, return. */
export async function voucherStep(event: RequestEvent<{ id: string }>, role: Role, to: VoucherStatus) {
	const parsed = await parseForm(event.request, stepSchema);
	if (!parsed.ok) return parsed.failure;
	const user = requireUser(event, role);
	// An id that is not a uuid names no application: the same refusal as an unknown one, not a database error.
	if (!z.uuid().safeParse(event.params.id).success) {
		return fail(404, { values: parsed.values, errors: {}, message: REFUSALS['not-found'](), step: to });
	}
	const database = await db();
	try {
		const updated = await transitionVoucher(database, { id: user.id, name: user.displayName, role }, event.params.id, { to, ...parsed.data });
		// The resident hears of a step someone else took.
		if (role !== 'inwoner') await notifyAfter(database, { portfolioId: updated.portfolioId, kind: 'voucher', link: `/mijn/vouchers/${updated.id}` });
		// And the next one to act hears it waits for them (a scholingsplan for the fund's check).
		await afterVoucherStep(database, updated);
	} catch (e) {
		if (!(e instanceof VoucherError)) throw e;
		const field = e.code === 'reason' ? 'reason' : e.code === 'plan' ? 'scholingsplan' : null;
		return fail(e.status, { values: parsed.values, errors: field ? { [field]: [voucherRefusal(e)] } : {}, message: voucherRefusal(e), step: to });
	}
	return { done: to };
}
