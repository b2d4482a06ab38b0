import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import { createSession, validateSessionToken, INACTIVITY_TIMEOUT_MS } from './auth/session';
import { countAttempt, throttleKey } from './auth/throttle';
import type { DbHandle } from './db/client';
import { gesprekCode, mailDelivery, portfolioSyncHorizon, session, skillClaim, throttleCounter } from './db/schema';
import { openTestDatabase } from './db/testing';
import { describeMaintenance, runMaintenance } from './maintenance';
import { makeResident } from './sync/testing';
import { TOMBSTONE_RETENTION_DAYS } from './sync/tombstones';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

describe('maintenance', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle.close();
	});

	it('removes only what no longer changes an answer, and a second run removes nothing', async () => {
		const db = handle.db;
		const now = new Date();
		const resident = await makeResident(db);
		const ago = (ms: number) => new Date(now.getTime() - ms);

		// Tombstones: one past the retention, one recent, and a live record.
		const [oldTomb, newTomb, live] = [newId(), newId(), newId()];
		await db.insert(skillClaim).values([
			{ id: oldTomb, portfolioId: resident.portfolioId, version: 1, skillId: 'lassen', level: 2, source: 'zelf', deletedAt: ago((TOMBSTONE_RETENTION_DAYS + 1) * DAY) },
			{ id: newTomb, portfolioId: resident.portfolioId, version: 2, skillId: 'koken', level: 2, source: 'zelf', deletedAt: ago(DAY) },
			{ id: live, portfolioId: resident.portfolioId, version: 3, skillId: 'plannen', level: 2, source: 'zelf' }
		]);

		// Sessions: one idle past the timeout, one in use.
		const idle = await createSession(db, resident.userId, ago(INACTIVITY_TIMEOUT_MS + MINUTE));
		const active = await createSession(db, resident.userId, ago(MINUTE));

		// Throttle counters: an ended window, a current window, and an ended window whose lock still holds.
		await countAttempt(db, [throttleKey('signInAccount', 'oud@example.nl')], ago(20 * MINUTE));
		await countAttempt(db, [throttleKey('gesprekAccount', resident.userId)], ago(MINUTE));
		await db.insert(throttleCounter).values({ key: 'signin:ip:192.0.2.1', attempts: 20, windowStartedAt: ago(20 * MINUTE), lockedUntil: new Date(now.getTime() + 5 * MINUTE) });

		// Gesprek codes: unused and expired two days ago, unused and expired an hour ago, used long ago, still valid.
		const code = (name: string, expiresAt: Date, usedAt: Date | null = null) => ({ code: name, portfolioId: resident.portfolioId, sections: ['skills'], grantHours: 24, expiresAt, usedAt });
		await db.insert(gesprekCode).values([code('OUD00-00000', ago(2 * DAY)), code('LAAT0-00000', ago(60 * MINUTE)), code('GEBRU-IKT00', ago(2 * DAY), ago(2 * DAY - MINUTE)), code('GELDI-G0000', new Date(now.getTime() + 5 * MINUTE))]);

		// Mail delivery records: one past the retention, one of a job that could still run again.
		const [oldDelivery, newDelivery] = [newId(), newId()];
		await db.insert(mailDelivery).values([
			{ jobId: oldDelivery, sentAt: ago(49 * 60 * MINUTE) },
			{ jobId: newDelivery, sentAt: ago(60 * MINUTE) }
		]);

		const result = await runMaintenance(db, now);
		expect(result).toEqual({ tombstones: 1, idleSessions: 1, throttleCounters: 1, expiredGesprekCodes: 1, mailDeliveries: 1, expiredVacatures: 0 });
		expect(describeMaintenance(result)).toBe('1 tombstone, 1 idle session, 1 throttle counter, 1 expired gesprek code, 1 mail delivery record, 0 expired vacatures');

		expect((await db.select({ id: skillClaim.id }).from(skillClaim)).map((r) => r.id).sort()).toEqual([newTomb, live].sort());
		// Devices behind the removed tombstone re-bootstrap instead of missing the delete.
		expect(await db.select().from(portfolioSyncHorizon)).toEqual([{ portfolioId: resident.portfolioId, purgedThrough: 1 }]);
		expect((await db.select({ id: session.id }).from(session)).map((r) => r.id)).toEqual([active.id]);
		expect(await validateSessionToken(db, idle.token, now)).toBeNull();
		expect(await validateSessionToken(db, active.token, now)).not.toBeNull();
		expect((await db.select({ key: throttleCounter.key }).from(throttleCounter)).map((r) => r.key).sort()).toEqual([`gesprek:account:${resident.userId}`, 'signin:ip:192.0.2.1']);
		expect(await countAttempt(db, [throttleKey('signInAddress', '192.0.2.1')], now)).toMatchObject({ allowed: false });
		expect((await db.select({ code: gesprekCode.code }).from(gesprekCode)).map((r) => r.code).sort()).toEqual(['GEBRU-IKT00', 'GELDI-G0000', 'LAAT0-00000']);

		expect((await db.select({ jobId: mailDelivery.jobId }).from(mailDelivery)).map((r) => r.jobId)).toEqual([newDelivery]);

		expect(await runMaintenance(db, now)).toEqual({ tombstones: 0, idleSessions: 0, throttleCounters: 0, expiredGesprekCodes: 0, mailDeliveries: 0, expiredVacatures: 0 });
	});
});
