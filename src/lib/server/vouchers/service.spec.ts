import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import { registerResident } from '$lib/server/auth/accounts';
import { seedCatalogue } from '$lib/server/catalogue/seed';
import type { DbHandle } from '$lib/server/db/client';
import { voucherApplication, voucherBudget, voucherStatusEvent } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { applicationsOf, budgetOverview, setBudget, submitVoucher, transitionVoucher, VoucherError, type VoucherActor } from './service';

let handle: DbHandle;
let resident: { id: string; name: string };
let adviser: VoucherActor;
let admin: VoucherActor;
const YEAR = new Date().getFullYear();

beforeAll(async () => {
	handle = await openTestDatabase();
	await seedCatalogue(handle.db);
	const account = (email: string, displayName: string) => registerResident(handle.db, { email, password: 'een-lang-wachtwoord', displayName });
	resident = { id: await account('voucher@example.nl', 'Sanne'), name: 'Sanne' };
	// The service trusts the role it is given (routes check it); these accounts only need to exist.
	adviser = { id: await account('adviseur@example.nl', 'Adviseur Test'), name: 'Adviseur Test', role: 'adviseur' };
	admin = { id: await account('beheer@example.nl', 'Beheerder Test'), name: 'Beheerder Test', role: 'beheerder' };
});
afterAll(() => handle.close());
beforeEach(async () => {
	await handle.db.delete(voucherApplication);
	await handle.db.delete(voucherBudget);
});

/** opl-lasser costs € 2.400 in the demo catalogue; with the example 25 % co-financing the fund pays € 1.800. */
async function readyForDecision(offerId = 'opl-lasser') {
	const id = newId();
	await submitVoucher(handle.db, resident, { id, offerId, motivation: 'Ik wil lasser worden.', werkgemeente: null, employed: false, coFinancing: 'Ik betaal zelf' });
	await transitionVoucher(handle.db, adviser, id, { to: 'loopbaangesprek', reason: 'Gesprek op het Werkplein' });
	await transitionVoucher(handle.db, adviser, id, { to: 'scholingsplan', scholingsplan: 'Mbo 2 lasser in deeltijd, start in februari.' });
	return id;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof VoucherError) return e.code;
		throw e;
	}
	return 'accepted';
}

describe('voucher applications', () => {
	it('carries an aanvraag to a paid cheque and keeps who, when and why for every step', async () => {
		await setBudget(handle.db, admin.id, YEAR, 100_000);
		const id = await readyForDecision();
		await transitionVoucher(handle.db, admin, id, { to: 'goedgekeurd', reason: 'Past bij kansberoep lasser' });
		const cheque = await transitionVoucher(handle.db, admin, id, { to: 'cheque' });
		expect(cheque.chequeNumber).toMatch(new RegExp(`^TFVV-${YEAR}-[0-9A-F]{8}$`));
		await transitionVoucher(handle.db, admin, id, { to: 'betaald', reason: 'Factuur ROC betaald' });

		const [mine] = await applicationsOf(handle.db, resident.id);
		expect(mine!.application).toMatchObject({ status: 'betaald', amountEuros: 1800, scholingsplan: 'Mbo 2 lasser in deeltijd, start in februari.' });
		expect(mine!.events.map((e) => [e.status, e.actorRole, e.actorName, e.reason])).toEqual([
			['aanvraag', 'inwoner', 'Sanne', ''],
			['loopbaangesprek', 'adviseur', 'Adviseur Test', 'Gesprek op het Werkplein'],
			['scholingsplan', 'adviseur', 'Adviseur Test', 'Mbo 2 lasser in deeltijd, start in februari.'],
			['goedgekeurd', 'beheerder', 'Beheerder Test', 'Past bij kansberoep lasser'],
			['cheque', 'beheerder', 'Beheerder Test', ''],
			['betaald', 'beheerder', 'Beheerder Test', 'Factuur ROC betaald']
		]);
	});

	it('makes one application of a submit that is sent twice', async () => {
		const id = newId();
		const input = { id, offerId: 'opl-lasser', motivation: 'Twee keer verstuurd', werkgemeente: null, employed: false, coFinancing: '' };
		await submitVoucher(handle.db, resident, input);
		await submitVoucher(handle.db, resident, input);
		expect(await handle.db.select().from(voucherStatusEvent).where(eq(voucherStatusEvent.applicationId, id))).toHaveLength(1);
	});

	it('refuses offers that are not paid training', async () => {
		const input = { id: newId(), motivation: 'x', werkgemeente: null, employed: false, coFinancing: '' };
		expect(await refusal(submitVoucher(handle.db, resident, { ...input, offerId: 'vac-lasser-1' }))).toBe('offer');
		expect(await refusal(submitVoucher(handle.db, resident, { ...input, offerId: 'bestaat-niet' }))).toBe('offer');
	});

	it('refuses illegal transitions, wrong roles and a decision without a reason', async () => {
		await setBudget(handle.db, admin.id, YEAR, 100_000);
		const id = newId();
		await submitVoucher(handle.db, resident, { id, offerId: 'opl-lasser', motivation: 'x', werkgemeente: null, employed: false, coFinancing: '' });
		expect(await refusal(transitionVoucher(handle.db, admin, id, { to: 'goedgekeurd', reason: 'te vroeg' }))).toBe('illegal');
		expect(await refusal(transitionVoucher(handle.db, admin, id, { to: 'loopbaangesprek' }))).toBe('illegal');
		expect(await refusal(transitionVoucher(handle.db, { ...adviser, role: 'inwoner' }, id, { to: 'loopbaangesprek' }))).toBe('illegal');
		await transitionVoucher(handle.db, adviser, id, { to: 'loopbaangesprek' });
		expect(await refusal(transitionVoucher(handle.db, adviser, id, { to: 'scholingsplan', scholingsplan: '  ' }))).toBe('plan');
		await transitionVoucher(handle.db, adviser, id, { to: 'scholingsplan', scholingsplan: 'Plan' });
		expect(await refusal(transitionVoucher(handle.db, admin, id, { to: 'afgewezen', reason: '' }))).toBe('reason');
		await transitionVoucher(handle.db, admin, id, { to: 'afgewezen', reason: 'Geen arbeidsmarktperspectief' });
		expect(await refusal(transitionVoucher(handle.db, admin, id, { to: 'goedgekeurd', reason: 'toch wel' }))).toBe('illegal');
		expect(await refusal(transitionVoucher(handle.db, admin, newId(), { to: 'goedgekeurd', reason: 'x' }))).toBe('not-found');
	});

	it('never approves beyond the year’s budget, and refuses without one', async () => {
		const first = await readyForDecision();
		expect(await refusal(transitionVoucher(handle.db, admin, first, { to: 'goedgekeurd', reason: 'ok' }))).toBe('no-budget');
		await setBudget(handle.db, admin.id, YEAR, 2000);
		const second = await readyForDecision();
		await transitionVoucher(handle.db, admin, first, { to: 'goedgekeurd', reason: 'ok' });
		expect(await refusal(transitionVoucher(handle.db, admin, second, { to: 'goedgekeurd', reason: 'ok' }))).toBe('budget-exceeded');
		expect(await budgetOverview(handle.db, YEAR)).toEqual({ year: YEAR, amountEuros: 2000, committed: 1800, remaining: 200 });
		expect(await refusal(setBudget(handle.db, admin.id, YEAR, 1000))).toBe('budget-below-committed');
		await setBudget(handle.db, admin.id, YEAR, 4000);
		await transitionVoucher(handle.db, admin, second, { to: 'goedgekeurd', reason: 'ok' });
		expect((await budgetOverview(handle.db, YEAR)).committed).toBe(3600);
	});

	it('lets only the approvals that fit succeed when several beheerders approve at the same moment', async () => {
		await setBudget(handle.db, admin.id, YEAR, 1800 * 3);
		const ids = await Promise.all(Array.from({ length: 6 }, () => readyForDecision()));
		const outcomes = await Promise.all(ids.map((id) => refusal(transitionVoucher(handle.db, admin, id, { to: 'goedgekeurd', reason: 'ok' }))));
		expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(3);
		expect(outcomes.filter((o) => o === 'budget-exceeded')).toHaveLength(3);
		expect((await budgetOverview(handle.db, YEAR)).remaining).toBe(0);
	});
});
