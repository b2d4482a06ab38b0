import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseQuery } from '$lib/server/http/json';
import { ownPortfolioId } from '$lib/server/sync/access';
import { syncResponse } from '$lib/server/sync/http';
import { pullChanges } from '$lib/server/sync/pull';
import { pullQuerySchema } from '$lib/shared/sync/protocol';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const query = parseQuery(event, pullQuerySchema);
	const database = await db();
	const portfolioId = await ownPortfolioId(database, user.id);
	if (!portfolioId) error(404, { message: m.sync_error_no_portfolio() });
	return json(await syncResponse(() => pullChanges(database, { portfolioId, ...query })));
};
