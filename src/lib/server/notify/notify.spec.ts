import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import type { APK_SCAN_STATUSES } from '$lib/shared/sync/entities/apk';
import type { DbHandle } from '$lib/server/db/client';
import { apkScan, bericht, portfolio, staffBericht, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { startQueue, type JobQueue } from '$lib/server/jobs/queue';
import { MAIL_QUEUE } from '$lib/server/mail/job';
import { createGrant } from '$lib/server/sharing/grants';
import { makeResident, makeUser } from '$lib/server/sync/testing';
import { notify, setPreference } from '.';
import { apkDueReminders } from './apk-due';
import { advisersSharedWith, notifyStaff, openStaffBericht, staffBerichtenOf, staffWithRole, unreadStaffBerichten } from './staff';

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

async function queuedMail(): Promise<number> {
	return queue.boss.getQueueSize(MAIL_QUEUE);
}

async function ownerOf(portfolioId: string): Promise<string> {
	const [row] = await handle.db.select({ id: portfolio.ownerId }).from(portfolio).where(eq(portfolio.id, portfolioId));
	return row!.id;
}

describe('notify', () => {
	it('leaves a synced bericht, and mails only a checked address that wants this kind', async () => {
		const resident = await makeResident(handle.db);
		const owner = await ownerOf(resident.portfolioId);
		const before = await queuedMail();
		await notify(handle.db, queue, { portfolioId: resident.portfolioId, kind: 'validatie' });
		const rows = await handle.db.select().from(bericht).where(eq(bericht.portfolioId, resident.portfolioId));
		expect(rows).toMatchObject([{ kind: 'validatie', link: '/mijn/skills', readAt: null }]);
		expect(rows[0]!.version).toBeGreaterThan(0);
		// Not checked yet: no mail.
		expect(await queuedMail()).toBe(before);

		await handle.db.update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, owner));
		await notify(handle.db, queue, { portfolioId: resident.portfolioId, kind: 'validatie' });
		expect(await queuedMail()).toBe(before + 1);

		await setPreference(handle.db, owner, 'validatie', 'mail', false);
		await notify(handle.db, queue, { portfolioId: resident.portfolioId, kind: 'validatie' });
		expect(await queuedMail()).toBe(before + 1);
		expect(await handle.db.select().from(bericht).where(eq(bericht.portfolioId, resident.portfolioId))).toHaveLength(3);
	});
});

describe('APK reminders', () => {
	it('tells a resident once, a year after their last finished APK', async () => {
		const now = new Date('2026-12-02T09:00:00Z');
		const old = await makeResident(handle.db);
		const recent = await makeResident(handle.db);
		const scan = (portfolioId: string, completedAt: string) => ({
			id: newId(),
			portfolioId,
			version: 1,
			modelVersion: '1',
			status: 'completed' satisfies (typeof APK_SCAN_STATUSES)[number],
			startedAt: completedAt,
			completedAt
		});
		await handle.db.insert(apkScan).values([scan(old.portfolioId, '2025-11-20T10:00:00.000Z'), scan(recent.portfolioId, '2026-03-01T10:00:00.000Z')]);

		expect(await apkDueReminders(handle.db, queue, now)).toBe(1);
		const told = await handle.db.select().from(bericht).where(and(eq(bericht.portfolioId, old.portfolioId), eq(bericht.kind, 'apk')));
		expect(told).toHaveLength(1);
		expect(await handle.db.select().from(bericht).where(eq(bericht.portfolioId, recent.portfolioId))).toHaveLength(0);
		// A second run tells nobody again.
		expect(await apkDueReminders(handle.db, queue, new Date('2026-12-03T09:00:00Z'))).toBe(0);
	});
});

describe('berichten for staff', () => {
	it('tells the advisers a resident shares EVC with, once until they have read it, by mail only to a checked address', async () => {
		const resident = await makeResident(handle.db);
		const sharing = (await makeUser(handle.db, ['adviseur'])).userId;
		const other = (await makeUser(handle.db, ['adviseur'])).userId;
		const skillsOnly = (await makeUser(handle.db, ['adviseur'])).userId;
		const hour = new Date(Date.now() + 3_600_000);
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: sharing }, sections: ['evc', 'skills'], origin: 'gesprek', expiresAt: hour });
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: skillsOnly }, sections: ['skills'], origin: 'gesprek', expiresAt: hour });
		expect(await advisersSharedWith(handle.db, resident.portfolioId, 'evc')).toEqual([sharing]);
		expect((await advisersSharedWith(handle.db, resident.portfolioId, 'skills')).sort()).toEqual([sharing, skillsOnly].sort());
		expect(await staffWithRole(handle.db, 'adviseur')).toEqual(expect.arrayContaining([sharing, other, skillsOnly]));

		const link = `/adviseur/inwoner/${resident.portfolioId}`;
		const before = await queuedMail();
		expect(await notifyStaff(handle.db, queue, { userIds: [sharing], kind: 'bewijs', link })).toBe(1);
		// Not checked: the bericht, no mail.
		expect(await queuedMail()).toBe(before);
		const [first] = await staffBerichtenOf(handle.db, sharing);
		expect(first).toMatchObject({ kind: 'bewijs', link, readAt: null });
		expect(await unreadStaffBerichten(handle.db, sharing)).toBe(1);
		expect(await staffBerichtenOf(handle.db, other)).toEqual([]);

		// While it is unread, more changes to the same work are not told again.
		await handle.db.update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, sharing));
		expect(await notifyStaff(handle.db, queue, { userIds: [sharing], kind: 'bewijs', link })).toBe(0);
		expect(await queuedMail()).toBe(before);
		// Someone else's bericht cannot be opened; one's own is read and gives its link.
		expect(await openStaffBericht(handle.db, other, first!.id)).toBeNull();
		expect(await openStaffBericht(handle.db, sharing, first!.id)).toBe(link);
		expect(await unreadStaffBerichten(handle.db, sharing)).toBe(0);
		expect(await notifyStaff(handle.db, queue, { userIds: [sharing], kind: 'bewijs', link })).toBe(1);
		expect(await queuedMail()).toBe(before + 1);

		// Turned off by mail: the bericht still comes, the mail does not; a switched-off account gets nothing.
		await setPreference(handle.db, sharing, 'validatieverzoek', 'mail', false);
		expect(await notifyStaff(handle.db, queue, { userIds: [sharing], kind: 'validatieverzoek', link })).toBe(1);
		expect(await queuedMail()).toBe(before + 1);
		await handle.db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, other));
		expect(await notifyStaff(handle.db, queue, { userIds: [other], kind: 'aanvraag', link: '/adviseur/vouchers' })).toBe(0);
		expect(await handle.db.select().from(staffBericht).where(eq(staffBericht.userId, other))).toEqual([]);
	});
});
