import type { Agent } from 'node:https';
import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { NoticeKind } from '$lib/shared/notices';
import type { Db } from '$lib/server/db/client';
import { pushSubscription, user } from '$lib/server/db/schema';
import { errorCode } from '$lib/server/http/unavailable';
import type { QueueSpec } from '$lib/server/jobs/queue';
import { wants } from '$lib/server/notify/preferences';
import { isPushServiceEndpoint } from './index';
import { PUSH_QUEUE, type PushJob } from './job';
import { vapidDetails } from './vapid';

export { PUSH_QUEUE, type PushJob };

/** The same sentence per kind as the bericht and its mail: that there is news of this kind, never what. */
const NOTICE_TEXT: Record<NoticeKind, (inputs: Record<string, never>, options: { locale: Locale }) => string> = {
	validatie: m.bericht_validatie,
	suggestie: m.bericht_suggestie,
	verslag: m.bericht_verslag,
	contactverzoek: m.bericht_contactverzoek,
	voucher: m.bericht_voucher,
	apk: m.bericht_apk,
	aanbod: m.bericht_aanbod,
	bewijs: m.bericht_bewijs,
	validatieverzoek: m.bericht_validatieverzoek,
	aanvraag: m.bericht_aanvraag,
	fondstoets: m.bericht_fondstoets
};

/** What the service worker shows. It is encrypted to the device, but still carries no portfolio content. */
export interface PushPayload {
	title: string;
	body: string;
	url: string;
}

export function pushPayload(kind: NoticeKind, link: string, locale: Locale): PushPayload {
	return { title: m.app_name({}, { locale }), body: NOTICE_TEXT[kind]({}, { locale }), url: link };
}

/** A push service keeps an undelivered message this long (seconds) while the device is off. */
const TTL_SECONDS = 24 * 60 * 60;

export interface PushOptions {
	/** For tests: the agent that trusts the test's own push service. */
	agent?: Agent;
	env?: Record<string, string | undefined>;
}

/** The push service says the subscription is gone for good (the browser unsubscribed, or it expired). */
const isGone = (status: number | undefined) => status === 404 || status === 410;

/**
 * Sends one push job. A subscription that is gone, points elsewhere than a push service, or belongs to a
 * person who has since turned push off for this kind sends nothing. A 404 or 410 from the push service
 * removes the subscription; any other failure is kept in `last_error` and thrown, so the queue tries again.
 */
export async function sendPushJob(db: Db, job: PushJob, options: PushOptions = {}): Promise<void> {
	const env = options.env ?? process.env;
	const [device] = await db
		.select({ id: pushSubscription.id, userId: pushSubscription.userId, endpoint: pushSubscription.endpoint, p256dh: pushSubscription.p256dh, auth: pushSubscription.auth, lastError: pushSubscription.lastError, locale: user.locale })
		.from(pushSubscription)
		.innerJoin(user, eq(user.id, pushSubscription.userId))
		.where(eq(pushSubscription.id, job.subscriptionId))
		.limit(1);
	if (!device) return;
	if (!isPushServiceEndpoint(device.endpoint, env)) {
		await db.delete(pushSubscription).where(eq(pushSubscription.id, device.id));
		return;
	}
	if (!(await wants(db, device.userId, job.kind, 'push'))) return;
	const vapid = await vapidDetails(db, env);
	try {
		await webpush.sendNotification({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }, JSON.stringify(pushPayload(job.kind, job.link, device.locale)), {
			vapidDetails: vapid,
			TTL: TTL_SECONDS,
			urgency: 'normal',
			// A newer message of the same kind replaces one the device has not fetched yet.
			topic: job.kind,
			contentEncoding: 'aes128gcm',
			timeout: 15_000,
			...(options.agent ? { agent: options.agent } : {})
		});
	} catch (error) {
		const status = (error as { statusCode?: unknown })?.statusCode;
		if (typeof status === 'number' && isGone(status)) {
			await db.delete(pushSubscription).where(eq(pushSubscription.id, device.id));
			return;
		}
		await db
			.update(pushSubscription)
			.set({ lastError: typeof status === 'number' ? `http ${status}` : errorCode(error) })
			.where(eq(pushSubscription.id, device.id));
		throw error;
	}
	if (device.lastError) await db.update(pushSubscription).set({ lastError: null }).where(eq(pushSubscription.id, device.id));
}

/** The push queue's worker: up to 5 more tries, 30 s, 1 min, 2 min … apart. */
export function pushQueueSpec(db: () => Promise<Db>, options: PushOptions = {}): QueueSpec<PushJob> {
	return {
		name: PUSH_QUEUE,
		retryLimit: 5,
		retryDelay: 30,
		batchSize: 20,
		handle: async (data) => sendPushJob(await db(), data, options)
	};
}
