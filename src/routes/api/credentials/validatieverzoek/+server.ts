import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { createValidationRequest } from '$lib/server/credentials/external';
import { parseJson } from '$lib/server/http/json';
import { jobs } from '$lib/server/jobs';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/job';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { validationRequestSchema } from '$lib/shared/credentials';
import type { RequestHandler } from './$types';

/** Asks someone outside the app, by mail, to confirm chosen skills. */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId, user } = await residentPortfolio(event);
	const body = await parseJson(event, validationRequestSchema);
	const made = await createValidationRequest(db, { portfolioId, ...body, locale: body.locale ?? user.locale });
	if ('unknownSkills' in made) error(400, { message: m.credentials_error_skills() });
	await (await jobs()).send(MAIL_QUEUE, { kind: 'externalValidation', requestId: made.id } satisfies MailJob);
	return json({ id: made.id }, { status: 201 });
};
