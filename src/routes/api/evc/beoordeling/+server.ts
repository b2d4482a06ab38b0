import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { reviewEvidence, reviewInputSchema } from '$lib/server/evc/review';
import type { RequestHandler } from './$types';

/** An adviser reviews one evidence item of a portfolio whose EVC section was shared with them. */
export const POST: RequestHandler = async (event) => {
	const adviser = requireUser(event, 'adviseur');
	const parsed = reviewInputSchema.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) error(400, { message: m.error_bad_request() });
	const id = await reviewEvidence(await db(), { ...parsed.data, viewer: adviser });
	return json({ id }, { status: 201 });
};
