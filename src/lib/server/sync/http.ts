import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { translate } from '$lib/server/http/errors';
import { SyncError } from './errors';

/** Runs a sync service and turns its refusals into JSON errors with the refused fields. */
export async function syncResponse<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (!(e instanceof SyncError)) throw e;
		const message = translate(e.code, getLocale());
		const fieldErrors = e.fields.length ? Object.fromEntries(e.fields.map((f) => [f, [message]])) : undefined;
		error(e.status, { message, fieldErrors });
	}
}
