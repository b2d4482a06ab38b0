import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { publicVerification } from '$lib/server/credentials/public';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** Anyone with the link, signed in or not, sees the credential checked; nothing else of the portfolio. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const verification = await publicVerification(await db(), params.id);
	if (!verification) error(404, { message: m.verify_not_found() });
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	return { verification };
};
