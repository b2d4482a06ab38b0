import { requireUser } from '$lib/server/auth/require';
import { loadEditorEntry, NEW_ID, saveEditorAction } from '$lib/server/catalogue/editor-route';
import { providerFromForm, providerToForm } from '$lib/server/catalogue/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	if (event.params.id === NEW_ID) return { isNew: true, values: { kind: 'particulier' } as Record<string, string> };
	return { isNew: false, values: providerToForm((await loadEditorEntry(event, 'provider')).data) };
};

export const actions: Actions = {
	save: saveEditorAction('provider', providerFromForm, (id) => `/beheer/aanbod/aanbieders?opgeslagen=${encodeURIComponent(id)}`)
};
