import { eq, lt, or, sql } from 'drizzle-orm';
import { preparedPerDb, type Db } from '$lib/server/db/client';
import { session, user, userRole, type Role } from '$lib/server/db/schema';
import { newToken, secretMatches, splitToken } from './token';
import type { AppLocale } from '$lib/shared/locale';

export const SESSION_COOKIE = 'tp_session';
/** A session ends after this long without a request. */
export const INACTIVITY_TIMEOUT_MS = Number(process.env.SESSION_INACTIVITY_SECONDS ?? 60 * 60 * 24 * 7) * 1000;
/**
 * A session ends this long after sign-in however much it is used, so a stolen or forgotten session on a
 * shared computer cannot live on forever by being kept busy.
 */
export const ABSOLUTE_TIMEOUT_MS = Number(process.env.SESSION_MAX_AGE_SECONDS ?? 60 * 60 * 24 * 30) * 1000;
/** `last_verified_at` is written at most this often, not on every request. */
const ACTIVITY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	roles: Role[];
	organisationId: string | null;
	locale: AppLocale;
	/** The person proved they read mail at `email`; until then nothing addressed to that address binds to them. */
	emailVerified: boolean;
}

export interface ValidSession {
	id: string;
	user: SessionUser;
}

export async function createSession(db: Db, userId: string, now = new Date()): Promise<{ token: string; id: string }> {
	const { id, token, secretHash } = newToken();
	await db.insert(session).values({ id, secretHash, userId, createdAt: now, lastVerifiedAt: now });
	return { id, token };
}

/** One round trip, prepared once per connection: the session, its user and the user's roles. */
const sessionStatement = preparedPerDb((db) =>
	db
		.select({
			id: session.id,
			secretHash: session.secretHash,
			lastVerifiedAt: session.lastVerifiedAt,
			createdAt: session.createdAt,
			userId: user.id,
			email: user.email,
			displayName: user.displayName,
			organisationId: user.organisationId,
			locale: user.locale,
			emailVerifiedAt: user.emailVerifiedAt,
			deactivatedAt: user.deactivatedAt,
			roles: sql<Role[]>`(select coalesce(json_agg(${userRole.role}), '[]'::json) from ${userRole} where ${userRole.userId} = ${user.id})`
		})
		.from(session)
		.innerJoin(user, eq(user.id, session.userId))
		.where(eq(session.id, sql.placeholder('id')))
		.limit(1)
		.prepare('session_check')
);

export async function validateSessionToken(db: Db, token: string, now = new Date()): Promise<ValidSession | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await sessionStatement(db).execute({ id: parts.id });
	if (!row) return null;
	if (!secretMatches(parts.secret, row.secretHash)) return null;
	// Deactivating ends the sessions; a session made after that (an invitation accepted) signs nobody in either.
	if (row.deactivatedAt) return null;
	const idleFor = now.getTime() - row.lastVerifiedAt.getTime();
	if (idleFor >= INACTIVITY_TIMEOUT_MS || now.getTime() - row.createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) {
		await db.delete(session).where(eq(session.id, row.id));
		return null;
	}
	if (idleFor >= ACTIVITY_CHECK_INTERVAL_MS) {
		await db.update(session).set({ lastVerifiedAt: now }).where(eq(session.id, row.id));
	}
	const roles = (typeof row.roles === 'string' ? (JSON.parse(row.roles) as Role[]) : row.roles).slice().sort();
	return {
		id: row.id,
		user: {
			id: row.userId,
			email: row.email,
			displayName: row.displayName,
			roles,
			organisationId: row.organisationId,
			locale: row.locale,
			emailVerified: row.emailVerifiedAt !== null
		}
	};
}

export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
	const [u] = await db.select().from(user).where(eq(user.id, userId)).limit(1);
	if (!u) return null;
	const roles = await db.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId));
	return {
		id: u.id,
		email: u.email,
		displayName: u.displayName,
		roles: roles.map((r) => r.role).sort(),
		organisationId: u.organisationId,
		locale: u.locale,
		emailVerified: u.emailVerifiedAt !== null
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(session).where(eq(session.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.delete(session).where(eq(session.userId, userId));
}

/** Sessions idle for longer than the inactivity timeout: they no longer sign anyone in, so they go. */
export async function purgeIdleSessions(db: Db, now = new Date()): Promise<number> {
	const removed = await db
		.delete(session)
		.where(
			or(lt(session.lastVerifiedAt, new Date(now.getTime() - INACTIVITY_TIMEOUT_MS)), lt(session.createdAt, new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS)))
		)
		.returning({ id: session.id });
	return removed.length;
}
