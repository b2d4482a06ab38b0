import { describe, expect, it } from 'vitest';
import { checkedContactEmail } from './contact';

describe('the contact e-mail on a CV or in a shared portfolio', () => {
	it('is the account’s own address once it is checked, written as the resident wrote it', () => {
		expect(checkedContactEmail('Fatima@Example.nl', { email: 'fatima@example.nl', emailVerified: true })).toBe('Fatima@Example.nl');
	});
	it('is left out while the account’s address is not checked', () => {
		expect(checkedContactEmail('fatima@example.nl', { email: 'fatima@example.nl', emailVerified: false })).toBeNull();
	});
	it('is left out when it is another address than the checked one, or when nothing is known of the account', () => {
		expect(checkedContactEmail('iemand.anders@example.nl', { email: 'fatima@example.nl', emailVerified: true })).toBeNull();
		expect(checkedContactEmail('fatima@example.nl', null)).toBeNull();
		expect(checkedContactEmail('', { email: 'fatima@example.nl', emailVerified: true })).toBeNull();
	});
});
