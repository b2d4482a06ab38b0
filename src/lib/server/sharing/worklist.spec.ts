import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { eq } from 'drizzle-orm';
import { skillClaim, voucherApplication } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { reviewEvidence } from '$lib/server/evc/review';
import { writeEntities } from '$lib/server/sync/server-write';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';
import type { ShareSection } from '$lib/shared/sharing';
import { createGrant, revokeGrant } from './grants';
import { voucherStepsWaiting, worklistOf } from './worklist';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => {
	await handle.db.delete(voucherApplication);
	await resetSyncTables(handle.db);
});

async function adviser(): Promise<SessionUser> {
	const { userId } = await makeUser(handle.db, ['adviseur']);
	return { id: userId, email: `${userId}@example.nl`, displayName: 'Adviseur', roles: ['adviseur'], organisationId: null, locale: 'nl', emailVerified: true };
}

async function residentWithWork(sections: ShareSection[], adviserId: string) {
	const resident = await makeResident(handle.db);
	const track = newId();
	const evidence = newId();
	const validated = newId();
	await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
		{ entity: 'skillClaim', entityId: newId(), op: 'create', baseVersion: 0, patch: { skillId: 'tig-lassen', level: 3, source: 'zelf' } },
		{ entity: 'skillClaim', entityId: validated, op: 'create', baseVersion: 0, patch: { skillId: 'mig-mag-lassen', level: 2, source: 'zelf' } },
		{ entity: 'evcTrack', entityId: track, op: 'create', baseVersion: 0, patch: { kwalificatieId: 'logistiek-medewerker' } },
		{ entity: 'evcEvidence', entityId: evidence, op: 'create', baseVersion: 0, patch: { trackId: track, kind: 'starr', title: 'Inventarisatie', werkprocesIds: ['lm-2-1'] } }
	]);
	// Only an adviser validates; here the claim is marked as a validation would leave it.
	await handle.db.update(skillClaim).set({ source: 'gevalideerd' }).where(eq(skillClaim.id, validated));
	const grantId = await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: adviserId }, sections, origin: 'gesprek', expiresAt: new Date(Date.now() + 3_600_000) });
	return { ...resident, evidence, grantId };
}

async function application(portfolioId: string, applicantId: string, status: 'aanvraag' | 'loopbaangesprek' | 'scholingsplan', adviserId: string | null = null) {
	await handle.db.insert(voucherApplication).values({
		id: newId(),
		portfolioId,
		applicantId,
		offerId: 'x',
		offer: { title: 'Lassen', providerName: 'ROC', costEuros: 1000, kind: 'opleiding' },
		motivation: 'Graag',
		rulesVersion: 'test',
		amountEuros: 1000,
		status,
		adviserId
	});
}

describe('the adviser worklist', () => {
	it('counts unvalidated skills and unreviewed evidence only where shared, and voucher steps waiting for this adviser', async () => {
		const me = await adviser();
		const other = await adviser();
		const all = await residentWithWork(['profiel', 'skills', 'evc'], me.id);
		const profileOnly = await residentWithWork(['profiel'], me.id);
		await application(all.portfolioId, all.userId, 'aanvraag');
		await application(all.portfolioId, all.userId, 'loopbaangesprek', me.id);
		await application(all.portfolioId, all.userId, 'loopbaangesprek', other.id);
		await application(all.portfolioId, all.userId, 'scholingsplan', me.id);

		const list = await worklistOf(handle.db, me.id);
		const byId = Object.fromEntries(list.map((e) => [e.portfolioId, e]));
		expect(byId[all.portfolioId]).toMatchObject({ openValidations: 1, evcWaiting: 1, voucherSteps: 2, sections: ['profiel', 'skills', 'evc'] });
		expect(byId[profileOnly.portfolioId]).toMatchObject({ openValidations: 0, evcWaiting: 0, voucherSteps: 0 });
		expect(await voucherStepsWaiting(handle.db, me.id)).toBe(2);
		expect(await voucherStepsWaiting(handle.db, other.id)).toBe(2);

		await reviewEvidence(handle.db, { viewer: me, portfolioId: all.portfolioId, evidenceId: all.evidence, verdict: 'voldoende', comment: '' });
		expect((await worklistOf(handle.db, me.id)).find((e) => e.portfolioId === all.portfolioId)?.evcWaiting).toBe(0);
	});

	it('drops a resident who stopped sharing', async () => {
		const me = await adviser();
		const resident = await residentWithWork(['skills'], me.id);
		await revokeGrant(handle.db, { portfolioId: resident.portfolioId, grantId: resident.grantId });
		expect(await worklistOf(handle.db, me.id)).toEqual([]);
	});
});
