import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRole, homeFor, requiredRole, safeRedirect } from './guard';

describe('guard', () => {
	it('decides the role on the matched route, by its group', () => {
		expect(requiredRole('/(inwoner)/mijn')).toBe('inwoner');
		expect(requiredRole('/(inwoner)/mijn/skills')).toBe('inwoner');
		expect(requiredRole('/(beheer)/beheer/uitnodigingen')).toBe('beheerder');
		expect(requiredRole('/(adviseur)/adviseur/inwoner/[portfolioId]')).toBe('adviseur');
		expect(requiredRole('/(werkgever)/werkgever')).toBe('werkgever');
		expect(requiredRole('/(account)/account')).toBe('any');
		expect(requiredRole('/(public)/inloggen')).toBeNull();
		expect(requiredRole('/api/sync/push')).toBeNull();
		expect(requiredRole(null)).toBeNull();
	});

	it('lets a person with several roles into each of their areas only', () => {
		expect(hasRole(['adviseur', 'inwoner'], 'inwoner')).toBe(true);
		expect(hasRole(['adviseur', 'inwoner'], 'beheerder')).toBe(false);
		expect(hasRole([], 'any')).toBe(false);
		expect(homeFor(['beheerder'])).toBe('/beheer');
	});
});

describe('redirects after sign-in stay on our site', () => {
	const origin = 'https://talentpaspoort.example';
	const follow = (target: string | null | undefined) => safeRedirect(target, '/mijn', origin);

	it('follows a path on our own site, with its query and fragment', () => {
		expect(follow('/beheer')).toBe('/beheer');
		expect(follow('/mijn/aanbod?soort=vacature#lijst')).toBe('/mijn/aanbod?soort=vacature#lijst');
		expect(follow('/mijn/./skills')).toBe('/mijn/skills');
	});

	it.each([
		['another host', 'https://evil.example'],
		['our host spelled as a URL', 'https://talentpaspoort.example.evil.example/'],
		['protocol-relative', '//evil.example'],
		['protocol-relative with a backslash', '/\\evil.example'],
		['backslashes only', '\\\\evil.example'],
		['a backslash further on', '/mijn\\..\\..\\evil.example'],
		['a tab a browser drops', '/\t/evil.example'],
		['a newline', '/\n/evil.example'],
		['a carriage return in a header', '/mijn\r\nSet-Cookie: x=1'],
		['a NUL', '/mijn\u0000'],
		['an encoded slash pair', '/%2F%2Fevil.example'],
		['an encoded backslash', '/%5Cevil.example'],
		['doubly encoded', '/%252F%252Fevil.example'],
		['dot segments up to a protocol-relative path', '/a/%2e%2e/%2e%2e//evil.example'],
		['a javascript URL', 'javascript:alert(1)'],
		['a data URL', 'data:text/html,<script>alert(1)</script>'],
		['a relative path', 'mijn'],
		['a broken escape', '/%E0%A4%A'],
		['empty', ''],
		['absent', null],
		['very long', `/${'a'.repeat(5000)}`]
	])('falls back to the home page for %s', (_, target) => {
		expect(follow(target)).toBe('/mijn');
	});

	it('answers any string with a path on our site, never with a full URL or //', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `/${s}`), fc.webPath()), (target) => {
				const path = follow(target);
				expect(path.startsWith('/')).toBe(true);
				expect(path.startsWith('//')).toBe(false);
				// eslint-disable-next-line no-control-regex
				expect(path).not.toMatch(/[\\\u0000-\u001f]/);
				expect(new URL(path, origin).origin).toBe(origin);
			}),
			{ numRuns: 500 }
		);
	});
});
