import type { Role } from '$lib/server/db/schema';

/**
 * Which role a route group needs. Decided on the matched route (`event.route.id`, e.g.
 * `/(beheer)/beheer/monitoring`), never on the URL as spelled: the router decodes and normalises the path
 * before it matches, so `/%62eheer` reaches the same page as `/beheer` and must meet the same guard.
 */
const GROUPS: Record<string, Role | 'any'> = {
	'(inwoner)': 'inwoner',
	'(adviseur)': 'adviseur',
	'(werkgever)': 'werkgever',
	'(aanbieder)': 'aanbieder',
	'(beheer)': 'beheerder',
	'(account)': 'any'
};

/** The role a matched route needs, or null for public pages, `/api` (each endpoint checks itself) and no match. */
export function requiredRole(routeId: string | null): Role | 'any' | null {
	if (!routeId) return null;
	const group = routeId.split('/')[1] ?? '';
	return GROUPS[group] ?? null;
}

export function hasRole(roles: readonly Role[], needed: Role | 'any'): boolean {
	return needed === 'any' ? roles.length > 0 : roles.includes(needed);
}

/** Where a person lands after signing in: the first area their roles open. */
export function homeFor(roles: readonly Role[]): string {
	if (roles.includes('inwoner')) return '/mijn';
	if (roles.includes('adviseur')) return '/adviseur';
	if (roles.includes('werkgever')) return '/werkgever';
	if (roles.includes('beheerder')) return '/beheer';
	if (roles.includes('aanbieder')) return '/aanbieder';
	return '/account';
}

/** Anything below U+0020, DEL, and the C1 controls: browsers strip some of them, which can turn `/\t/x` into `//x`. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A redirect target taken from input (`redirectTo`, a return URL) is followed only when it is a path on
 * our own site: it is resolved against our origin and must stay on it, and anything a browser could read
 * differently (control characters, backslashes, `//host`, their percent-encoded forms) falls back.
 * The answer is always a path (`/mijn?x=1#y`), never a full URL.
 */
export function safeRedirect(target: string | null | undefined, fallback: string, origin = 'http://localhost'): string {
	if (typeof target !== 'string' || target.length === 0 || target.length > 2000) return fallback;
	let decoded = target;
	try {
		// Encoded forms count as what they decode to (`/%2F%2Fevil.example`, `%5C`), up to three layers deep.
		for (let i = 0; i < 3 && decoded.includes('%'); i++) decoded = decodeURIComponent(decoded);
	} catch {
		return fallback;
	}
	for (const value of [target, decoded]) {
		if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || CONTROL.test(value)) return fallback;
	}
	let base: URL;
	let resolved: URL;
	try {
		base = new URL(origin);
		resolved = new URL(target, base);
	} catch {
		return fallback;
	}
	if (resolved.origin !== base.origin) return fallback;
	const path = resolved.pathname + resolved.search + resolved.hash;
	// Dot segments can resolve to `//host` (`/a/%2e%2e/%2e%2e//evil.example`), which a browser reads as another site.
	if (path.startsWith('//') || path.includes('\\')) return fallback;
	return path;
}
