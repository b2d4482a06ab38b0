import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { safeRedirect } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { openStaffBericht, readAllStaffBerichten, staffBerichtenOf } from '$lib/server/notify/staff';
import { hasStaffBerichten, staffBerichtSchema } from '$lib/shared/notices';
import type { Actions, PageServerLoad } from './$types';

/**
 * The berichten of an adviser or beheerder: work that waits for them. Staff have no device replica, so the
 * list is read from the server; a resident's berichten are at /mijn/berichten.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	if (!hasStaffBerichten(user.roles)) {
		if (user.roles.includes('inwoner')) redirect(303, '/mijn/berichten');
		return { berichten: [] };
	}
	return { berichten: await staffBerichtenOf(await db(), user.id) };
};

export const actions: Actions = {
	/** Opens one bericht: it counts as read, and the person goes to the page it points to. */
	open: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, staffBerichtSchema);
		if (!parsed.ok) return parsed.failure;
		const link = await openStaffBericht(await db(), user.id, parsed.data.id);
		if (!link) return fail(404, { values: parsed.values, errors: {} as Record<string, string[]>, message: m.error_not_found() });
		redirect(303, safeRedirect(link, '/berichten'));
	},
	allRead: async (event) => {
		const user = requireUser(event);
		await readAllStaffBerichten(await db(), user.id);
		return { allRead: true };
	}
};
