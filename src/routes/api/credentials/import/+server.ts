import { json } from '@sveltejs/kit';
import { importCredential } from '$lib/server/credentials/import';
import { parseJson } from '$lib/server/http/json';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { importSchema } from '$lib/shared/credentials';
import type { RequestHandler } from './$types';

/** Checks a credential received elsewhere; a valid one becomes a certificate. The answer says which. */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId, user } = await residentPortfolio(event);
	const { text } = await parseJson(event, importSchema);
	return json(await importCredential(db, { userId: user.id, portfolioId, text }));
};
