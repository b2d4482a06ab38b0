import { describe, expect, it } from 'vitest';
import { dayOf, formatDate, formatDateTime } from './dates';

describe('dates', () => {
	it('writes the month in full, in both languages', () => {
		expect(formatDate('2026-12-02', 'nl')).toBe('2 december 2026');
		expect(formatDate('2026-12-02', 'en')).toBe('2 December 2026');
	});

	it('reads a moment on the Twente clock', () => {
		expect(formatDate('2026-12-02T23:30:00Z', 'nl')).toBe('3 december 2026');
		expect(dayOf('2026-12-02T23:30:00Z')).toBe('2026-12-03');
		expect(formatDateTime('2026-12-02T09:15:00Z', 'nl')).toMatch(/^2 december 2026( om|,) 10:15$/);
	});
});
