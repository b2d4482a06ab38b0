import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { parseJson } from '$lib/server/http/json';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { answerContactRequest } from '$lib/server/sharing/talentpool';
import { contactAnswerSchema } from '$lib/shared/sharing';
import type { RequestHandler } from './$types';

/** The resident accepts (with sections and days) or declines an employer's contact request. */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	const answer = await parseJson(event, contactAnswerSchema);
	if (!(await answerContactRequest(db, { portfolioId, requestId: id.data, ...answer }))) error(404, { message: m.error_not_found() });
	return json({ decision: answer.decision });
};
