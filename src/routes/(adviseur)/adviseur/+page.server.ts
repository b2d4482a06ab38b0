import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { waitText } from '$lib/server/http/errors';
import { formError, parseForm, throttledForm } from '$lib/server/http/form';
import { redeemGesprekCode } from '$lib/server/sharing/gesprek';
import { voucherStepsWaiting, worklistOf } from '$lib/server/sharing/worklist';
import { gesprekCodeEntrySchema } from '$lib/shared/sharing';
import { arrangeWorklist, worklistQuerySchema } from '$lib/shared/worklist';
import type { Actions, PageServerLoad } from './$types';

/** "Mijn inwoners": everyone who shares with this adviser now, with what waits; filtered and sorted by the query. */
export const load: PageServerLoad = async (event) => {
	const adviser = requireUser(event, 'adviseur');
	const query = worklistQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const database = await db();
	const all = await worklistOf(database, adviser.id);
	return { query, total: all.length, worklist: arrangeWorklist(all, query), vouchersWaiting: await voucherStepsWaiting(database, adviser.id) };
};

export const actions: Actions = {
	code: async (event) => {
		const adviser = requireUser(event, 'adviseur');
		const parsed = await parseForm(event.request, gesprekCodeEntrySchema);
		if (!parsed.ok) return parsed.failure;
		const result = await redeemGesprekCode(await db(), { adviserId: adviser.id, code: parsed.data.code, ip: event.getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'throttled') return throttledForm(event, result.retryAt, parsed.values, { code: [m.gesprek_code_throttled({ wait: waitText(result.retryAt) })] });
			const reason = { unknown: m.gesprek_code_unknown, expired: m.gesprek_code_expired, used: m.gesprek_code_used }[result.reason];
			return formError(400, parsed.values, { code: [reason()] });
		}
		redirect(303, `/adviseur/inwoner/${result.portfolioId}`);
	}
};
