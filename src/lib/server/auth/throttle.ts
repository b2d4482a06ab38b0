import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { throttleCounter } from '$lib/server/db/schema';

/**
 * Protective counters: how many attempts one account or one address may make at something secret (a
 * password, a gesprek code, an APK invitation code, whether an email address has an account).
 *
 * An attempt is counted before the secret is checked, in one `insert … on conflict do update … returning`,
 * so parallel attempts each get their own number and only those within the limit are checked. An attempt
 * that succeeds gives its count back (a sign-in forgives the account everything counted up to it), so what
 * stays counted are failures and attempts still being checked. See docs/decisions.md.
 */

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;

/** Per kind of key: its prefix and how many attempts it may count in one window. */
export const THROTTLES = {
	signInAccount: { prefix: 'signin:account:', limit: 5 },
	signInAddress: { prefix: 'signin:ip:', limit: 20 },
	gesprekAccount: { prefix: 'gesprek:account:', limit: 10 },
	gesprekAddress: { prefix: 'gesprek:ip:', limit: 30 },
	apkAccount: { prefix: 'apk:account:', limit: 10 },
	apkAddress: { prefix: 'apk:ip:', limit: 30 },
	registerAddress: { prefix: 'register:ip:', limit: 10 },
	/** Mails we send on request (a reset link, a new check code): to one address, and from one address. */
	mailAccount: { prefix: 'mail:account:', limit: 5 },
	mailAddress: { prefix: 'mail:ip:', limit: 20 },
	/** Checks of a credential from elsewhere: each may read up to three documents from another server. */
	credentialImportAccount: { prefix: 'credential-import:account:', limit: 20 }
} as const;

export type ThrottleKind = keyof typeof THROTTLES;

export interface ThrottleKey {
	key: string;
	limit: number;
}

/** `signin:account:<email>`, `gesprek:ip:<address>`, … */
export function throttleKey(kind: ThrottleKind, value: string): ThrottleKey {
	const { prefix, limit } = THROTTLES[kind];
	return { key: `${prefix}${value}`, limit };
}

/** The counters that name this person (sign-in by email, code guessing by account id), for export and deletion. */
export function personalThrottleKeys(person: { userId: string; email: string }): string[] {
	return [
		throttleKey('signInAccount', person.email).key,
		throttleKey('gesprekAccount', person.userId).key,
		throttleKey('apkAccount', person.userId).key,
		throttleKey('mailAccount', person.email).key,
		throttleKey('credentialImportAccount', person.userId).key
	];
}

interface Counted extends ThrottleKey {
	/** This attempt's own number in the window. */
	attempts: number;
	windowStartedAt: Date;
}

/** One counted attempt: whether it may be checked, and what to undo or lock once it has been. */
export type Attempt = { now: Date; counted: Counted[] } & ({ allowed: true } | { allowed: false; retryAt: Date });

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const later = (a: Date | null, b: Date) => (a && a > b ? a : b);

/**
 * Counts one attempt on every key in a single statement and answers from the numbers it returns: the
 * attempt may go on to the check when every key is within its limit and none is locked. A window that
 * ended (and is not locked) starts again at 1.
 */
export async function countAttempt(db: Db, keys: readonly ThrottleKey[], now = new Date()): Promise<Attempt> {
	// Sorted, so two statements that share keys lock their rows in the same order.
	const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const t = throttleCounter;
	const running = sql`(${t.lockedUntil} > ${at(now)} or ${t.windowStartedAt} > ${at(new Date(now.getTime() - THROTTLE_WINDOW_MS))})`;
	const rows = await db
		.insert(t)
		.values(sorted.map((k) => ({ key: k.key, attempts: 1, windowStartedAt: now, lockedUntil: null })))
		.onConflictDoUpdate({
			target: t.key,
			set: {
				attempts: sql`case when ${running} then ${t.attempts} + 1 else 1 end`,
				windowStartedAt: sql`case when ${running} then ${t.windowStartedAt} else excluded.window_started_at end`,
				lockedUntil: sql`case when ${t.lockedUntil} > ${at(now)} then ${t.lockedUntil} else null end`
			}
		})
		.returning();

	const counted: Counted[] = [];
	let retryAt: Date | null = null;
	for (const k of sorted) {
		const row = rows.find((r) => r.key === k.key)!;
		counted.push({ ...k, attempts: row.attempts, windowStartedAt: row.windowStartedAt });
		const locked = row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
		// Over the limit without a lock yet: the attempt that reached it is still being checked and will lock.
		if (locked || row.attempts > k.limit) retryAt = later(retryAt, locked ?? new Date(now.getTime() + THROTTLE_LOCK_MS));
	}
	return retryAt ? { now, counted, allowed: false, retryAt } : { now, counted, allowed: true };
}

/**
 * The check failed: the attempt stays counted, and every key that has reached its limit is locked (a lock
 * already running is kept, not extended). Returns when the attempt's keys open again, or null when none is locked.
 */
export async function attemptFailed(db: Db, attempt: Attempt): Promise<Date | null> {
	const t = throttleCounter;
	const lockEnd = new Date(attempt.now.getTime() + THROTTLE_LOCK_MS);
	let retryAt: Date | null = null;
	for (const c of attempt.counted) {
		if (c.attempts < c.limit) continue;
		const [row] = await db
			.update(t)
			.set({ lockedUntil: sql`case when ${t.lockedUntil} > ${at(attempt.now)} then ${t.lockedUntil} else ${at(lockEnd)} end` })
			.where(and(eq(t.key, c.key), sql`${t.attempts} >= ${c.limit}`))
			.returning({ lockedUntil: t.lockedUntil });
		if (row?.lockedUntil) retryAt = later(retryAt, row.lockedUntil);
	}
	return retryAt;
}

/**
 * The check passed. Keys in `reset` forgive everything counted up to and including this attempt (a sign-in
 * with the right password); the other keys only give this attempt back, so they count failures. Attempts
 * counted after this one stay counted. A key that drops below its limit is no longer locked.
 */
export async function attemptSucceeded(db: Db, attempt: Attempt, reset: readonly ThrottleKey[] = []): Promise<void> {
	const t = throttleCounter;
	for (const c of attempt.counted) {
		const forgiven = reset.some((r) => r.key === c.key) ? c.attempts : 1;
		await db
			.update(t)
			.set({
				attempts: sql`greatest(${t.attempts} - ${forgiven}, 0)`,
				lockedUntil: sql`case when ${t.attempts} - ${forgiven} >= ${c.limit} then ${t.lockedUntil} else null end`
			})
			// Only in the window it was counted in.
			.where(and(eq(t.key, c.key), eq(t.windowStartedAt, c.windowStartedAt)));
	}
}

/**
 * Counters whose window has ended and whose lock (if any) has expired: they no longer change an answer,
 * and their key names an email address, an account or an IP address, so they are not kept.
 */
export async function purgeThrottleCounters(db: Db, now = new Date()): Promise<number> {
	const t = throttleCounter;
	const removed = await db
		.delete(t)
		.where(and(lt(t.windowStartedAt, new Date(now.getTime() - THROTTLE_WINDOW_MS)), or(isNull(t.lockedUntil), lt(t.lockedUntil, now))))
		.returning({ key: t.key });
	return removed.length;
}
