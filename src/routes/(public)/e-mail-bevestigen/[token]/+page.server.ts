import { verifyEmailByToken } from '$lib/server/auth/email';
import { db } from '$lib/server/db';
import { formError } from '$lib/server/http/form';
import type { Actions } from './$types';

/**
 * The link from a check mail. Opening it changes nothing (mail scanners open links too); the button on
 * the page does. It works signed out, on any device: the secret in the link is the proof.
 */
export const actions: Actions = {
	default: async ({ params }) => {
		const result = await verifyEmailByToken(await db(), params.token);
		if (!result.ok) return formError(400, {}, {}, result.reason);
		return { verified: result.email };
	}
};
