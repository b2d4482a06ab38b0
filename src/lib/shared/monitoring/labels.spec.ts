import { describe, expect, it } from 'vitest';
import { HIDDEN, SMALL_GROUP, SUPPRESSED } from './index';
import { cellText, periodName } from './labels';

describe('cellText', () => {
	it('reads "< 10" only for a hidden head count; every other hidden figure says why in words', () => {
		expect(cellText(SUPPRESSED, 'people', 'nl')).toBe('< 10');
		for (const kind of ['count', 'money', 'average', 'percent', 'days'] as const) {
			expect(cellText(SMALL_GROUP, kind, 'nl')).toBe('Verborgen: minder dan 10 mensen');
			expect(cellText(SUPPRESSED, kind, 'nl')).toBe('Verborgen: minder dan 10 mensen');
		}
		expect(cellText(HIDDEN, 'people', 'nl')).toBe('Verborgen: anders is een kleine groep uit te rekenen');
		expect(cellText(HIDDEN, 'money', 'en')).toBe('Hidden: it would give away a small group');
		expect(cellText(12.5, 'percent', 'nl')).toBe('12.5');
		expect(cellText(null, 'days', 'nl')).toBe('');
	});
});

describe('periodName', () => {
	it('names a year and a quarter', () => {
		expect(periodName('2026', 'nl')).toBe('2026 (heel jaar)');
		expect(periodName('2025-Q3', 'nl')).toBe('Kwartaal 3 van 2025');
	});
});
