import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseQuery } from '$lib/server/http/json';
import { searchCards } from '$lib/server/sharing/talentpool';
import { talentFilterSchema } from '$lib/shared/talentpool';
import type { RequestHandler } from './$types';

/** The employer's search: one page of anonymous cards of residents who opted in, and how many there are. */
export const GET: RequestHandler = async (event) => {
	requireUser(event, 'werkgever');
	const filter = parseQuery(event, talentFilterSchema);
	return json(await searchCards(await db(), filter));
};
