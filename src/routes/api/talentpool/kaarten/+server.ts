import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseQuery } from '$lib/server/http/json';
import { searchCards } from '$lib/server/sharing/talentpool';
import { talentFilterSchema } from '$lib/shared/talentpool';
import type { RequestHandler } from './$types';

/** The employer's search: anonymous cards of residents who opted in, nothing else. */
export const GET: RequestHandler = async (event) => {
	requireUser(event, 'werkgever');
	const filter = parseQuery(event, talentFilterSchema);
	return json({ cards: await searchCards(await db(), filter) });
};
