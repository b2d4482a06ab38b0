import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Role } from '../db/schema';
import { hasRole } from './guard';
import type { SessionUser } from './session';

/** For endpoints: the signed-in person with the role, or a 401/403 JSON error. */
export function requireUser(event: Pick<RequestEvent, 'locals'>, role: Role | 'any' = 'any'): SessionUser {
	const user = event.locals.user;
	if (!user) error(401, { message: m.error_unauthenticated() });
	if (!hasRole(user.roles, role)) {
		console.warn(`[guard] refused user ${user.id} (needs ${role})`);
		error(403, { message: m.error_forbidden() });
	}
	return user;
}
