/**
 * The worker process is killed (SIGKILL: no shutdown, no flushing) while 1 000 notifications are
 * queued; after a restart every one is delivered, once. The worker is a real child process (`scripts/worker.ts`,
 * the same `jobs()` the app server starts) on a fresh PostgreSQL database, the mail server a real SMTP server in
 * this process. Needs DATABASE_URL: PGlite is one process only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { MAIL_QUEUE } from '$lib/server/mail/job';
import { startTestSmtp, type TestSmtp } from '$lib/server/mail/testing';
import { notify } from '$lib/server/notify';
import { makeResident } from '$lib/server/sync/testing';
import { startQueue, type JobQueue } from './queue';

const NOTIFICATIONS = 1000;
/** Where the mail server stops answering: in the middle of a batch (50), so finished mails of unfinished jobs exist. */
const HOLD_AT = 325;

async function rows<T>(handle: DbHandle, query: ReturnType<typeof sql>): Promise<T[]> {
	const result = (await handle.db.execute(query)) as unknown;
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function count(handle: DbHandle, query: ReturnType<typeof sql>): Promise<number> {
	const [row] = await rows<{ n: number }>(handle, query);
	return Number(row!.n);
}

/** `scripts/worker.ts` in a process of its own (node with tsx as a loader, so a signal reaches the worker itself). */
class WorkerProcess {
	child: ChildProcess | null = null;
	log: string[] = [];
	constructor(readonly env: Record<string, string>) {}

	start(): void {
		const child = spawn(process.execPath, ['--import', 'tsx', resolve('scripts/worker.ts')], {
			env: { ...process.env, ...this.env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
		child.on('exit', (code, signal) => this.log.push(`[exit ${code ?? signal}]\n`));
		this.child = child;
	}

	/** Sends the signal and waits until the process is gone: its exit code, or the signal that ended it. */
	async stop(signal: NodeJS.Signals): Promise<number | string> {
		const child = this.child;
		if (!child) return 'not started';
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill(signal);
			await exited;
		}
		return child.exitCode ?? child.signalCode ?? 'unknown';
	}
}

describe.skipIf(!process.env.DATABASE_URL)('mail worker killed while 1 000 notifications are queued', () => {
	let handle: DbHandle;
	let smtp: TestSmtp;
	let queue: JobQueue;
	const workers: WorkerProcess[] = [];

	beforeAll(async () => {
		handle = await openTestDatabase();
		smtp = await startTestSmtp();
		// This process only enqueues, as a web instance with JOB_WORKERS=0 does.
		queue = await startQueue(handle, { supervise: false });
		// What the test shortens: how long the jobs a dead worker held wait before another try (5 minutes in
		// production), and the wait before that try.
		await queue.boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, retryLimit: 8, retryDelay: 1, retryBackoff: false, expireInSeconds: 20 });
	}, 120_000);

	afterAll(async () => {
		for (const worker of workers) await worker.stop('SIGKILL');
		await queue?.stop();
		await smtp?.close();
		await handle?.close();
	});

	it('after a restart every notification is delivered, exactly once per Message-ID', { timeout: 600_000 }, async () => {
		// 1 000 residents with a checked address, each told about something new.
		const residents: { portfolioId: string }[] = [];
		for (let i = 0; i < NOTIFICATIONS; i++) residents.push(await makeResident(handle.db));
		await handle.db.update(user).set({ emailVerifiedAt: new Date() });
		const kinds = ['validatie', 'suggestie', 'verslag', 'voucher', 'apk', 'aanbod'] as const;
		for (let i = 0; i < NOTIFICATIONS; i += 10) {
			await Promise.all(residents.slice(i, i + 10).map((r, j) => notify(handle.db, queue, { portfolioId: r.portfolioId, kind: kinds[(i + j) % kinds.length]! })));
		}
		const jobIds = (await rows<{ id: string }>(handle, sql`select id::text from pgboss.job where name = ${MAIL_QUEUE}`)).map((r) => r.id);
		expect(jobIds).toHaveLength(NOTIFICATIONS);

		const env = {
			DATABASE_URL: handle.url!,
			SMTP_URL: smtp.url,
			ORIGIN: 'https://talentpaspoort.test',
			JOB_POLL_SECONDS: '0.5',
			JOB_MAINTENANCE_SECONDS: '1',
			MAINTENANCE_INTERVAL_MINUTES: '0'
		};
		const delivered = () => count(handle, sql`select count(*) as n from mail_delivery`);
		const report = () => `worker output:\n${workers.map((w) => w.log.join('')).join('\n---\n')}`;

		// The mail server stops answering new messages after HOLD_AT; the worker is killed once every message it
		// handed over has been answered and recorded, while its connections wait and a batch is half sent.
		smtp.holdAfter(HOLD_AT);
		const first = new WorkerProcess(env);
		workers.push(first);
		first.start();
		await expect
			.poll(async () => smtp.held > 0 && smtp.underWay === 0 && (await delivered()) === smtp.messages.length, { timeout: 180_000, interval: 200 })
			.toBe(true);
		const sentBeforeKill = smtp.messages.length;
		expect(sentBeforeKill, report()).toBeGreaterThanOrEqual(HOLD_AT);
		// Mails the server has, whose jobs the queue still counts as running: without the delivery record they
		// would go out again.
		const sentButActive = await count(
			handle,
			sql`select count(*) as n from pgboss.job j join mail_delivery d on d.job_id = j.id where j.name = ${MAIL_QUEUE} and j.state = 'active'`
		);
		expect(sentButActive, report()).toBeGreaterThan(0);
		expect(await first.stop('SIGKILL')).toBe('SIGKILL');
		smtp.release();

		// Restarted: the dead worker's jobs expire and run again; the rest run as usual.
		const second = new WorkerProcess(env);
		workers.push(second);
		second.start();
		await queue.drained(MAIL_QUEUE, 300_000).catch((error: unknown) => {
			throw new Error(`${String(error)}\n${report()}`);
		});

		const messageIds = smtp.messages.map((mail) => mail.messageId);
		const expected = jobIds.map((id) => `<${id}@talentpaspoort>`).sort();
		expect([...new Set(messageIds)].sort(), report()).toEqual(expected);
		expect(messageIds, report()).toHaveLength(NOTIFICATIONS);
		expect(await count(handle, sql`select count(*) as n from pgboss.job where name = ${MAIL_QUEUE} and state <> 'completed'`)).toBe(0);

		// A clean stop: SIGTERM lets the worker finish, close its connections and exit on its own.
		expect(await second.stop('SIGTERM'), report()).toBe(0);
	});
});
