import { describe, expect, it } from 'vitest';
import { educationFields } from '$lib/shared/sync/entities/paspoort';
import { profileFields } from '$lib/shared/sync/entities/profile';
import { numberOrNull } from './values';

/** What `bind:value` on `<input type="number">` hands back: a number once typed, null when emptied; a string when set from the device. */
const FROM_A_NUMBER_INPUT = [
	[20, 20],
	[0, 0],
	[null, null],
	[undefined, null],
	['', null],
	['  ', null],
	['32', 32],
	[' 7 ', 7]
] as const;

describe('numberOrNull (a number input as the schema expects it)', () => {
	it.each(FROM_A_NUMBER_INPUT)('%o gives %o', (input, expected) => {
		expect(numberOrNull(input)).toBe(expected);
	});

	it('keeps what is not a number as NaN, for the schema to refuse', () => {
		expect(numberOrNull('veel')).toBeNaN();
	});
});

const messageOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
	result.error?.issues.find((i) => i.path.join('.') === field)?.message;

describe('the profile form: hours and travel time as typed', () => {
	it('saves the numbers a number input gives', () => {
		const result = profileFields.safeParse({ hoursPerWeek: numberOrNull(32), maxTravelMinutes: numberOrNull(45) });
		expect(result.success).toBe(true);
		expect(result.data).toMatchObject({ hoursPerWeek: 32, maxTravelMinutes: 45 });
	});

	it('saves an emptied field as no answer', () => {
		const result = profileFields.safeParse({ hoursPerWeek: numberOrNull(null), maxTravelMinutes: numberOrNull(undefined) });
		expect(result.data).toMatchObject({ hoursPerWeek: null, maxTravelMinutes: null });
	});

	it.each([0, 61, 7.5, Number.NaN])('refuses %o hours with the range message key', (hours) => {
		expect(messageOf(profileFields.safeParse({ hoursPerWeek: numberOrNull(hours) }), 'hoursPerWeek')).toBe('paspoort_error_hours');
	});

	it.each([-1, 241, 12.5, Number.NaN])('refuses %o minutes with the range message key', (minutes) => {
		expect(messageOf(profileFields.safeParse({ maxTravelMinutes: numberOrNull(minutes) }), 'maxTravelMinutes')).toBe('paspoort_error_travel');
	});
});

describe('the education form: years as typed', () => {
	it('saves the years a number input gives', () => {
		const result = educationFields.safeParse({ name: 'Logistiek', startYear: numberOrNull(2015), endYear: numberOrNull(2018) });
		expect(result.data).toMatchObject({ startYear: 2015, endYear: 2018 });
	});

	it.each([1949, 2101, 2015.5, Number.NaN])('refuses the year %o with the year message key', (year) => {
		expect(messageOf(educationFields.safeParse({ name: 'Logistiek', startYear: numberOrNull(year) }), 'startYear')).toBe('paspoort_error_year');
	});
});
