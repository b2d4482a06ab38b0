import { describe, expect, it } from 'vitest';
import { hasRole, homeFor, requiredRole, safeRedirect } from './guard';

describe('guard', () => {
	it('maps every role area and leaves public pages open', () => {
		expect(requiredRole('/mijn')).toBe('inwoner');
		expect(requiredRole('/mijn/paspoort')).toBe('inwoner');
		expect(requiredRole('/beheer/uitnodigingen')).toBe('beheerder');
		expect(requiredRole('/mijnheer')).toBeNull();
		expect(requiredRole('/inloggen')).toBeNull();
	});

	it('lets a person with several roles into each of their areas only', () => {
		expect(hasRole(['adviseur', 'inwoner'], 'inwoner')).toBe(true);
		expect(hasRole(['adviseur', 'inwoner'], 'beheerder')).toBe(false);
		expect(hasRole([], 'any')).toBe(false);
		expect(homeFor(['beheerder'])).toBe('/beheer');
	});

	it('never redirects to another host', () => {
		expect(safeRedirect('//evil.example', '/mijn')).toBe('/mijn');
		expect(safeRedirect('https://evil.example', '/mijn')).toBe('/mijn');
		expect(safeRedirect('/\\evil.example', '/mijn')).toBe('/mijn');
		expect(safeRedirect('/beheer', '/mijn')).toBe('/beheer');
	});
});
