import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { createGrant } from '$lib/server/sharing/grants';
import { authoriseMutations } from '$lib/server/sync/authorise';
import { pullChanges } from '$lib/server/sync/pull';
import { writeEntities } from '$lib/server/sync/server-write';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';
import { evidenceForReview, reviewEvidence } from './review';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => resetSyncTables(handle.db));

async function adviser(): Promise<SessionUser> {
	const { userId } = await makeUser(handle.db, ['adviseur']);
	return { id: userId, email: `${userId}@example.nl`, displayName: 'Adviseur Bram', roles: ['adviseur'], organisationId: null, locale: 'nl', emailVerified: true };
}

async function residentWithEvidence() {
	const resident = await makeResident(handle.db);
	const trackId = newId();
	const evidenceId = newId();
	await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
		{ entity: 'evcTrack', entityId: trackId, op: 'create', baseVersion: 0, patch: { kwalificatieId: 'logistiek-medewerker', status: 'verzamelen' } },
		{ entity: 'evcEvidence', entityId: evidenceId, op: 'create', baseVersion: 0, patch: { trackId, kind: 'starr', title: 'Spoedorder', werkprocesIds: ['lm-2-1'], situatie: 'Vrijdag' } }
	]);
	return { ...resident, evidenceId };
}

const status = async (run: () => Promise<unknown>) => {
	try {
		await run();
		return 200;
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
};

describe('adviser review of EVC evidence', () => {
	it('needs the EVC section shared; another section is not enough', async () => {
		const resident = await residentWithEvidence();
		const bram = await adviser();
		const review = () => reviewEvidence(handle.db, { viewer: bram, portfolioId: resident.portfolioId, evidenceId: resident.evidenceId, verdict: 'aanvullen', comment: 'Voeg een foto toe.' });
		expect(await status(review)).toBe(403);
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: bram.id }, sections: ['skills'], origin: 'manual', expiresAt: new Date(Date.now() + 3_600_000) });
		expect(await status(review)).toBe(403);
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: bram.id }, sections: ['evc'], origin: 'gesprek', expiresAt: new Date(Date.now() + 3_600_000) });
		expect(await status(review)).toBe(200);
		const seen = await evidenceForReview(handle.db, { viewer: bram, portfolioId: resident.portfolioId });
		expect(seen.items.map((i) => i.title)).toEqual(['Spoedorder']);
		expect(seen.reviews).toMatchObject([{ evidenceId: resident.evidenceId, verdict: 'aanvullen', comment: 'Voeg een foto toe.', reviewerName: 'Adviseur Bram' }]);
	});

	it('reaches the resident by pull, and the resident can neither create, change nor delete it', async () => {
		const resident = await residentWithEvidence();
		const bram = await adviser();
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: bram.id }, sections: ['evc'], origin: 'manual', expiresAt: new Date(Date.now() + 3_600_000) });
		const reviewId = await reviewEvidence(handle.db, { viewer: bram, portfolioId: resident.portfolioId, evidenceId: resident.evidenceId, verdict: 'aanvullen', comment: 'Graag een verklaring van je leidinggevende.' });

		const pulled = await pullChanges(handle.db, { portfolioId: resident.portfolioId, since: 0, limit: 500 });
		expect(pulled.records.find((c) => c.entity === 'evcReview')).toMatchObject({ id: reviewId, data: { verdict: 'aanvullen', comment: 'Graag een verklaring van je leidinggevende.' } });

		for (const mutation of [
			{ entity: 'evcReview', entityId: reviewId, op: 'patch' as const, patch: { verdict: 'voldoende' } },
			{ entity: 'evcReview', entityId: reviewId, op: 'delete' as const },
			{ entity: 'evcReview', entityId: newId(), op: 'create' as const, patch: { evidenceId: resident.evidenceId, verdict: 'voldoende', reviewedAt: new Date().toISOString() } }
		]) {
			expect(() => authoriseMutations('inwoner', [{ ...mutation, mutationId: 1, baseVersion: 0 }])).toThrow(expect.objectContaining({ status: 403 }));
			await expect(writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [{ ...mutation, baseVersion: 0 }])).rejects.toMatchObject({ status: 403 });
		}
		const after = await evidenceForReview(handle.db, { viewer: bram, portfolioId: resident.portfolioId });
		expect(after.reviews).toMatchObject([{ id: reviewId, verdict: 'aanvullen' }]);
	});

	it('refuses evidence of another portfolio', async () => {
		const resident = await residentWithEvidence();
		const other = await residentWithEvidence();
		const bram = await adviser();
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: bram.id }, sections: ['evc'], origin: 'manual', expiresAt: new Date(Date.now() + 3_600_000) });
		expect(await status(() => reviewEvidence(handle.db, { viewer: bram, portfolioId: resident.portfolioId, evidenceId: other.evidenceId, verdict: 'voldoende', comment: '' }))).toBe(404);
	});
});
