import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { listApplications } from '$lib/server/vouchers/service';
import type { PageServerLoad } from './$types';

/** Submitted applications are shared with every regional adviser: that is what the resident agreed to on submit. */
export const load: PageServerLoad = async (event) => {
	requireUser(event, 'adviseur');
	const applications = await listApplications(await db());
	return { applications: applications.map((a) => ({ id: a.id, title: a.offer.title, status: a.status, createdAt: a.createdAt })) };
};
