import { redirect } from '@sveltejs/kit';
import { resetPassword, resetTokenIsOpen } from '$lib/server/auth/email';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { jobs } from '$lib/server/jobs';
import { resetPasswordSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({ open: await resetTokenIsOpen(await db(), params.token) });

export const actions: Actions = {
	default: async ({ request, params }) => {
		const parsed = await parseForm(request, resetPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await resetPassword(await db(), await jobs(), params.token, parsed.data.newPassword);
		if (!result.ok) return formError(400, {}, {}, 'expired');
		redirect(303, '/inloggen?wachtwoord=nieuw');
	}
};
