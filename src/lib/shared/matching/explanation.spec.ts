import { describe, expect, it } from 'vitest';
import { MATCHING_EXPLANATION } from './explanation';
import { POINTS, SOURCE_WEIGHT } from './weights';

describe('MATCHING_EXPLANATION', () => {
	it('tells the same steps in Dutch, English and German', () => {
		expect(MATCHING_EXPLANATION.nl.steps.length).toBe(MATCHING_EXPLANATION.en.steps.length);
		expect(MATCHING_EXPLANATION.de.steps.length).toBe(MATCHING_EXPLANATION.nl.steps.length);
	});

	it('quotes the weights the ranking uses', () => {
		for (const lang of [MATCHING_EXPLANATION.nl, MATCHING_EXPLANATION.en, MATCHING_EXPLANATION.de]) {
			const text = lang.steps.join(' ');
			expect(text).toContain(`${POINTS.skills} `);
			expect(text).toContain(`${POINTS.beroepswens} `);
			expect(text).toContain(`${Math.round(SOURCE_WEIGHT.zelf * 100)}%`);
			expect(text).toContain(`${Math.round(SOURCE_WEIGHT.bewijs * 100)}%`);
		}
	});
});
