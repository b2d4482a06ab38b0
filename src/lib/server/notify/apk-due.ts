import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { JobQueue, QueueSpec } from '$lib/server/jobs/queue';
import { notify } from '.';

export const APK_DUE_QUEUE = 'apk-due';
/** A Loopbaan-APK is worth doing again a year after the last one. */
export const APK_DUE_AFTER_MONTHS = 12;

/**
 * Residents whose last finished APK is more than a year old and who have not been told since: each gets
 * one bericht (and mail, as they chose). Running it again, or on two instances, tells nobody twice.
 */
export async function apkDueReminders(db: Db, queue: JobQueue, now = new Date()): Promise<number> {
	const due = new Date(now);
	due.setMonth(due.getMonth() - APK_DUE_AFTER_MONTHS);
	const result = (await db.execute(sql`
		select s.portfolio_id as "portfolioId"
		from apk_scan s
		where s.deleted_at is null and s.status = 'completed' and s.completed_at is not null
		group by s.portfolio_id
		having max(s.completed_at) < ${due.toISOString()}
			and not exists (
				select 1 from bericht b
				where b.portfolio_id = s.portfolio_id and b.kind = 'apk' and b.deleted_at is null and b.at > max(s.completed_at)
			)
		limit 1000
	`)) as unknown;
	const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { portfolioId: string }[];
	for (const { portfolioId } of rows) await notify(db, queue, { portfolioId, kind: 'apk' }, now);
	return rows.length;
}

export function apkDueQueueSpec(db: () => Promise<Db>, queue: () => Promise<JobQueue>): QueueSpec<Record<string, never>> {
	return { name: APK_DUE_QUEUE, retryLimit: 2, batchSize: 1, handle: async () => void (await apkDueReminders(await db(), await queue())) };
}
