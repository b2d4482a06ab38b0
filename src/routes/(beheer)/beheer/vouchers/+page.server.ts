import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { voucherRefusal } from '$lib/server/vouchers/actions';
import { budgetOverview, setBudget, VoucherError } from '$lib/server/vouchers/service';
import { applicationsForStaff } from '$lib/server/vouchers/staff-list';
import { voucherListQuerySchema, voucherTotals } from '$lib/shared/voucher/staff';
import type { Actions, PageServerLoad } from './$types';

/** The beheerder's voucher worklist: filtered by status, with totals of what is listed and of everything. */
export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const query = voucherListQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const database = await db();
	const year = new Date().getFullYear();
	const all = await applicationsForStaff(database);
	const applications = query.status === 'alle' ? all : all.filter((a) => a.status === query.status);
	return {
		query,
		budgets: [await budgetOverview(database, year), await budgetOverview(database, year + 1)],
		totals: voucherTotals(applications),
		allTotals: voucherTotals(all),
		applications
	};
};

const budgetSchema = z.object({
	year: z.coerce.number({ error: 'voucher_error_year' }).int({ error: 'voucher_error_year' }).min(2020, { error: 'voucher_error_year' }).max(2100, { error: 'voucher_error_year' }),
	amountEuros: z.coerce.number({ error: 'voucher_error_budget' }).int({ error: 'voucher_error_budget' }).min(0, { error: 'voucher_error_budget' }).max(1_000_000_000, { error: 'voucher_error_budget' })
});

export const actions: Actions = {
	budget: async (event) => {
		const user = requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, budgetSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await setBudget(await db(), user.id, parsed.data.year, parsed.data.amountEuros);
		} catch (e) {
			if (!(e instanceof VoucherError)) throw e;
			return fail(e.status, { values: parsed.values, errors: { amountEuros: [voucherRefusal(e)] } as Record<string, string[]>, message: 'form' });
		}
		return { budgetSaved: parsed.data.year };
	}
};
