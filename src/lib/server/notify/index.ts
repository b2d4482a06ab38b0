import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { eq } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { NoticeKind } from '$lib/shared/notices';
import type { BerichtKind } from '$lib/shared/sync/entities/bericht';
import type { Db } from '$lib/server/db/client';
import { portfolio, pushSubscription, user } from '$lib/server/db/schema';
import { errorCode } from '$lib/server/http/unavailable';
import { jobs } from '$lib/server/jobs';
import type { JobQueue } from '$lib/server/jobs/queue';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/job';
import { PUSH_QUEUE, type PushJob } from '$lib/server/push/job';
import { writeEntities } from '$lib/server/sync/server-write';
import { setPreference, wants } from './preferences';

export { CHANNELS, preferencesOf, setPreference, wants, type Channel } from './preferences';

/** Where each kind of bericht points in the app. */
export const BERICHT_LINKS: Record<BerichtKind, string> = {
	validatie: '/mijn/skills',
	suggestie: '/mijn/plan',
	verslag: '/mijn/delen',
	contactverzoek: '/mijn/delen/talentpool',
	voucher: '/mijn/vouchers',
	apk: '/mijn/apk',
	aanbod: '/mijn/aanbod'
};

/**
 * Tells the owner of a portfolio that there is something new: a bericht in the app (synced to their devices,
 * readable offline) and, as they chose, a mail to their checked address and a push message to each device
 * where they turned push on. None of them says what is new — only what kind of thing, and where to look
 * after signing in.
 */
export async function notify(
	db: Db,
	queue: JobQueue,
	input: { portfolioId: string; kind: BerichtKind; link?: string },
	now = new Date()
): Promise<void> {
	const [owner] = await db
		.select({ id: user.id, verified: user.emailVerifiedAt })
		.from(portfolio)
		.innerJoin(user, eq(user.id, portfolio.ownerId))
		.where(eq(portfolio.id, input.portfolioId))
		.limit(1);
	if (!owner) return;
	const link = input.link ?? BERICHT_LINKS[input.kind];
	await writeEntities(db, { userId: owner.id, role: 'systeem' }, input.portfolioId, [
		{ entity: 'bericht', entityId: newId(), op: 'create', patch: { kind: input.kind, at: now.toISOString(), link }, baseVersion: 0 }
	]);
	if (owner.verified && (await wants(db, owner.id, input.kind, 'mail'))) {
		await queue.send(MAIL_QUEUE, { kind: 'notice', userId: owner.id, notice: input.kind, link } satisfies MailJob);
	}
	const devices = await db.select({ id: pushSubscription.id }).from(pushSubscription).where(eq(pushSubscription.userId, owner.id));
	if (devices.length > 0 && (await wants(db, owner.id, input.kind, 'push'))) {
		// One job per device: a device that is gone or unreachable does not hold up (or repeat) the others.
		for (const device of devices) await queue.send(PUSH_QUEUE, { subscriptionId: device.id, kind: input.kind, link } satisfies PushJob);
	}
}

/**
 * For route handlers, after the action itself has been saved: the bericht goes through the process-wide
 * queue, and a failure to tell is logged, never turned into a failed action.
 */
export async function notifyAfter(db: Db, input: { portfolioId: string; kind: BerichtKind; link?: string }): Promise<void> {
	try {
		await notify(db, await jobs(), input);
	} catch (error) {
		console.error(`[notify] ${input.kind} not delivered: ${errorCode(error)}`);
	}
}

/** The person an unsubscribe token (`<user id>.<key>`) belongs to, or null. */
export async function unsubscribeTarget(db: Db, token: string): Promise<string | null> {
	const [userId, key, ...rest] = token.split('.');
	if (!userId || !key || rest.length > 0 || !/^[0-9a-f-]{36}$/.test(userId) || key.length > 64) return null;
	const [row] = await db.select({ key: user.unsubscribeKey }).from(user).where(eq(user.id, userId)).limit(1);
	if (!row?.key) return null;
	const a = new TextEncoder().encode(row.key);
	const b = new TextEncoder().encode(key);
	return a.length === b.length && constantTimeEqual(a, b) ? userId : null;
}

/** No more mail of this kind for the person the token belongs to; false when the token is not theirs. */
export async function unsubscribe(db: Db, token: string, kind: NoticeKind): Promise<boolean> {
	const userId = await unsubscribeTarget(db, token);
	if (!userId) return false;
	await setPreference(db, userId, kind, 'mail', false);
	return true;
}
