import { describe, expect, it } from 'vitest';
import { voucherListQuerySchema, voucherTotals } from './staff';

describe('the staff voucher list', () => {
	it('adds up count, amount and statuses', () => {
		const totals = voucherTotals([
			{ status: 'aanvraag', amountEuros: 1200 },
			{ status: 'aanvraag', amountEuros: 800 },
			{ status: 'goedgekeurd', amountEuros: 500 }
		]);
		expect(totals.count).toBe(3);
		expect(totals.amountEuros).toBe(2500);
		expect(totals.byStatus).toMatchObject({ aanvraag: 2, goedgekeurd: 1, betaald: 0 });
	});

	it('reads an unknown status as every application', () => {
		expect(voucherListQuerySchema.parse({})).toEqual({ status: 'alle' });
		expect(voucherListQuerySchema.parse({ status: 'weg' })).toEqual({ status: 'alle' });
		expect(voucherListQuerySchema.parse({ status: 'cheque' })).toEqual({ status: 'cheque' });
	});
});
