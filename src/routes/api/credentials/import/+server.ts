import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { countAttempt, throttleKey } from '$lib/server/auth/throttle';
import { importCredential } from '$lib/server/credentials/import';
import { tooManyRequests, waitText } from '$lib/server/http/errors';
import { parseJson } from '$lib/server/http/json';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { importSchema } from '$lib/shared/credentials';
import type { RequestHandler } from './$types';

/**
 * Checks a credential received elsewhere; a valid one becomes a certificate. The answer says which. Every
 * check counts (an Open Badge 2.0 is read from its issuer), at most 20 per account in 15 minutes.
 */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId, user } = await residentPortfolio(event);
	const { text } = await parseJson(event, importSchema);
	const attempt = await countAttempt(db, [throttleKey('credentialImportAccount', user.id)]);
	if (!attempt.allowed) return tooManyRequests(m.credentials_import_throttled({ wait: waitText(attempt.retryAt) }), attempt.retryAt);
	return json(await importCredential(db, { userId: user.id, portfolioId, text }));
};
