import type { LayoutServerLoad } from './$types';

// Depends on the session only, so client-side navigation never needs to fetch it again (and works offline).
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && { displayName: locals.user.displayName, email: locals.user.email, roles: locals.user.roles, emailVerified: locals.user.emailVerified }
});
