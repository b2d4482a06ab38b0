import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { listCatalogue } from '$lib/server/catalogue/editor';
import { loadEditorEntry, NEW_ID, saveEditorAction } from '$lib/server/catalogue/editor-route';
import { offerFromForm, offerToForm } from '$lib/server/catalogue/forms';
import { db } from '$lib/server/db';
import { OFFER_KINDS } from '$lib/shared/matching/catalogue-schema';
import type { Actions, PageServerLoad } from './$types';

const kindSchema = z.enum(OFFER_KINDS).catch('opleiding');

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const providers = (await listCatalogue(await db(), 'provider'))
		.filter((p) => !p.archived)
		.map((p) => ({ value: p.id, label: p.data.name }))
		.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
	if (event.params.id === NEW_ID) {
		const kind = kindSchema.parse(event.url.searchParams.get('soort'));
		return { isNew: true, archived: false, values: { kind, demo: '' } as Record<string, string>, providers };
	}
	const entry = await loadEditorEntry(event, 'offer');
	return { isNew: false, archived: entry.archived, values: offerToForm(entry.data), providers };
};

export const actions: Actions = {
	save: saveEditorAction('offer', offerFromForm, (id) => `/beheer/aanbod?opgeslagen=${encodeURIComponent(id)}&q=${encodeURIComponent(id)}&status=alles`)
};
