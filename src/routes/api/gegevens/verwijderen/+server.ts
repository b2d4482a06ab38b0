import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { clearSessionCookie } from '$lib/server/auth/cookie';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { fileStorage, partialStorage } from '$lib/server/files/storage';
import { deleteAccount } from '$lib/server/gegevens/delete';
import { tooManyRequests, waitText } from '$lib/server/http/errors';
import { parseJson } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

const body = z.object({ password: z.string().min(1).max(200) });

/** "Verwijder mijn account": with the password, every row and file about the person goes, and the session. */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event);
	const { password } = await parseJson(event, body);
	const result = await deleteAccount(await db(), { files: fileStorage(), partials: partialStorage() }, { userId: user.id, password });
	if (!result.ok) {
		if (result.reason === 'throttled') return tooManyRequests(m.gegevens_delete_throttled({ wait: waitText(result.retryAt) }), result.retryAt);
		if (result.reason === 'wrong_password') error(400, { message: m.gegevens_delete_wrong_password() });
		error(404, { message: m.error_not_found() });
	}
	clearSessionCookie(event.cookies);
	return json({ deleted: true });
};
