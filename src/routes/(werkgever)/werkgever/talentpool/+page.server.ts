import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { notifyAfter } from '$lib/server/notify';
import { requestsOfOrganisation, searchCards, sendContactRequest } from '$lib/server/sharing/talentpool';
import { contactRequestSchema, talentFilterSchema } from '$lib/shared/talentpool';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const employer = requireUser(event, 'werkgever');
	const parsed = talentFilterSchema.safeParse(Object.fromEntries(event.url.searchParams));
	const filter = parsed.success ? parsed.data : {};
	const database = await db();
	return {
		filter,
		...(await searchCards(database, filter)),
		requests: employer.organisationId ? await requestsOfOrganisation(database, employer.organisationId) : []
	};
};

export const actions: Actions = {
	contact: async (event) => {
		const employer = requireUser(event, 'werkgever');
		const parsed = await parseForm(event.request, contactRequestSchema);
		if (!parsed.ok) return parsed.failure;
		if (!employer.organisationId) return fail(403, { values: parsed.values, errors: {}, message: m.talentpool_no_organisation() });
		const database = await db();
		const result = await sendContactRequest(database, { organisationId: employer.organisationId, senderId: employer.id, ...parsed.data });
		if (!result.ok) {
			return formError(400, parsed.values, { message: [result.reason === 'open' ? m.talentpool_already_asked() : m.talentpool_error_card()] });
		}
		await notifyAfter(database, { portfolioId: result.portfolioId, kind: 'contactverzoek' });
		return { sent: parsed.data.cardId };
	}
};
