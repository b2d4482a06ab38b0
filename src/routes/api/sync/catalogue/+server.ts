import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { parseQuery } from '$lib/server/http/json';
import { pullCatalogue } from '$lib/server/sync/catalogue';
import { catalogueQuerySchema } from '$lib/shared/sync/protocol';
import type { RequestHandler } from './$types';

/** The catalogue is public (it is what the site shows anyone), so no session is needed. */
export const GET: RequestHandler = async (event) => {
	const query = parseQuery(event, catalogueQuerySchema);
	return json(await pullCatalogue(await db(), query));
};
