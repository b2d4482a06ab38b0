import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { registerResident } from '$lib/server/auth/accounts';
import { seedCatalogue } from '$lib/server/catalogue/seed';
import type { DbHandle } from '$lib/server/db/client';
import { portfolio } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { writeEntities } from '$lib/server/sync/server-write';
import { submitVoucher } from './service';
import { applicationsForStaff } from './staff-list';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
	await seedCatalogue(handle.db);
});
afterAll(() => handle.close());

async function applicant(name: string, profilePatch: Record<string, unknown> | null) {
	const id = await registerResident(handle.db, { email: `${newId()}@example.nl`, password: 'een-lang-wachtwoord', displayName: name });
	const [own] = await handle.db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, id));
	if (profilePatch) await writeEntities(handle.db, { userId: id, role: 'inwoner' }, own!.id, [{ entity: 'profile', entityId: own!.id, op: 'create', baseVersion: 0, patch: profilePatch }]);
	const applicationId = newId();
	await submitVoucher(handle.db, { id, name }, { id: applicationId, offerId: 'opl-lasser', motivation: 'Ik wil lasser worden.', werkgemeente: null, employed: false, coFinancing: '' });
	return applicationId;
}

describe('the staff voucher list', () => {
	it('shows the applicant’s name, woonplaats and level with the fund’s check', async () => {
		const fits = await applicant('Sanne', { woonplaats: 'hengelo', educationLevel: 'mbo-2' });
		const tooHigh = await applicant('Bram', { woonplaats: 'hengelo', educationLevel: 'hbo' });
		const unknown = await applicant('Inge', null);
		const rows = await applicationsForStaff(handle.db);
		const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
		expect(byId[fits]).toMatchObject({ applicantName: 'Sanne', woonplaats: 'hengelo', educationLevel: 'mbo-2', status: 'aanvraag' });
		expect(byId[fits]!.check?.reasons).toEqual(expect.arrayContaining(['opleidingsniveau-past', 'woont-in-twente']));
		expect(byId[tooHigh]!.check).toMatchObject({ eligible: false });
		expect(byId[tooHigh]!.check?.reasons).toContain('opleidingsniveau-te-hoog');
		expect(byId[unknown]).toMatchObject({ woonplaats: '', educationLevel: null });
		expect(byId[unknown]!.check?.reasons).toEqual(expect.arrayContaining(['opleidingsniveau-onbekend', 'niet-in-twente']));
		expect((await applicationsForStaff(handle.db, ['cheque'])).length).toBe(0);
	});
});
