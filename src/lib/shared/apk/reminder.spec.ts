import { describe, expect, it } from 'vitest';
import { isReminderDue } from './reminder';

describe('isReminderDue', () => {
	const last = '2025-06-15T09:00:00Z';

	it('is not due the day before twelve months have passed', () => {
		expect(isReminderDue(last, new Date('2026-06-14T23:59:59Z'))).toBe(false);
	});

	it('is due exactly twelve months later', () => {
		expect(isReminderDue(last, new Date('2026-06-15T09:00:00Z'))).toBe(true);
	});

	it('is due after twelve months, and accepts a Date', () => {
		expect(isReminderDue(new Date(last), new Date('2027-01-01T00:00:00Z'))).toBe(true);
	});

	it('is not due a few months after a scan', () => {
		expect(isReminderDue(last, new Date('2025-12-01T00:00:00Z'))).toBe(false);
	});

	it('is not a reminder when there is no completed scan or the date is unreadable', () => {
		expect(isReminderDue(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
		expect(isReminderDue(undefined, new Date('2030-01-01T00:00:00Z'))).toBe(false);
		expect(isReminderDue('not a date', new Date('2030-01-01T00:00:00Z'))).toBe(false);
	});
});
