import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { JobQueue, QueueSpec } from '$lib/server/jobs/queue';
import { notify } from '.';

export const OFFER_ALERTS_QUEUE = 'offer-alerts';
/** The page of followed searches, where the new offers are. */
export const FOLLOWED_LINK = '/mijn/aanbod/gevolgd';
/** At most one aanbod bericht a week per resident. */
export const OFFER_ALERT_DAYS = 7;

/**
 * Residents with a followed search in which their device found new offers since their last aanbod bericht,
 * and no aanbod bericht in the last week: each gets one bericht (and mail or push, as they chose), however
 * many searches or offers are new. The offers are matched on the device; here only "something is new" is
 * known, and the bericht says no more. Running it again, or on two instances, tells nobody twice.
 */
export async function offerAlerts(db: Db, queue: JobQueue, now = new Date()): Promise<number> {
	const weekAgo = new Date(now.getTime() - OFFER_ALERT_DAYS * 24 * 60 * 60 * 1000).toISOString();
	const result = (await db.execute(sql`
		select f.portfolio_id as "portfolioId"
		from followed_search f
		where f.deleted_at is null and f.collected_at is not null and jsonb_array_length(f.new_offer_ids) > 0
		group by f.portfolio_id
		having not exists (
			select 1 from bericht b
			where b.portfolio_id = f.portfolio_id and b.kind = 'aanbod' and (b.at > ${weekAgo} or b.at >= max(f.collected_at))
		)
		limit 1000
	`)) as unknown;
	const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { portfolioId: string }[];
	for (const { portfolioId } of rows) await notify(db, queue, { portfolioId, kind: 'aanbod', link: FOLLOWED_LINK }, now);
	return rows.length;
}

export function offerAlertsQueueSpec(db: () => Promise<Db>, queue: () => Promise<JobQueue>): QueueSpec<Record<string, never>> {
	return { name: OFFER_ALERTS_QUEUE, retryLimit: 2, batchSize: 1, handle: async () => void (await offerAlerts(await db(), await queue())) };
}
