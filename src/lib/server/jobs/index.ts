import { database } from '$lib/server/db';
import { mailQueueSpec } from '$lib/server/mail/jobs';
import { closeMailer, mailer } from '$lib/server/mail/mailer';
import { APK_DUE_QUEUE, apkDueQueueSpec } from '$lib/server/notify/apk-due';
import { OFFER_ALERTS_QUEUE, offerAlertsQueueSpec } from '$lib/server/notify/offer-alerts';
import { pushQueueSpec } from '$lib/server/push/jobs';
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
		if (process.env.JOB_WORKERS !== '0') {
			await started.work([
				mailQueueSpec(async () => handle.db, mailer),
				pushQueueSpec(async () => handle.db),
				apkDueQueueSpec(async () => handle.db, async () => started),
				offerAlertsQueueSpec(async () => handle.db, async () => started)
			]);
			scheduleDaily(started);
		}
		return started;
	})().catch((error: unknown) => {
		queue = undefined;
		throw error;
	});
	return queue;
}

const SIX_HOURS = 6 * 60 * 60 * 1000;

/**
 * The APK reminders and the weekly offer alerts are looked for a few minutes after start and then every six
 * hours (each job itself keeps to once a year, once a week); the singleton key keeps it to one such job at a
 * time however many instances run.
 */
function scheduleDaily(queue: JobQueue): void {
	const send = () => {
		for (const name of [APK_DUE_QUEUE, OFFER_ALERTS_QUEUE]) void queue.send(name, {}, { singletonKey: name }).catch(() => {});
	};
	setTimeout(send, 5 * 60 * 1000).unref();
	setInterval(send, SIX_HOURS).unref();
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
