import { requireUser } from '$lib/server/auth/require';
import { loadEditorEntry, NEW_ID, saveEditorAction } from '$lib/server/catalogue/editor-route';
import { kansberoepFromForm, kansberoepToForm } from '$lib/server/catalogue/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	if (event.params.id === NEW_ID) return { isNew: true, values: { outlook: 'kansberoep' } as Record<string, string> };
	return { isNew: false, values: kansberoepToForm((await loadEditorEntry(event, 'kansberoep')).data) };
};

export const actions: Actions = {
	save: saveEditorAction('kansberoep', kansberoepFromForm, (id) => `/beheer/aanbod/kansberoepen?opgeslagen=${encodeURIComponent(id)}`)
};
