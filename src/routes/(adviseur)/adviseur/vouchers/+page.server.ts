import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { applicationsForStaff } from '$lib/server/vouchers/staff-list';
import type { PageServerLoad } from './$types';

/** Submitted applications are shared with every regional adviser: that is what the resident agreed to on submit. */
export const load: PageServerLoad = async (event) => {
	requireUser(event, 'adviseur');
	return { applications: await applicationsForStaff(await db()) };
};
