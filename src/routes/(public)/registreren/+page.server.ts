import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { AccountError, registerResident } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { homeFor } from '$lib/server/auth/guard';
import { createSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { registerSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homeFor(locals.user.roles));
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const parsed = await parseForm(request, registerSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		try {
			const userId = await registerResident(database, parsed.data);
			const { token } = await createSession(database, userId);
			setSessionCookie(cookies, token);
		} catch (e) {
			if (e instanceof AccountError && e.code === 'email_taken') {
				return formError(400, parsed.values, { email: [m.error_email_taken()] });
			}
			throw e;
		}
		redirect(303, '/mijn');
	}
};
