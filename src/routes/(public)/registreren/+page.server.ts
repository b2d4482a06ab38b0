import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { setLocale, signUp } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { homeFor } from '$lib/server/auth/guard';
import { createSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { waitText } from '$lib/server/http/errors';
import { formError, parseForm, throttledForm } from '$lib/server/http/form';
import { jobs } from '$lib/server/jobs';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/jobs';
import { registerSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homeFor(locals.user.roles));
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, registerSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		const result = await signUp(database, { ...parsed.data, ip: event.getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'throttled') return throttledForm(event, result.retryAt, parsed.values, {}, m.register_throttled({ wait: waitText(result.retryAt) }));
			return formError(400, parsed.values, { email: [m.error_email_taken()] });
		}
		// The language the person registered in is the account's, so their next device opens in it too.
		await setLocale(database, result.userId, getLocale());
		// The app works at once; the check mail proves the address for what is sent to it later.
		await (await jobs()).send(MAIL_QUEUE, { kind: 'verify', userId: result.userId, email: parsed.data.email } satisfies MailJob);
		const { token } = await createSession(database, result.userId);
		setSessionCookie(event.cookies, token);
		redirect(303, '/mijn');
	}
};
