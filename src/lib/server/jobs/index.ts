import { database } from '../db';
import { mailQueueSpec } from '../mail/jobs';
import { closeMailer, mailer } from '../mail/mailer';
import { startQueue, type JobQueue } from './queue';

let queue: Promise<JobQueue> | undefined;

/**
 * The process-wide job queue with its workers (mail), started on first use — at server start by the
 * `init` hook. `JOB_WORKERS=0` makes an instance that only enqueues (e.g. when workers run elsewhere).
 */
export function jobs(): Promise<JobQueue> {
	queue ??= (async () => {
		const handle = await database();
		const started = await startQueue(handle);
		if (process.env.JOB_WORKERS !== '0') await started.work([mailQueueSpec(async () => handle.db, mailer)]);
		return started;
	})().catch((error: unknown) => {
		queue = undefined;
		throw error;
	});
	return queue;
}

/**
 * Stops taking jobs and lets the running ones finish (on shutdown, `sveltekit:shutdown`), then closes the
 * queue's database connections and the mailer's SMTP connections, so neither keeps the process alive.
 */
export async function stopJobs(): Promise<void> {
	if (!queue) return;
	const running = await queue.catch(() => null);
	queue = undefined;
	try {
		await running?.stop();
	} finally {
		closeMailer();
	}
}
