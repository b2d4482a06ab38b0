import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { AccountError, acceptInvitation, findOpenInvitation } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { homeFor } from '$lib/server/auth/guard';
import { createSession, loadSessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import { formError, parseForm } from '$lib/server/http/form';
import { acceptInvitationSchema } from '$lib/shared/account';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const database = await db();
	const open = await findOpenInvitation(database, params.token);
	if (!open) return { invitation: null };
	// An account that registered this address without checking it does not own it: whoever opened the link reads
	// its mail, so they choose a password of their own (acceptInvitation gives the address to them).
	const [existing] = await database.select({ verified: user.emailVerifiedAt }).from(user).where(eq(user.email, open.email)).limit(1);
	return { invitation: { email: open.email, role: open.role, existingAccount: !!existing?.verified } };
};

export const actions: Actions = {
	default: async ({ request, params, cookies }) => {
		const parsed = await parseForm(request, acceptInvitationSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		let userId: string;
		try {
			userId = await acceptInvitation(database, params.token, parsed.data);
		} catch (e) {
			if (e instanceof AccountError && e.code === 'wrong_password') {
				return formError(400, parsed.values, { password: [m.error_password_wrong()] });
			}
			if (e instanceof AccountError && e.code === 'invitation_invalid') {
				return formError(410, parsed.values, {}, m.accept_invalid_text());
			}
			throw e;
		}
		const { token } = await createSession(database, userId);
		setSessionCookie(cookies, token);
		const sessionUser = await loadSessionUser(database, userId);
		redirect(303, homeFor(sessionUser?.roles ?? []));
	}
};
