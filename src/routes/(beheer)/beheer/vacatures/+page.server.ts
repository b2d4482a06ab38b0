import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { allEmployerOffers, setOfferHidden } from '$lib/server/vacatures/service';
import { hideOfferSchema, unhideOfferSchema } from '$lib/shared/vacatures';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	return { offers: await allEmployerOffers(await db()) };
};

async function titleOf(id: string): Promise<string> {
	return (await allEmployerOffers(await db())).find((o) => o.id === id)?.title ?? '';
}

export const actions: Actions = {
	hide: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, hideOfferSchema);
		if (!parsed.ok) return parsed.failure;
		if (!(await setOfferHidden(await db(), { id: parsed.data.id, reason: parsed.data.reason }))) return fail(404, { values: parsed.values, errors: {}, message: m.vacatures_error_offer() });
		return { done: m.beheer_vacatures_hidden_done({ title: await titleOf(parsed.data.id) }) };
	},
	show: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, unhideOfferSchema);
		if (!parsed.ok) return parsed.failure;
		if (!(await setOfferHidden(await db(), { id: parsed.data.id, reason: null }))) return fail(404, { values: parsed.values, errors: {}, message: m.vacatures_error_offer() });
		return { done: m.beheer_vacatures_shown_done({ title: await titleOf(parsed.data.id) }) };
	}
};
