import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { voucherStep } from '$lib/server/vouchers/actions';
import { applicationWithHistory } from '$lib/server/vouchers/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'adviseur');
	// Not a uuid: no such application (the database would refuse to compare it).
	if (!z.uuid().safeParse(event.params.id).success) error(404, { message: 'not found' });
	const found = await applicationWithHistory(await db(), event.params.id);
	if (!found) error(404, { message: 'not found' });
	return found;
};

export const actions: Actions = {
	gesprek: (event) => voucherStep(event, 'adviseur', 'loopbaangesprek'),
	plan: (event) => voucherStep(event, 'adviseur', 'scholingsplan')
};
