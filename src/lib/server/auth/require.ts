import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/server/db/schema';
import { hasRole } from './guard';
import type { SessionUser } from './session';

/** For endpoints: the signed-in person with the role, or a 401/403 JSON error. */
export function requireUser(event: Pick<RequestEvent, 'locals'>, role: Role | 'any' | readonly Role[] = 'any'): SessionUser {
	const user = event.locals.user;
	if (!user) error(401, { message: m.error_unauthenticated() });
	const allowed = typeof role === 'string' ? hasRole(user.roles, role) : role.some((r) => user.roles.includes(r));
	if (!allowed) {
		console.warn(`[guard] refused user ${user.id} (needs ${typeof role === 'string' ? role : role.join(' or ')})`);
		error(403, { message: m.error_forbidden() });
	}
	return user;
}
