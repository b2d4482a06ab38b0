import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { offerOf, offersOfOrganisation, setOfferStatus } from '$lib/server/vacatures/service';
import { offerStatusSchema } from '$lib/shared/vacatures';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId } = requireUser(event, 'werkgever');
	return {
		hasOrganisation: !!organisationId,
		offers: organisationId ? await offersOfOrganisation(await db(), organisationId) : [],
		saved: event.url.searchParams.get('opgeslagen') === '1'
	};
};

export const actions: Actions = {
	status: async (event) => {
		const employer = requireUser(event, 'werkgever');
		const parsed = await parseForm(event.request, offerStatusSchema);
		if (!parsed.ok) return parsed.failure;
		if (!employer.organisationId) return fail(403, { values: parsed.values, errors: {}, message: m.talentpool_no_organisation() });
		const database = await db();
		const result = await setOfferStatus(database, { organisationId: employer.organisationId, ...parsed.data });
		if (result === 'not-found') return fail(404, { values: parsed.values, errors: {}, message: m.vacatures_error_offer() });
		if (result === 'not-allowed') return fail(409, { values: parsed.values, errors: {}, message: m.vacatures_error_status() });
		const offer = await offerOf(database, employer.organisationId, parsed.data.id);
		return { changed: { id: parsed.data.id, title: offer?.title ?? '', status: parsed.data.status } };
	}
};
