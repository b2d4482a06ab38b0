import { m } from '$lib/paraglide/messages';
import { AccountError, changePassword } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { requireUser } from '$lib/server/auth/require';
import { createSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { changePasswordSchema } from '$lib/shared/account';
import type { Actions } from './$types';

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, changePasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		try {
			await changePassword(database, user.id, parsed.data);
		} catch (e) {
			if (e instanceof AccountError && e.code === 'wrong_password') {
				return formError(400, parsed.values, { currentPassword: [m.error_password_wrong()] });
			}
			throw e;
		}
		// Every session ended with the change; this device gets a fresh one.
		const { token } = await createSession(database, user.id);
		setSessionCookie(event.cookies, token);
		return { passwordChanged: true };
	}
};
