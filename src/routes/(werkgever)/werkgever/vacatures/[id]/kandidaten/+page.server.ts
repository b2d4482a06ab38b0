import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { notifyAfter } from '$lib/server/notify';
import { requestsOfOrganisation, sendContactRequest } from '$lib/server/sharing/talentpool';
import { offerOf, whoFits } from '$lib/server/vacatures/service';
import { contactRequestSchema } from '$lib/shared/talentpool';
import type { Actions, PageServerLoad } from './$types';

const paramsSchema = z.object({ id: z.uuid() });
const querySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export const load: PageServerLoad = async (event) => {
	const { organisationId } = requireUser(event, 'werkgever');
	if (!organisationId) error(403, { message: m.talentpool_no_organisation() });
	const params = paramsSchema.safeParse(event.params);
	if (!params.success) error(404, { message: m.vacatures_error_offer() });
	const database = await db();
	const offer = await offerOf(database, organisationId, params.data.id);
	if (!offer) error(404, { message: m.vacatures_error_offer() });
	const { page } = querySchema.parse({ page: event.url.searchParams.get('page') ?? undefined });
	const fits = (await whoFits(database, { organisationId, offerId: offer.id, page }))!;
	const requests = (await requestsOfOrganisation(database, organisationId)).filter((r) => r.offerId === offer.id);
	return {
		offer: { id: offer.id, title: offer.title, live: offer.live },
		total: fits.total,
		page: fits.page,
		pages: fits.pages,
		results: fits.results.map((r) => ({
			card: { id: r.candidate.id, ...r.candidate.card },
			score: r.score,
			mustMatched: r.mustMatched,
			mustTotal: r.mustTotal,
			niceMatched: r.niceMatched,
			niceTotal: r.niceTotal,
			missing: r.missingSkills.map((s) => s.skillId)
		})),
		requests: requests.map((r) => ({ id: r.id, status: r.status, message: r.message, createdAt: r.createdAt, shared: r.shared }))
	};
};

export const actions: Actions = {
	contact: async (event) => {
		const employer = requireUser(event, 'werkgever');
		const parsed = await parseForm(event.request, contactRequestSchema);
		if (!parsed.ok) return parsed.failure;
		if (!employer.organisationId) return fail(403, { values: parsed.values, errors: {}, message: m.talentpool_no_organisation() });
		const params = paramsSchema.safeParse(event.params);
		const database = await db();
		const offer = params.success ? await offerOf(database, employer.organisationId, params.data.id) : null;
		if (!offer) return fail(404, { values: parsed.values, errors: {}, message: m.vacatures_error_offer() });
		const result = await sendContactRequest(database, { organisationId: employer.organisationId, senderId: employer.id, offerId: offer.id, ...parsed.data });
		if (!result.ok) return formError(400, parsed.values, { message: [result.reason === 'open' ? m.talentpool_already_asked() : m.talentpool_error_card()] });
		await notifyAfter(database, { portfolioId: result.portfolioId, kind: 'contactverzoek' });
		return { sent: parsed.data.cardId };
	}
};
