import { describe, expect, it } from 'vitest';
import { canTransition, voucherAmount } from './workflow';

describe('voucher workflow', () => {
	it('follows the TFvV steps in order, each by its own role', () => {
		expect(canTransition('aanvraag', 'loopbaangesprek', 'adviseur')).toBe(true);
		expect(canTransition('loopbaangesprek', 'scholingsplan', 'adviseur')).toBe(true);
		expect(canTransition('scholingsplan', 'goedgekeurd', 'beheerder')).toBe(true);
		expect(canTransition('scholingsplan', 'afgewezen', 'beheerder')).toBe(true);
		expect(canTransition('goedgekeurd', 'cheque', 'beheerder')).toBe(true);
		expect(canTransition('cheque', 'betaald', 'beheerder')).toBe(true);
	});

	it('refuses skipped steps, wrong roles and moves out of a final status', () => {
		expect(canTransition('aanvraag', 'goedgekeurd', 'beheerder')).toBe(false);
		expect(canTransition('scholingsplan', 'goedgekeurd', 'adviseur')).toBe(false);
		expect(canTransition('aanvraag', 'loopbaangesprek', 'inwoner')).toBe(false);
		expect(canTransition('afgewezen', 'goedgekeurd', 'beheerder')).toBe(false);
		expect(canTransition('betaald', 'cheque', 'beheerder')).toBe(false);
	});

	it('pays the cost minus the co-financing share', () => {
		expect(voucherAmount(1000, 0.25)).toBe(750);
		expect(voucherAmount(999, 0.25)).toBe(750);
		expect(voucherAmount(400, null)).toBe(400);
	});
});
