import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { voucherStep } from '$lib/server/vouchers/actions';
import { applicationWithHistory, budgetOverview } from '$lib/server/vouchers/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const database = await db();
	// Not a uuid: no such application (the database would refuse to compare it).
	if (!z.uuid().safeParse(event.params.id).success) error(404, { message: 'not found' });
	const found = await applicationWithHistory(database, event.params.id);
	if (!found) error(404, { message: 'not found' });
	return { ...found, budget: await budgetOverview(database, new Date().getFullYear()) };
};

export const actions: Actions = {
	approve: (event) => voucherStep(event, 'beheerder', 'goedgekeurd'),
	reject: (event) => voucherStep(event, 'beheerder', 'afgewezen'),
	cheque: (event) => voucherStep(event, 'beheerder', 'cheque'),
	paid: (event) => voucherStep(event, 'beheerder', 'betaald')
};
