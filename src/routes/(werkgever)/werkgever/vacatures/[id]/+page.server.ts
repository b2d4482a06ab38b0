import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { listCatalogue } from '$lib/server/catalogue/editor';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { offerOf, saveEmployerOffer, todayInTwente } from '$lib/server/vacatures/service';
import { employerOfferSchema, formatSkillList, type EmployerOfferInput } from '$lib/shared/vacatures';
import type { Actions, PageServerLoad } from './$types';

const NEW_ID = 'nieuw';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function toForm(data: EmployerOfferInput): Record<string, string> {
	return {
		kind: data.kind,
		title: data.title,
		description: data.description,
		occupationId: data.occupationId,
		skills: formatSkillList(data.skills),
		level: data.level,
		hoursMin: String(data.hoursMin),
		hoursMax: String(data.hoursMax),
		gemeenteId: data.gemeenteId,
		startDate: data.startDate,
		endDate: data.endDate,
		schoolProviderId: data.schoolProviderId ?? '',
		durationWeeks: data.durationWeeks === undefined ? '' : String(data.durationWeeks)
	};
}

export const load: PageServerLoad = async (event) => {
	const { organisationId } = requireUser(event, 'werkgever');
	if (!organisationId) error(403, { message: m.talentpool_no_organisation() });
	const database = await db();
	const schools = (await listCatalogue(database, 'provider'))
		.filter((p) => !p.archived && (p.data.kind === 'mbo' || p.data.kind === 'hbo'))
		.map((p) => ({ value: p.id, label: p.data.name }))
		.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
	if (event.params.id === NEW_ID) {
		return { isNew: true, closed: false, title: '', values: { kind: 'vacature', hoursMin: '', hoursMax: '' } as Record<string, string>, schools };
	}
	const offer = UUID.test(event.params.id) ? await offerOf(database, organisationId, event.params.id) : null;
	if (!offer) error(404, { message: m.vacatures_error_offer() });
	return { isNew: false, closed: offer.status === 'gesloten', title: offer.title, values: toForm(offer.data), schools };
};

export const actions: Actions = {
	save: async (event) => {
		const employer = requireUser(event, 'werkgever');
		const parsed = await parseForm(event.request, employerOfferSchema(todayInTwente()));
		if (!parsed.ok) return parsed.failure;
		if (!employer.organisationId) return fail(403, { values: parsed.values, errors: {}, message: m.talentpool_no_organisation() });
		const id = event.params.id === NEW_ID ? null : UUID.test(event.params.id) ? event.params.id : undefined;
		if (id === undefined) return fail(404, { values: parsed.values, errors: {}, message: m.vacatures_error_offer() });
		const result = await saveEmployerOffer(await db(), { organisationId: employer.organisationId, id, data: parsed.data });
		if (!result.ok) return formError(result.status, parsed.values, result.errors, result.errors._?.[0] ?? 'form');
		redirect(303, '/werkgever/vacatures?opgeslagen=1');
	}
};
