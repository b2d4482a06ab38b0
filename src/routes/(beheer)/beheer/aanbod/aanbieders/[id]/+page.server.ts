import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { getCatalogueEntry, saveCatalogueItem } from '$lib/server/catalogue/editor';
import { providerFromForm, providerToForm } from '$lib/server/catalogue/forms';
import { db } from '$lib/server/db';
import { formError, typedValues } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const NEW = 'nieuw';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	if (event.params.id === NEW) return { isNew: true, values: { kind: 'particulier' } as Record<string, string> };
	const entry = await getCatalogueEntry(await db(), 'provider', event.params.id);
	if (!entry) error(404, { message: 'not found' });
	return { isNew: false, values: providerToForm(entry.data) };
};

export const actions: Actions = {
	save: async (event) => {
		requireUser(event, 'beheerder');
		const values = typedValues(await event.request.formData());
		const result = await saveCatalogueItem(await db(), 'provider', providerFromForm(values), event.params.id === NEW ? null : event.params.id);
		if (!result.ok) return formError(400, values, result.errors);
		redirect(303, `/beheer/aanbod/aanbieders?opgeslagen=${encodeURIComponent(result.id)}`);
	}
};
