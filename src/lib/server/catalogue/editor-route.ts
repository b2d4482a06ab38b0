import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { formError, nulFailure, readForm, typedValues } from '$lib/server/http/form';
import { getCatalogueEntry, saveCatalogueItem, type CatalogueEntry, type CatalogueItems, type EditableKind } from './editor';
import type { FormValues } from './forms';

/** The `[id]` of an editor page for an item that does not exist yet. */
export const NEW_ID = 'nieuw';

type Event = RequestEvent<{ id: string }>;

/** The stored entry an editor page opens, or a 404; only for the beheerder. */
export async function loadEditorEntry<K extends EditableKind>(event: Event, kind: K): Promise<CatalogueEntry<CatalogueItems[K]>> {
	requireUser(event, 'beheerder');
	const entry = await getCatalogueEntry(await db(), kind, event.params.id);
	if (!entry) error(404, { message: 'not found' });
	return entry;
}

/**
 * The save action of a catalogue editor page: the beheerder's form is read, refused when it carries NUL
 * bytes, checked and stored; errors go back next to their fields, success goes back to the list.
 */
export function saveEditorAction(kind: EditableKind, fromForm: (values: FormValues) => Record<string, unknown>, listUrl: (savedId: string) => string) {
	return async (event: Event) => {
		requireUser(event, 'beheerder');
		const values = typedValues(await readForm(event.request));
		const refused = nulFailure(values);
		if (refused) return refused;
		const result = await saveCatalogueItem(await db(), kind, fromForm(values), event.params.id === NEW_ID ? null : event.params.id);
		if (!result.ok) return formError(400, values, result.errors);
		redirect(303, listUrl(result.id));
	};
}
