import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { DbHandle } from '$lib/server/db/client';
import { bericht, followedSearch, portfolio, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { startQueue, type JobQueue } from '$lib/server/jobs/queue';
import { MAIL_QUEUE } from '$lib/server/mail/job';
import { makeResident } from '$lib/server/sync/testing';
import { setPreference } from '.';
import { FOLLOWED_LINK, offerAlerts } from './offer-alerts';

let handle: DbHandle;
let queue: JobQueue;
beforeAll(async () => {
	handle = await openTestDatabase();
	// Only enqueues: what is queued is counted below, nothing is sent.
	queue = await startQueue(handle, { supervise: false });
});
afterAll(async () => {
	await queue.stop();
	await handle.close();
});

/** A resident with a checked address, so mail about news may go out. */
async function resident(): Promise<{ portfolioId: string; userId: string }> {
	const { portfolioId } = await makeResident(handle.db);
	const [row] = await handle.db.select({ id: portfolio.ownerId }).from(portfolio).where(eq(portfolio.id, portfolioId));
	await handle.db.update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, row!.id));
	return { portfolioId, userId: row!.id };
}

function follow(portfolioId: string, values: { newOfferIds?: string[]; collectedAt?: string | null; deleted?: boolean }) {
	return handle.db.insert(followedSearch).values({
		id: newId(),
		portfolioId,
		version: 1,
		name: 'Lassen',
		list: 'vacatures',
		newOfferIds: values.newOfferIds ?? [],
		collectedAt: values.collectedAt ?? null,
		deletedAt: values.deleted ? new Date() : null
	});
}

const told = (portfolioId: string) => handle.db.select().from(bericht).where(and(eq(bericht.portfolioId, portfolioId), eq(bericht.kind, 'aanbod')));
const queuedMail = () => queue.boss.getQueueSize(MAIL_QUEUE);

describe('weekly offer alerts', () => {
	it('tells a resident once a week however many searches have new offers, and nobody without news', async () => {
		const now = new Date('2026-12-07T08:00:00Z');
		const busy = await resident();
		const quiet = await resident();
		const gone = await resident();
		await follow(busy.portfolioId, { newOfferIds: ['vac-2'], collectedAt: '2026-12-05T10:00:00.000Z' });
		await follow(busy.portfolioId, { newOfferIds: ['opl-1', 'opl-2'], collectedAt: '2026-12-06T10:00:00.000Z' });
		await follow(quiet.portfolioId, { newOfferIds: [], collectedAt: '2026-12-06T10:00:00.000Z' });
		await follow(gone.portfolioId, { newOfferIds: ['vac-3'], collectedAt: '2026-12-06T10:00:00.000Z', deleted: true });

		const mailBefore = await queuedMail();
		await offerAlerts(handle.db, queue, now);
		expect(await told(busy.portfolioId)).toMatchObject([{ link: FOLLOWED_LINK, at: now.toISOString() }]);
		expect(await told(quiet.portfolioId)).toHaveLength(0);
		expect(await told(gone.portfolioId)).toHaveLength(0);
		expect(await queuedMail()).toBe(mailBefore + 1);

		// The same week: new offers again, but no second bericht until a week has passed.
		await follow(busy.portfolioId, { newOfferIds: ['vac-9'], collectedAt: '2026-12-08T10:00:00.000Z' });
		await offerAlerts(handle.db, queue, new Date('2026-12-10T08:00:00Z'));
		expect(await told(busy.portfolioId)).toHaveLength(1);
		await offerAlerts(handle.db, queue, new Date('2026-12-14T08:00:00Z'));
		expect(await told(busy.portfolioId)).toHaveLength(2);
		// Nothing found since: the next week stays quiet.
		await offerAlerts(handle.db, queue, new Date('2026-12-21T08:00:00Z'));
		expect(await told(busy.portfolioId)).toHaveLength(2);
	});

	it('leaves the bericht but sends no mail to a resident who turned aanbod mail off', async () => {
		const now = new Date('2026-12-07T08:00:00Z');
		const r = await resident();
		await setPreference(handle.db, r.userId, 'aanbod', 'mail', false);
		await follow(r.portfolioId, { newOfferIds: ['vac-1'], collectedAt: '2026-12-06T10:00:00.000Z' });
		const mailBefore = await queuedMail();
		await offerAlerts(handle.db, queue, now);
		expect(await told(r.portfolioId)).toHaveLength(1);
		expect(await queuedMail()).toBe(mailBefore);
	});
});
