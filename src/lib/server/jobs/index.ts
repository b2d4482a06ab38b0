import { database } from '../db';
import { mailQueueSpec } from '../mail/jobs';
import { mailer } from '../mail/mailer';
import { pushQueueSpec } from '../push/jobs';
import { startQueue, type JobQueue } from './queue';

let queue: Promise<JobQueue> | undefined;

/**
 * The process-wide job queue with its workers (mail, push), started on first use — at server start by the
 * `init` hook. `JOB_WORKERS=0` makes an instance that only enqueues (e.g. when workers run elsewhere).
 */
export function jobs(): Promise<JobQueue> {
	queue ??= (async () => {
		const handle = await database();
		const started = await startQueue(handle);
		if (process.env.JOB_WORKERS !== '0') await started.work([mailQueueSpec(async () => handle.db, mailer), pushQueueSpec(async () => handle.db)]);
		return started;
	})().catch((error: unknown) => {
		queue = undefined;
		throw error;
	});
	return queue;
}

/** Stops taking jobs and lets the running ones finish (on shutdown). */
export async function stopJobs(): Promise<void> {
	if (!queue) return;
	const running = await queue.catch(() => null);
	queue = undefined;
	await running?.stop();
}
