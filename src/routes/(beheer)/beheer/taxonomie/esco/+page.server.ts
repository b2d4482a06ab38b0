import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm, readForm } from '$lib/server/http/form';
import {
	CONFIRM_ALL_MIN_SCORE,
	confirmAllSuggestions,
	confirmedRows,
	confirmSuggestion,
	MAX_ESCO_BYTES,
	pendingSuggestions,
	rejectSuggestion,
	relationCount,
	undoMapping,
	uploadEscoFile
} from '$lib/server/taxonomy/esco';
import { escoConfirmAllFormSchema, escoSuggestionFormSchema, escoUndoFormSchema } from '$lib/shared/esco-import';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const database = await db();
	const [suggestions, mappings, relations] = await Promise.all([pendingSuggestions(database), confirmedRows(database), relationCount(database)]);
	return { suggestions, mappings, relations, confirmAllMinScore: CONFIRM_ALL_MIN_SCORE };
};

/** Room for the multipart framing around the file: a larger body cannot be a file we accept. */
const FORM_OVERHEAD = 16_384;

function fileFailure(status: number, message: string) {
	return fail(status, { errors: { file: [message] } as Record<string, string[]>, message: 'form' });
}

const gone = (id: string) => fail(404, { message: m.esco_gone(), refusedId: id });

export const actions: Actions = {
	upload: async (event) => {
		requireUser(event, 'beheerder');
		const declared = Number(event.request.headers.get('content-length') ?? '0');
		// A body over the server's limit cannot be read at all: say so instead of "choose a file".
		if (declared > MAX_ESCO_BYTES + FORM_OVERHEAD) return fileFailure(413, m.esco_problem_too_large());
		const form = await readForm(event.request);
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fileFailure(400, m.esco_error_file_required());
		if (file.size > MAX_ESCO_BYTES) return fileFailure(413, m.esco_problem_too_large());
		const fileName = file.name.slice(0, 200) || 'esco.csv';
		const outcome = await uploadEscoFile(await db(), { text: await file.text(), fileName });
		if (!outcome.ok && outcome.problem === 'rows') {
			return fail(400, { message: m.esco_problem_rows({ count: outcome.rowErrors.length }), rowErrors: outcome.rowErrors, fileName });
		}
		if (!outcome.ok) return fileFailure(outcome.problem === 'too-large' ? 413 : 400, outcome.message);
		return { uploaded: { ...outcome, fileName } };
	},
	confirm: async (event) => {
		const admin = requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, escoSuggestionFormSchema);
		if (!parsed.ok) return parsed.failure;
		const confirmed = await confirmSuggestion(await db(), parsed.data.id, admin.id);
		if (confirmed === 0) return gone(parsed.data.id);
		return { confirmed };
	},
	confirmAll: async (event) => {
		const admin = requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, escoConfirmAllFormSchema);
		if (!parsed.ok) return parsed.failure;
		return { confirmed: await confirmAllSuggestions(await db(), admin.id) };
	},
	reject: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, escoSuggestionFormSchema);
		if (!parsed.ok) return parsed.failure;
		if ((await rejectSuggestion(await db(), parsed.data.id)) === 0) return gone(parsed.data.id);
		return { rejected: true };
	},
	undo: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, escoUndoFormSchema);
		if (!parsed.ok) return parsed.failure;
		if ((await undoMapping(await db(), parsed.data.kind, parsed.data.ourId)) === 0) return gone(`${parsed.data.kind}:${parsed.data.ourId}`);
		return { undone: true };
	}
};
