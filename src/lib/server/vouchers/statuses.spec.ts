import { describe, expect, it } from 'vitest';
import { VOUCHER_STATUSES } from '$lib/shared/voucher/workflow';
import { VOUCHER_STATUSES as TABLE_STATUSES } from '$lib/server/db/schema';

describe('voucher statuses', () => {
	it('are the same in the workflow and in the database', () => {
		expect([...VOUCHER_STATUSES]).toEqual([...TABLE_STATUSES]);
	});
});
