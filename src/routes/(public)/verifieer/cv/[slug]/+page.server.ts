import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { publicCvVerification } from '$lib/server/credentials/public';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** The page behind a CV's QR code: anyone, signed in or not, sees the credentials the resident made public, checked. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const cv = await publicCvVerification(await db(), params.slug);
	if (!cv) error(404, { message: m.verify_cv_not_found() });
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	return { cv };
};
