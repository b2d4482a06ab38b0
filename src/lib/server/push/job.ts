import type { NoticeKind } from '$lib/shared/notices';

export const PUSH_QUEUE = 'push';

/** One push message to one device: which subscription, and what kind of news (never what it is). */
export interface PushJob {
	subscriptionId: string;
	kind: NoticeKind;
	link: string;
}
