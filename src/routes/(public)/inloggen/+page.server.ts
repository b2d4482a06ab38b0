import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { signIn } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { homeFor, safeRedirect } from '$lib/server/auth/guard';
import { createSession, loadSessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { loginSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo'), homeFor(locals.user.roles), url.origin));
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const parsed = await parseForm(request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		const result = await signIn(database, { ...parsed.data, ip: getClientAddress() });
		if (!result.ok) {
			const message =
				result.reason === 'throttled'
					? m.login_throttled({ minutes: Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 60000)) })
					: m.login_failed();
			return formError(result.reason === 'throttled' ? 429 : 400, parsed.values, {}, message);
		}
		const { token } = await createSession(database, result.userId);
		setSessionCookie(cookies, token);
		const sessionUser = await loadSessionUser(database, result.userId);
		// The account's language wins over the device's after sign-in.
		if (sessionUser) cookies.set('PARAGLIDE_LOCALE', sessionUser.locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 34560000 });
		redirect(303, safeRedirect(url.searchParams.get('redirectTo'), homeFor(sessionUser?.roles ?? []), url.origin));
	}
};
