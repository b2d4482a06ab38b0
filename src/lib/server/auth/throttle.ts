import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';

/** Failures allowed inside the window before a key is locked. */
export const THROTTLE_LIMITS = { account: 5, ip: 20 } as const;
const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;

export function throttleKeys(email: string, ip: string): { account: string; ip: string } {
	return { account: `account:${email}`, ip: `ip:${ip}` };
}

/** When any key is locked: the moment it opens again. */
export async function lockedUntil(db: Db, keys: string[], now = new Date()): Promise<Date | null> {
	const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
	const locks = rows.map((r) => r.lockedUntil).filter((d): d is Date => !!d && d > now);
	return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
}

export async function recordFailure(db: Db, key: string, limit: number, now = new Date()): Promise<void> {
	const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).limit(1);
	const windowOpen = row && now.getTime() - row.windowStartedAt.getTime() < WINDOW_MS;
	const failures = windowOpen ? row.failures + 1 : 1;
	const values = {
		failures,
		windowStartedAt: windowOpen ? row.windowStartedAt : now,
		lockedUntil: failures >= limit ? new Date(now.getTime() + LOCK_MS) : null
	};
	await db
		.insert(loginThrottle)
		.values({ key, ...values })
		.onConflictDoUpdate({ target: loginThrottle.key, set: values });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/**
 * Counters whose window has ended and whose lock (if any) has expired: they no longer change an answer,
 * and their key names an email address or an IP address, so they are not kept.
 */
export async function purgeFailures(db: Db, now = new Date()): Promise<number> {
	const removed = await db
		.delete(loginThrottle)
		.where(
			and(
				lt(loginThrottle.windowStartedAt, new Date(now.getTime() - WINDOW_MS)),
				or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now))
			)
		)
		.returning({ key: loginThrottle.key });
	return removed.length;
}
