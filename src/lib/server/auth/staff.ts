import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { STAFF_ROLES } from '$lib/shared/account';
import type { Db } from '$lib/server/db/client';
import { invitation, organisation, user, userRole } from '$lib/server/db/schema';
import { INVITATION_VALID_MS } from './accounts';
import { invalidateUserSessions } from './session';
import { hashSecret, randomToken } from './token';

export type StaffRole = (typeof STAFF_ROLES)[number];

/** A refused change to a staff account; `code` is a message key suffix the page translates. */
export class StaffError extends Error {
	constructor(readonly code: 'not-found' | 'self' | 'no-role') {
		super(code);
	}
}

export interface StaffAccount {
	id: string;
	email: string;
	displayName: string;
	/** Staff roles only: a resident role is the person's own and never shown or changed here. */
	roles: StaffRole[];
	organisationName: string | null;
	lastSignInAt: Date | null;
	deactivatedAt: Date | null;
}

/** Every account with at least one staff role, by name. */
export async function listStaffAccounts(db: Db): Promise<StaffAccount[]> {
	const rows = await db
		.select({
			id: user.id,
			email: user.email,
			displayName: user.displayName,
			organisationName: organisation.name,
			lastSignInAt: user.lastSignInAt,
			deactivatedAt: user.deactivatedAt,
			role: userRole.role
		})
		.from(user)
		.innerJoin(userRole, and(eq(userRole.userId, user.id), inArray(userRole.role, [...STAFF_ROLES])))
		.leftJoin(organisation, eq(organisation.id, user.organisationId))
		.orderBy(asc(sql`lower(${user.displayName})`), asc(user.id));
	const byId = new Map<string, StaffAccount>();
	for (const { role, ...row } of rows) {
		const entry = byId.get(row.id) ?? { ...row, roles: [] };
		entry.roles.push(role as StaffRole);
		byId.set(row.id, entry);
	}
	return [...byId.values()].map((a) => ({ ...a, roles: STAFF_ROLES.filter((r) => a.roles.includes(r)) }));
}

async function staffRolesOf(db: Db, userId: string): Promise<StaffRole[]> {
	const rows = await db
		.select({ role: userRole.role })
		.from(userRole)
		.where(and(eq(userRole.userId, userId), inArray(userRole.role, [...STAFF_ROLES])));
	return rows.map((r) => r.role as StaffRole);
}

/** Only accounts that hold a staff role can be managed here; a resident's account is not a beheerder's to switch off. */
async function requireStaffAccount(db: Db, userId: string): Promise<StaffRole[]> {
	const roles = await staffRolesOf(db, userId);
	if (roles.length === 0) throw new StaffError('not-found');
	return roles;
}

/** The account can no longer sign in and every session of it ends now. A beheerder cannot lock themself out. */
export async function deactivateAccount(db: Db, input: { actorId: string; userId: string; now?: Date }): Promise<void> {
	if (input.actorId === input.userId) throw new StaffError('self');
	await requireStaffAccount(db, input.userId);
	await db
		.update(user)
		.set({ deactivatedAt: input.now ?? new Date() })
		.where(and(eq(user.id, input.userId), isNull(user.deactivatedAt)));
	await invalidateUserSessions(db, input.userId);
}

export async function reactivateAccount(db: Db, input: { userId: string }): Promise<void> {
	await requireStaffAccount(db, input.userId);
	await db.update(user).set({ deactivatedAt: null }).where(eq(user.id, input.userId));
}

/**
 * Sets the staff roles of an account; a resident role it holds stays untouched. At least one staff role
 * stays (to stop someone working here, deactivate the account), and a beheerder keeps their own.
 */
export async function setStaffRoles(db: Db, input: { actorId: string; userId: string; roles: readonly StaffRole[] }): Promise<void> {
	const wanted = STAFF_ROLES.filter((r) => input.roles.includes(r));
	if (wanted.length === 0) throw new StaffError('no-role');
	if (input.actorId === input.userId && !wanted.includes('beheerder')) throw new StaffError('self');
	const current = await requireStaffAccount(db, input.userId);
	await db.transaction(async (tx) => {
		const removed = current.filter((r) => !wanted.includes(r));
		if (removed.length > 0) await tx.delete(userRole).where(and(eq(userRole.userId, input.userId), inArray(userRole.role, removed)));
		const added = wanted.filter((r) => !current.includes(r));
		if (added.length > 0) await tx.insert(userRole).values(added.map((role) => ({ userId: input.userId, role }))).onConflictDoNothing();
	});
}

/**
 * A new link for an invitation nobody accepted or revoked: only the hash of the old secret is stored, so
 * the secret is replaced (the old link stops working) and the invitation runs a new week. Returns the new
 * token, or null when there is no such invitation to send again.
 */
export async function renewInvitation(db: Db, id: string, now = new Date()): Promise<{ token: string; email: string } | null> {
	const secret = randomToken();
	const [row] = await db
		.update(invitation)
		.set({ secretHash: hashSecret(secret), expiresAt: new Date(now.getTime() + INVITATION_VALID_MS), mailStatus: 'queued', mailSentAt: null })
		.where(and(eq(invitation.id, id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
		.returning({ id: invitation.id, email: invitation.email });
	return row ? { token: `${row.id}.${secret}`, email: row.email } : null;
}
