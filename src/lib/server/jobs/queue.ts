import PgBoss from 'pg-boss';
import type { DbHandle } from '$lib/server/db/client';
import { errorCode } from '$lib/server/http/unavailable';

/**
 * The durable job queue: pg-boss on the app's own PostgreSQL (schema `pgboss`), or on the embedded PGlite
 * through its one connection. A job is a row until a worker has finished it, so nothing queued is lost when
 * the server stops or dies; workers take jobs with `for update skip locked`, so two instances never take the
 * same job; a job that fails is tried again later, with back-off. The jobs of a worker that died run again
 * once they expire — a handler must therefore be safe to run twice (mail keeps a delivery record per job).
 * See docs/decisions.md, "Job queue and mail".
 */

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

export interface QueueSpec<T> {
	name: string;
	handle: JobHandler<T>;
	/** Tries after the first; with back-off, the wait doubles from `retryDelay` seconds. */
	retryLimit?: number;
	retryDelay?: number;
	/** Jobs one worker takes at a time; the batch is done (in the queue) when all of them are. */
	batchSize?: number;
	/** Jobs of a batch handled at the same time (default 1: one after the other). */
	concurrency?: number;
	/**
	 * Seconds a taken job may stay active before the queue counts its try as failed and lets another worker
	 * have it (default 300). This is also how long the jobs of a worker that died wait before they run again.
	 */
	expireInSeconds?: number;
}

export interface JobQueue {
	send<T extends object>(name: string, data: T, options?: { singletonKey?: string; startAfter?: Date | number }): Promise<string | null>;
	/** Starts taking jobs of these queues (a process may only enqueue, e.g. a script). */
	work(specs: QueueSpec<never>[]): Promise<void>;
	/** Waits until every job of the queue is done or failed for good (tests and the bench). */
	drained(name: string, timeoutMs?: number): Promise<void>;
	stop(options?: { graceful?: boolean }): Promise<void>;
	readonly boss: PgBoss;
}

const POLL_SECONDS = Number(process.env.JOB_POLL_SECONDS ?? 2);
/** How often an instance looks for jobs whose worker died (expired) and tidies the archive: pg-boss's 120 s by default. */
const MAINTENANCE_SECONDS = Number(process.env.JOB_MAINTENANCE_SECONDS ?? 120);

/** Runs `handle` on each item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, handle: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await handle(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
}

export async function startQueue(
	handle: DbHandle,
	options: { pollSeconds?: number; supervise?: boolean; maintenanceSeconds?: number } = {}
): Promise<JobQueue> {
	const connection: PgBoss.ConstructorOptions = handle.executeSql
		? { db: { executeSql: (text, values) => handle.executeSql!(text, values) } }
		: { connectionString: handle.url, max: Number(process.env.JOB_POOL_SIZE ?? 3), application_name: 'talentpaspoort-jobs' };
	const boss = new PgBoss({
		...connection,
		schema: 'pgboss',
		supervise: options.supervise ?? true,
		maintenanceIntervalSeconds: options.maintenanceSeconds ?? MAINTENANCE_SECONDS,
		schedule: false,
		// Finished jobs go to the archive after a minute and out of it after a day: a mail job holds an
		// address (and an invitation link), which has no reason to stay.
		archiveCompletedAfterSeconds: 60,
		deleteAfterHours: 24
	});
	boss.on('error', (error) => console.error(`[jobs] ${errorCode(error)}`));
	await boss.start();
	const pollingIntervalSeconds = options.pollSeconds ?? POLL_SECONDS;
	const created = new Set<string>();

	async function ensureQueue(name: string, spec?: Pick<QueueSpec<never>, 'retryLimit' | 'retryDelay' | 'expireInSeconds'>) {
		if (created.has(name)) return;
		if (!(await boss.getQueue(name))) {
			await boss.createQueue(name, {
				name,
				retryLimit: spec?.retryLimit ?? 8,
				retryDelay: spec?.retryDelay ?? 30,
				retryBackoff: true,
				expireInSeconds: spec?.expireInSeconds ?? 300
			});
		}
		created.add(name);
	}

	return {
		boss,
		async send(name, data, sendOptions = {}) {
			await ensureQueue(name);
			return boss.send(name, data, sendOptions);
		},
		async work(specs) {
			for (const spec of specs) {
				await ensureQueue(spec.name, spec);
				const batchSize = spec.batchSize ?? 10;
				const worker: { id?: string } = {};
				worker.id = await boss.work<never>(spec.name, { batchSize, pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
					// One failed job fails only itself: it is tried again later, the others of the batch are done.
					await eachLimited(jobs, spec.concurrency ?? 1, async (job) => {
						try {
							await spec.handle(job.data, { id: job.id, retryCount: job.retryCount });
						} catch (error) {
							console.error(`[jobs] ${spec.name} ${job.id} failed: ${errorCode(error)}`);
							await boss.fail(spec.name, job.id, { message: errorCode(error) }).catch(() => {});
						}
					});
					// pg-boss waits the polling interval after every batch; after a full one there are likely more, so
					// the worker fetches again at once (else a queue of 10 000 mails went at 50 per 2 s).
					if (jobs.length >= batchSize && worker.id) boss.notifyWorker(worker.id);
				});
			}
		},
		async drained(name, timeoutMs = 30_000) {
			const giveUpAt = Date.now() + timeoutMs;
			for (;;) {
				const size = await boss.getQueueSize(name, { before: 'completed' });
				if (size === 0) return;
				if (Date.now() > giveUpAt) throw new Error(`queue ${name} still holds ${size} jobs`);
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		},
		async stop({ graceful = true } = {}) {
			await boss.stop({ graceful, wait: true, timeout: 10_000 });
		}
	};
}
