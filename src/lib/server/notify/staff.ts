import { and, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { StaffBerichtKind } from '$lib/shared/notices';
import type { Role } from '$lib/shared/roles';
import type { Mutation } from '$lib/shared/sync/protocol';
import type { Db } from '$lib/server/db/client';
import { pushSubscription, shareGrant, staffBericht, user, userRole } from '$lib/server/db/schema';
import { errorCode } from '$lib/server/http/unavailable';
import { jobs } from '$lib/server/jobs';
import type { JobQueue } from '$lib/server/jobs/queue';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/job';
import { PUSH_QUEUE, type PushJob } from '$lib/server/push/job';
import { wants } from './preferences';

/**
 * Tells advisers or beheerders that work waits for them: a bericht on their `/berichten` page and, as each
 * chose, a mail to a checked address and a push message to each device where they turned push on. As for
 * residents, none of them says whose work it is or what it holds: only the kind and a link to sign in.
 *
 * While an earlier bericht of the same kind and link is still unread, nothing new is sent: ten changes to one
 * resident's EVC-bewijs are one thing to look at, not ten mails.
 */
export async function notifyStaff(
	db: Db,
	queue: JobQueue,
	input: { userIds: readonly string[]; kind: StaffBerichtKind; link: string },
	now = new Date()
): Promise<number> {
	const ids = [...new Set(input.userIds)];
	if (ids.length === 0) return 0;
	const people = await db
		.select({ id: user.id, verified: user.emailVerifiedAt })
		.from(user)
		.where(and(inArray(user.id, ids), isNull(user.deactivatedAt)));
	let told = 0;
	for (const person of people) {
		const [waiting] = await db
			.select({ id: staffBericht.id })
			.from(staffBericht)
			.where(and(eq(staffBericht.userId, person.id), eq(staffBericht.kind, input.kind), eq(staffBericht.link, input.link), isNull(staffBericht.readAt)))
			.limit(1);
		if (waiting) continue;
		await db.insert(staffBericht).values({ id: newId(), userId: person.id, kind: input.kind, link: input.link, at: now });
		told++;
		if (person.verified && (await wants(db, person.id, input.kind, 'mail'))) {
			await queue.send(MAIL_QUEUE, { kind: 'notice', userId: person.id, notice: input.kind, link: input.link } satisfies MailJob);
		}
		const devices = await db.select({ id: pushSubscription.id }).from(pushSubscription).where(eq(pushSubscription.userId, person.id));
		if (devices.length > 0 && (await wants(db, person.id, input.kind, 'push'))) {
			for (const device of devices) await queue.send(PUSH_QUEUE, { subscriptionId: device.id, kind: input.kind, link: input.link } satisfies PushJob);
		}
	}
	return told;
}

/** For route handlers, after the work itself was saved: a failure to tell is logged, never a failed request. */
export async function notifyStaffAfter(db: Db, input: { userIds: readonly string[]; kind: StaffBerichtKind; link: string }): Promise<void> {
	try {
		await notifyStaff(db, await jobs(), input);
	} catch (error) {
		console.error(`[notify] ${input.kind} not delivered to staff: ${errorCode(error)}`);
	}
}

/** Advisers a resident shares this section with now. */
export async function advisersSharedWith(db: Db, portfolioId: string, section: string, now = new Date()): Promise<string[]> {
	const rows = await db
		.selectDistinct({ id: shareGrant.granteeUserId })
		.from(shareGrant)
		.innerJoin(userRole, and(eq(userRole.userId, shareGrant.granteeUserId), eq(userRole.role, 'adviseur')))
		.where(and(eq(shareGrant.portfolioId, portfolioId), isNull(shareGrant.revokedAt), gt(shareGrant.expiresAt, now), sql`${shareGrant.sections} ? ${section}`));
	return rows.map((r) => r.id!).filter(Boolean);
}

/** Every account in use with this role. */
export async function staffWithRole(db: Db, role: Role): Promise<string[]> {
	const rows = await db
		.select({ id: user.id })
		.from(userRole)
		.innerJoin(user, eq(user.id, userRole.userId))
		.where(and(eq(userRole.role, role), isNull(user.deactivatedAt)));
	return rows.map((r) => r.id);
}

/**
 * After a resident's push: EVC-bewijs that changed, or a track signed up for assessment, waits for the
 * advisers the resident shares EVC with; a new skill waits for those who see the skills, to validate.
 */
export async function afterResidentPush(db: Db, portfolioId: string, applied: readonly Pick<Mutation, 'entity' | 'op' | 'patch'>[]): Promise<void> {
	const link = `/adviseur/inwoner/${portfolioId}`;
	const evc = applied.some(
		(m) => (m.entity === 'evcEvidence' && m.op !== 'delete') || (m.entity === 'evcTrack' && (m.patch as { status?: string } | undefined)?.status === 'aangemeld')
	);
	const skill = applied.some((m) => m.entity === 'skillClaim' && m.op === 'create');
	if (evc) await notifyStaffAfter(db, { userIds: await advisersSharedWith(db, portfolioId, 'evc'), kind: 'bewijs', link });
	if (skill) await notifyStaffAfter(db, { userIds: await advisersSharedWith(db, portfolioId, 'skills'), kind: 'validatieverzoek', link });
}

/** A new voucher aanvraag: any adviser may take it up. */
export async function afterVoucherSubmitted(db: Db, applicationId: string): Promise<void> {
	await notifyStaffAfter(db, { userIds: await staffWithRole(db, 'adviseur'), kind: 'aanvraag', link: `/adviseur/vouchers/${applicationId}` });
}

/** A voucher step that hands the application on: a scholingsplan waits for the fund's check by a beheerder. */
export async function afterVoucherStep(db: Db, application: { id: string; status: string }): Promise<void> {
	if (application.status === 'scholingsplan') {
		await notifyStaffAfter(db, { userIds: await staffWithRole(db, 'beheerder'), kind: 'fondstoets', link: `/beheer/vouchers/${application.id}` });
	}
}

export const STAFF_BERICHTEN_SHOWN = 100;

/** This person's berichten as staff, newest first. */
export function staffBerichtenOf(db: Db, userId: string) {
	return db
		.select({ id: staffBericht.id, kind: staffBericht.kind, link: staffBericht.link, at: staffBericht.at, readAt: staffBericht.readAt })
		.from(staffBericht)
		.where(eq(staffBericht.userId, userId))
		.orderBy(desc(staffBericht.at), desc(staffBericht.id))
		.limit(STAFF_BERICHTEN_SHOWN) as Promise<{ id: string; kind: StaffBerichtKind; link: string; at: Date; readAt: Date | null }[]>;
}

export async function unreadStaffBerichten(db: Db, userId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(staffBericht).where(and(eq(staffBericht.userId, userId), isNull(staffBericht.readAt)));
	return Number(row?.n ?? 0);
}

/** Marks one of this person's berichten read and gives its link; null when it is not theirs. */
export async function openStaffBericht(db: Db, userId: string, id: string, now = new Date()): Promise<string | null> {
	const [row] = await db
		.update(staffBericht)
		.set({ readAt: sql`coalesce(${staffBericht.readAt}, ${now.toISOString()}::timestamptz)` })
		.where(and(eq(staffBericht.id, id), eq(staffBericht.userId, userId)))
		.returning({ link: staffBericht.link });
	return row?.link ?? null;
}

export async function readAllStaffBerichten(db: Db, userId: string, now = new Date()): Promise<number> {
	const rows = await db
		.update(staffBericht)
		.set({ readAt: now })
		.where(and(eq(staffBericht.userId, userId), isNull(staffBericht.readAt)))
		.returning({ id: staffBericht.id });
	return rows.length;
}
