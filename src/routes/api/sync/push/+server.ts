import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { translate } from '$lib/server/http/errors';
import { parseJson } from '$lib/server/http/json';
import { portfolioRole } from '$lib/server/sync/access';
import { syncResponse } from '$lib/server/sync/http';
import { afterResidentPush } from '$lib/server/notify/staff';
import { pushMutations } from '$lib/server/sync/push';
import { pushBodySchema } from '$lib/shared/sync/protocol';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const user = requireUser(event);
	const body = await parseJson(event, pushBodySchema);
	const database = await db();
	const role = await portfolioRole(database, user, body.portfolioId);
	if (!role) error(403, { message: m.sync_error_forbidden_portfolio() });
	const answer = await syncResponse(() => pushMutations(database, { userId: user.id, role }, body));
	// Work the resident's changes make for the advisers they share with (EVC-bewijs, a skill to validate).
	if (role === 'inwoner') {
		const refused = new Set(answer.conflicts.filter((c) => c.refused).map((c) => c.mutationId));
		await afterResidentPush(database, body.portfolioId, body.mutations.filter((mutation) => !refused.has(mutation.mutationId)));
	}
	// A refusal travels as its message in the person's language, to be shown as it is.
	const locale = getLocale();
	return json({ ...answer, conflicts: answer.conflicts.map((c) => (c.refused ? { ...c, refused: translate(c.refused, locale) } : c)) });
};
