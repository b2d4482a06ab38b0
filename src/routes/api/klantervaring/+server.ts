import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseJson, parseQuery } from '$lib/server/http/json';
import { canScore, hasScored, saveScore } from '$lib/server/monitoring/klantervaring';
import { klantervaringSchema, klantervaringTargetSchema } from '$lib/shared/monitoring/klantervaring';
import type { RequestHandler } from './$types';

/** `?over=gesprek|voucher&id=…`: may the resident still give a score for it. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const target = parseQuery(event, klantervaringTargetSchema);
	const database = await db();
	if (!(await canScore(database, user.id, target.over, target.id))) error(404, { message: m.monitoring_feedback_not_found() });
	return json({ given: await hasScored(database, user.id, target.over, target.id) });
};

/** One 1-10 score with an optional comment, once per gesprek or voucher decision. */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const input = await parseJson(event, klantervaringSchema);
	const database = await db();
	if (!(await canScore(database, user.id, input.over, input.id))) error(404, { message: m.monitoring_feedback_not_found() });
	const saved = await saveScore(database, user.id, input);
	return json({ saved }, { status: saved ? 201 : 409 });
};
