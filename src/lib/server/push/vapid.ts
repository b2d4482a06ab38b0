import webpush from 'web-push';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { appSetting } from '$lib/server/db/schema';
import { mailFrom } from '$lib/server/mail/mailer';

export interface VapidDetails {
	subject: string;
	publicKey: string;
	privateKey: string;
}

const SETTING_KEY = 'vapid';
const made = new WeakMap<Db, Promise<{ publicKey: string; privateKey: string }>>();

/** `VAPID_SUBJECT`, or a mailto: of the address mail is sent from: how a push service reaches the sender. */
export function vapidSubject(env: Record<string, string | undefined> = process.env): string {
	if (env.VAPID_SUBJECT) return env.VAPID_SUBJECT;
	const from = env.MAIL_FROM || mailFrom();
	const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
	return `mailto:${address.trim()}`;
}

/**
 * The key pair the app signs push messages with (VAPID, RFC 8292). `VAPID_PUBLIC_KEY` and `VAPID_PRIVATE_KEY`
 * when both are set; otherwise a pair made once and kept in `app_setting`, so every instance on the same
 * database signs with the same key and subscriptions made through one instance work through all of them.
 * A browser's subscription is tied to the public key: a new key means every device must subscribe again.
 */
export async function vapidDetails(db: Db, env: Record<string, string | undefined> = process.env): Promise<VapidDetails> {
	const subject = vapidSubject(env);
	if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) return { subject, publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
	let stored = made.get(db);
	if (!stored) {
		stored = storedKeys(db);
		made.set(db, stored);
		stored.catch(() => made.delete(db));
	}
	return { subject, ...(await stored) };
}

async function storedKeys(db: Db): Promise<{ publicKey: string; privateKey: string }> {
	const fresh = webpush.generateVAPIDKeys();
	// Two instances starting together both try; the first insert wins and both read that one back.
	await db.insert(appSetting).values({ key: SETTING_KEY, value: fresh }).onConflictDoNothing();
	const [row] = await db.select({ value: appSetting.value }).from(appSetting).where(eq(appSetting.key, SETTING_KEY)).limit(1);
	const value = row?.value as { publicKey?: unknown; privateKey?: unknown } | undefined;
	if (typeof value?.publicKey !== 'string' || typeof value.privateKey !== 'string') throw new Error('app_setting vapid holds no key pair');
	return { publicKey: value.publicKey, privateKey: value.privateKey };
}
