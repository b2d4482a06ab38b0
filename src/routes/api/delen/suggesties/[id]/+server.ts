import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { parseJson } from '$lib/server/http/json';
import { answerSuggestion } from '$lib/server/sharing/gesprek';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { suggestionAnswerSchema } from '$lib/shared/sharing';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const { db, portfolioId, user } = await residentPortfolio(event);
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	const { decision } = await parseJson(event, suggestionAnswerSchema);
	if (!(await answerSuggestion(db, { residentId: user.id, portfolioId, suggestionId: id.data, decision }))) error(404, { message: m.error_not_found() });
	return json({ decision });
};
