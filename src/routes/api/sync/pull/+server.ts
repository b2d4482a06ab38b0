import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseQuery } from '$lib/server/http/json';
import { ownPortfolio } from '$lib/server/sync/access';
import { syncResponse } from '$lib/server/sync/http';
import { pullChanges } from '$lib/server/sync/pull';
import { pullQuerySchema } from '$lib/shared/sync/protocol';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const query = parseQuery(event, pullQuerySchema);
	const database = await db();
	const own = await ownPortfolio(database, user.id);
	if (!own) error(404, { message: m.sync_error_no_portfolio() });
	return json(await syncResponse(() => pullChanges(database, { portfolioId: own.id, head: own.version, ...query })));
};
