import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { DbHandle } from '$lib/server/db/client';
import { shareGrant, voucherApplication } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { makeResident, makeUser } from '$lib/server/sync/testing';
import { canScore, hasScored, saveScore } from './klantervaring';
import { defaultFilter } from '$lib/shared/monitoring';
import { rawView } from './queries';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle?.close());

async function voucher(portfolioId: string, applicantId: string, status: 'aanvraag' | 'goedgekeurd') {
	const id = newId();
	await handle.db.insert(voucherApplication).values({ id, portfolioId, applicantId, offerId: 'o', offer: { title: 'T', providerName: 'P', costEuros: 100, kind: 'cursus' }, motivation: 'm', rulesVersion: 'r', amountEuros: 100, status });
	return id;
}

describe('klantervaring', () => {
	it('lets a resident score their own gesprek and decided voucher once, and nobody else’s', async () => {
		const resident = await makeResident(handle.db);
		const other = await makeResident(handle.db);
		const adviser = await makeUser(handle.db, ['adviseur']);
		const grantId = newId();
		await handle.db.insert(shareGrant).values({ id: grantId, portfolioId: resident.portfolioId, granteeUserId: adviser.userId, sections: ['profiel'], origin: 'gesprek', expiresAt: new Date(Date.now() + 3_600_000) });
		const open = await voucher(resident.portfolioId, resident.userId, 'aanvraag');
		const decided = await voucher(resident.portfolioId, resident.userId, 'goedgekeurd');

		expect(await canScore(handle.db, resident.userId, 'gesprek', grantId)).toBe(true);
		expect(await canScore(handle.db, other.userId, 'gesprek', grantId)).toBe(false);
		expect(await canScore(handle.db, resident.userId, 'voucher', open)).toBe(false);
		expect(await canScore(handle.db, resident.userId, 'voucher', decided)).toBe(true);
		expect(await canScore(handle.db, resident.userId, 'voucher', grantId)).toBe(false);

		expect(await saveScore(handle.db, resident.userId, { over: 'gesprek', id: grantId, score: 8, comment: 'Fijn' })).toBe(true);
		expect(await saveScore(handle.db, resident.userId, { over: 'gesprek', id: grantId, score: 2, comment: '' })).toBe(false);
		expect(await hasScored(handle.db, resident.userId, 'gesprek', grantId)).toBe(true);
		expect(await hasScored(handle.db, resident.userId, 'voucher', decided)).toBe(false);

		const table = await rawView(handle.db, defaultFilter(new Date()), 'klantervaring');
		expect(table.rows.find((r) => r.label === 'gesprek')?.values).toEqual({ responses: 1, residents: 1, average: 8 });
	});
});
