import { createECDH } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { PushSubscriptionInput } from '$lib/shared/push';
import type { Db } from '$lib/server/db/client';
import { pushSubscription } from '$lib/server/db/schema';

/** Who may turn push on: residents for their berichten, advisers and beheerders for the work that waits for them. */
export const PUSH_ROLES = ['inwoner', 'adviseur', 'beheerder'] as const;

/**
 * Hosts of the push services browsers use (Chrome and most others: FCM; Firefox: Mozilla; Safari: Apple;
 * Edge: WNS). The server only ever sends to an endpoint on one of them, so a subscription cannot make it
 * send requests to any other address. `PUSH_SERVICE_HOSTS` (comma-separated) replaces the list.
 */
const PUSH_SERVICE_HOSTS = ['fcm.googleapis.com', 'updates.push.services.mozilla.com', 'push.services.mozilla.com', 'push.apple.com', 'notify.windows.com'];

export function pushServiceHosts(env: Record<string, string | undefined> = process.env): string[] {
	const configured = env.PUSH_SERVICE_HOSTS?.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
	return configured?.length ? configured : PUSH_SERVICE_HOSTS;
}

/** Whether an endpoint is on a known push service (the host itself or a subdomain of it), over https. */
export function isPushServiceEndpoint(endpoint: string, env: Record<string, string | undefined> = process.env): boolean {
	let url: URL;
	try {
		url = new URL(endpoint);
	} catch {
		return false;
	}
	if (url.protocol !== 'https:' || url.username || url.password) return false;
	const host = url.hostname.toLowerCase();
	return pushServiceHosts(env).some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** Whether the browser's key is a point on P-256 (the schema checks only its length): one that is not could never be encrypted to. */
export function isUsableKey(p256dh: string): boolean {
	try {
		const ecdh = createECDH('prime256v1');
		ecdh.generateKeys();
		ecdh.computeSecret(Buffer.from(p256dh, 'base64url'));
		return true;
	} catch {
		return false;
	}
}

/**
 * Keeps a device's subscription for this person. The endpoint is the browser's own: when another account
 * turns push on in the same browser, the subscription moves to that account.
 */
export async function saveSubscription(db: Db, userId: string, input: Pick<PushSubscriptionInput, 'endpoint' | 'keys'>): Promise<void> {
	await db
		.insert(pushSubscription)
		.values({ id: newId(), userId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth })
		.onConflictDoUpdate({ target: pushSubscription.endpoint, set: { userId, p256dh: input.keys.p256dh, auth: input.keys.auth, lastError: null } });
}

/** Forgets this person's subscription with this endpoint; false when they had none. */
export async function removeSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
	const removed = await db
		.delete(pushSubscription)
		.where(and(eq(pushSubscription.userId, userId), eq(pushSubscription.endpoint, endpoint)))
		.returning({ id: pushSubscription.id });
	return removed.length > 0;
}
