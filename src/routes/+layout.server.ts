import { db } from '$lib/server/db';
import { unreadStaffBerichten } from '$lib/server/notify/staff';
import { hasStaffBerichten } from '$lib/shared/notices';
import type { LayoutServerLoad } from './$types';

// Depends on the session only, so client-side navigation never needs to fetch it again (and works offline).
// For advisers and beheerders it also counts their unread berichten for the menu; a form action (or a full
// page load) counts again.
export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user && { displayName: locals.user.displayName, email: locals.user.email, roles: locals.user.roles, emailVerified: locals.user.emailVerified },
	staffUnread: locals.user && hasStaffBerichten(locals.user.roles) ? await unreadStaffBerichten(await db(), locals.user.id) : null
});
