import type { BerichtKind } from '../../shared/sync/entities/bericht';

export const PUSH_QUEUE = 'push';

/** One push message to one device: which subscription, and what kind of news (never what it is). */
export interface PushJob {
	subscriptionId: string;
	kind: BerichtKind;
	link: string;
}
