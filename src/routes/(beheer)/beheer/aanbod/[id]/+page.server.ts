import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { getCatalogueEntry, listCatalogue, saveCatalogueItem } from '$lib/server/catalogue/editor';
import { offerFromForm, offerToForm } from '$lib/server/catalogue/forms';
import { db } from '$lib/server/db';
import { formError, typedValues } from '$lib/server/http/form';
import { OFFER_KINDS } from '$lib/shared/matching/catalogue-schema';
import type { Actions, PageServerLoad } from './$types';

const NEW = 'nieuw';
const kindSchema = z.enum(OFFER_KINDS).catch('opleiding');

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const database = await db();
	const providers = (await listCatalogue(database, 'provider'))
		.filter((p) => !p.archived)
		.map((p) => ({ value: p.id, label: p.data.name }))
		.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
	if (event.params.id === NEW) {
		const kind = kindSchema.parse(event.url.searchParams.get('soort'));
		return { isNew: true, archived: false, values: { kind, demo: '' } as Record<string, string>, providers };
	}
	const entry = await getCatalogueEntry(database, 'offer', event.params.id);
	if (!entry) error(404, { message: 'not found' });
	return { isNew: false, archived: entry.archived, values: offerToForm(entry.data), providers };
};

export const actions: Actions = {
	save: async (event) => {
		requireUser(event, 'beheerder');
		const values = typedValues(await event.request.formData());
		const isNew = event.params.id === NEW;
		const result = await saveCatalogueItem(await db(), 'offer', offerFromForm(values), isNew ? null : event.params.id);
		if (!result.ok) return formError(400, values, result.errors);
		redirect(303, `/beheer/aanbod?opgeslagen=${encodeURIComponent(result.id)}&q=${encodeURIComponent(result.id)}&status=alles`);
	}
};
