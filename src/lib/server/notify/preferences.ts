import { and, eq } from 'drizzle-orm';
import type { NoticeKind } from '$lib/shared/notices';
import type { Db } from '$lib/server/db/client';
import { notificationPreference } from '$lib/server/db/schema';

export type Channel = 'mail' | 'push';
export const CHANNELS: readonly Channel[] = ['mail', 'push'];

/** Whether this person wants this kind by this channel: yes, until they turned it off. */
export async function wants(db: Db, userId: string, kind: NoticeKind, channel: Channel): Promise<boolean> {
	const [row] = await db
		.select({ enabled: notificationPreference.enabled })
		.from(notificationPreference)
		.where(and(eq(notificationPreference.userId, userId), eq(notificationPreference.kind, kind), eq(notificationPreference.channel, channel)))
		.limit(1);
	return row?.enabled ?? true;
}

export async function setPreference(db: Db, userId: string, kind: NoticeKind, channel: Channel, enabled: boolean): Promise<void> {
	await db
		.insert(notificationPreference)
		.values({ userId, kind, channel, enabled })
		.onConflictDoUpdate({ target: [notificationPreference.userId, notificationPreference.kind, notificationPreference.channel], set: { enabled } });
}

export async function preferencesOf(db: Db, userId: string): Promise<{ kind: string; channel: Channel; enabled: boolean }[]> {
	return db
		.select({ kind: notificationPreference.kind, channel: notificationPreference.channel, enabled: notificationPreference.enabled })
		.from(notificationPreference)
		.where(eq(notificationPreference.userId, userId));
}
