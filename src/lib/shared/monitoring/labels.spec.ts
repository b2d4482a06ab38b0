import { describe, expect, it } from 'vitest';
import { HIDDEN, SMALL_GROUP, SUPPRESSED } from './index';
import { cellDisplay, cellText, chartHasBars, periodName } from './labels';

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

describe('cellDisplay', () => {
	it('formats money as euros, averages and percentages with one decimal, and counts with separators', () => {
		expect(cellDisplay(125000, 'money', 'nl')).toBe('€\u00a0125.000');
		expect(cellDisplay(125000, 'money', 'en')).toBe('€125,000');
		expect(cellDisplay(7.25, 'average', 'nl')).toBe('7,3');
		expect(cellDisplay(8, 'average', 'nl')).toBe('8,0');
		expect(cellDisplay(12.5, 'percent', 'nl')).toBe('12,5');
		expect(cellDisplay(1234, 'people', 'nl')).toBe('1.234');
	});

	it('reads hidden cells as cellText does', () => {
		expect(cellDisplay(SUPPRESSED, 'people', 'nl')).toBe('< 10');
		expect(cellDisplay(HIDDEN, 'money', 'nl')).toBe(cellText(HIDDEN, 'money', 'nl'));
	});
});

describe('chartHasBars', () => {
	it('is false only when every cell to draw is hidden or missing', () => {
		expect(chartHasBars([{ values: { active: SUPPRESSED } }, { values: { active: HIDDEN } }], ['active'])).toBe(false);
		expect(chartHasBars([], ['active'])).toBe(false);
		expect(chartHasBars([{ values: { active: SUPPRESSED } }, { values: { active: 12 } }], ['active'])).toBe(true);
	});
});
