import { describe, expect, it } from 'vitest';
import { apkAnswersSchema } from './answers-schema';
import { fullScan } from './fixtures';

describe('apkAnswersSchema', () => {
	it('accepts a full scan and an empty, just-started one', () => {
		expect(apkAnswersSchema.safeParse(fullScan()).success).toBe(true);
		expect(apkAnswersSchema.safeParse({}).success).toBe(true);
	});

	it.each([
		['a Likert value outside 1..5', { 'werkvermogen.aankunnen': 6 }],
		['a fraction on a Likert item', { 'werkvermogen.aankunnen': 2.5 }],
		['a number on a yes/no question', { 'ontwikkeling.cursus-gedaan': 1 }],
		['an option that does not exist', { 'randvoorwaarden.tijd': 'hele-week' }],
		['a boolean on a choice question', { 'motivatie.richting': true }],
		['an unknown question', { 'werkvermogen.bestaat-niet': 3 }],
		['a skill rating outside 1..5', { 'vaardigheden.skill.heftruck-rijden': 0 }],
		['a malformed skill id', { 'vaardigheden.skill.Heftruck Rijden': 3 }]
	])('refuses %s', (_label, answers) => {
		const parsed = apkAnswersSchema.safeParse(answers);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.path).toEqual(Object.keys(answers));
	});

	it('accepts a rating for any skill id, since occupations come from the taxonomy', () => {
		expect(apkAnswersSchema.safeParse({ 'vaardigheden.skill.heftruck-rijden': 5 }).success).toBe(true);
	});
});
