import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { getCatalogueEntry, listCatalogue, saveCatalogueItem } from '$lib/server/catalogue/editor';
import { offerFromForm, offerToForm } from '$lib/server/catalogue/forms';
import { ownProvider } from '$lib/server/catalogue/provider-account';
import { db } from '$lib/server/db';
import { formError, nulFailure, readForm, typedValues } from '$lib/server/http/form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Only an offer of the account's own provider; any other id is a 404, as if it did not exist. */
async function ownOffer(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const provider = await ownProvider(requireUser(event, 'aanbieder'));
	const entry = await getCatalogueEntry(await db(), 'offer', event.params.id);
	if (!entry || entry.data.providerId !== provider.id) error(404, { message: m.error_not_found() });
	return { provider, entry };
}

export const load: PageServerLoad = async (event) => {
	const { provider, entry } = await ownOffer(event);
	const providers = (await listCatalogue(await db(), 'provider'))
		.filter((p) => !p.archived && (p.id === provider.id || entry.data.kind === 'leerwerktraject'))
		.map((p) => ({ value: p.id, label: p.data.name }));
	return { isNew: false, archived: entry.archived, values: offerToForm(entry.data), providers };
};

export const actions: Actions = {
	save: async (event) => {
		const { provider, entry } = await ownOffer(event);
		const values = typedValues(await readForm(event.request));
		const refused = nulFailure(values);
		if (refused) return refused;
		// The offer stays with this provider whatever the form says.
		if ((values.providerId ?? provider.id) !== provider.id) return formError(400, values, { providerId: [m.import_error_other_provider({ id: provider.id })] });
		const result = await saveCatalogueItem(await db(), 'offer', offerFromForm({ ...values, providerId: provider.id, demo: entry.data.demo ? 'on' : '' }), entry.id);
		if (!result.ok) return formError(400, values, result.errors);
		redirect(303, `/aanbieder?opgeslagen=${encodeURIComponent(result.id)}`);
	}
};
