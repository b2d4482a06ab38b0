import type { Role } from '../db/schema';

/** Which role a URL area needs. Checked on the server for every request, pages and data alike. */
const AREAS: { prefix: string; role: Role | 'any' }[] = [
	{ prefix: '/mijn', role: 'inwoner' },
	{ prefix: '/adviseur', role: 'adviseur' },
	{ prefix: '/werkgever', role: 'werkgever' },
	{ prefix: '/beheer', role: 'beheerder' },
	{ prefix: '/account', role: 'any' }
];

export function requiredRole(pathname: string): Role | 'any' | null {
	const area = AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
	return area?.role ?? null;
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
	return '/account';
}

/** Only same-site paths are followed after sign-in, never another host. */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
	return target;
}
