import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { signIn } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { homeFor, safeRedirect } from '$lib/server/auth/guard';
import { createSession, loadSessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { waitText } from '$lib/server/http/errors';
import { formError, parseForm, throttledForm } from '$lib/server/http/form';
import { loginSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo'), homeFor(locals.user.roles), url.origin));
};

export const actions: Actions = {
	default: async (event) => {
		const { request, cookies, getClientAddress, url } = event;
		const parsed = await parseForm(request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		const result = await signIn(database, { ...parsed.data, ip: getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'throttled') return throttledForm(event, result.retryAt, parsed.values, {}, m.login_throttled({ wait: waitText(result.retryAt) }));
			return formError(400, parsed.values, {}, m.login_failed());
		}
		const { token } = await createSession(database, result.userId);
		setSessionCookie(cookies, token);
		const sessionUser = await loadSessionUser(database, result.userId);
		// The account's language wins over the device's after sign-in.
		if (sessionUser) cookies.set('PARAGLIDE_LOCALE', sessionUser.locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 34560000 });
		redirect(303, safeRedirect(url.searchParams.get('redirectTo'), homeFor(sessionUser?.roles ?? []), url.origin));
	}
};
