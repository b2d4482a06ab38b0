import { purgeIdleSessions } from './auth/session';
import { purgeThrottleCounters } from './auth/throttle';
import type { Db } from './db/client';
import { errorCode } from './http/unavailable';
import { purgeMailDeliveries } from './mail/jobs';
import { purgeExpiredGesprekCodes } from './sharing/gesprek';
import { purgeTombstones } from './sync/tombstones';
import { withdrawExpiredOffers } from './vacatures/service';

export interface MaintenanceResult {
	/** Deleted records older than the tombstone retention (devices further behind re-bootstrap). */
	tombstones: number;
	idleSessions: number;
	/** Protective counters (sign-in, codes, registration) whose window and lock have ended. */
	throttleCounters: number;
	expiredGesprekCodes: number;
	/** Records of accepted mails whose job can no longer run again. */
	mailDeliveries: number;
	/** Employers' vacatures past their end date, taken out of the catalogue. */
	expiredVacatures: number;
}

/**
 * The housekeeping that keeps nothing longer than it is needed. Every step only removes rows that no
 * longer change an answer, so running it twice, or on two instances at once, does no harm.
 */
export async function runMaintenance(db: Db, now = new Date()): Promise<MaintenanceResult> {
	return {
		tombstones: await purgeTombstones(db, now),
		idleSessions: await purgeIdleSessions(db, now),
		throttleCounters: await purgeThrottleCounters(db, now),
		expiredGesprekCodes: await purgeExpiredGesprekCodes(db, now),
		mailDeliveries: await purgeMailDeliveries(db, now),
		expiredVacatures: await withdrawExpiredOffers(db, now)
	};
}

const NAMES: Record<keyof MaintenanceResult, [one: string, many: string]> = {
	tombstones: ['tombstone', 'tombstones'],
	idleSessions: ['idle session', 'idle sessions'],
	throttleCounters: ['throttle counter', 'throttle counters'],
	expiredGesprekCodes: ['expired gesprek code', 'expired gesprek codes'],
	mailDeliveries: ['mail delivery record', 'mail delivery records'],
	expiredVacatures: ['expired vacature', 'expired vacatures']
};

/** "2 tombstones, 0 idle sessions, …" for the log. */
export function describeMaintenance(result: MaintenanceResult): string {
	return (Object.keys(NAMES) as (keyof MaintenanceResult)[]).map((key) => `${result[key]} ${NAMES[key][result[key] === 1 ? 0 : 1]}`).join(', ');
}

/**
 * Runs the housekeeping a minute after start and then every `MAINTENANCE_INTERVAL_MINUTES` (default 360;
 * 0 turns it off, e.g. when a scheduled `npm run maintenance` does it). The timer never keeps the
 * process alive, and a failure (the database away) is logged by its code and tried again next time.
 */
export function scheduleMaintenance(db: () => Promise<Db>, log: (line: string) => void = console.log): void {
	const minutes = Number(process.env.MAINTENANCE_INTERVAL_MINUTES ?? 360);
	if (!(minutes > 0)) return;
	const run = async () => {
		try {
			const result = await runMaintenance(await db());
			log(`[maintenance] removed ${describeMaintenance(result)}`);
		} catch (error) {
			console.error(`[maintenance] failed: ${errorCode(error)}`);
		}
	};
	setTimeout(run, 60_000).unref();
	setInterval(run, minutes * 60_000).unref();
}
