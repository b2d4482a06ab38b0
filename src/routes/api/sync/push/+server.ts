import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseJson } from '$lib/server/http/json';
import { portfolioRole } from '$lib/server/sync/access';
import { syncResponse } from '$lib/server/sync/http';
import { pushMutations } from '$lib/server/sync/push';
import { pushBodySchema } from '$lib/shared/sync/protocol';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const user = requireUser(event);
	const body = await parseJson(event, pushBodySchema);
	const database = await db();
	const role = await portfolioRole(database, user, body.portfolioId);
	if (!role) error(403, { message: m.sync_error_forbidden_portfolio() });
	return json(await syncResponse(() => pushMutations(database, { userId: user.id, role }, body)));
};
