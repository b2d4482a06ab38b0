/**
 * Mail figures from one run, against a PostgreSQL database this script creates and drops:
 * BENCH_DATABASE_URL, else DATABASE_URL, else the local server.
 *  1. 10 000 queued notice mails to a local SMTP server: pg-boss queue → mail worker (batches, 5 at a time,
 *     delivery record per mail) → pooled nodemailer transport → an SMTP server in this process
 *  2. the floor: the same 10 000 rendered messages straight through one pooled nodemailer transport to the
 *     same server, no queue and no database, as the ratio's denominator
 * The SMTP server only reads each message's Message-ID, so both figures are the sender's cost.
 */
import { freshDatabase } from '../lib/database';
import { SMTPServer } from 'smtp-server';
import type { Figure } from './sync';

const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MAILS = Number(process.env.BENCH_MAILS ?? 10_000);
const RESIDENTS = 200;
/** The queue may cost this many times the floor. */
const BUDGET_RATIO = 3;

/** An SMTP server that keeps only the Message-ID of each message. */
async function countingSmtp() {
	const received: string[] = [];
	let wake = () => {};
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		closeTimeout: 1000,
		onData(stream, _session, callback) {
			let head = '';
			stream.on('data', (chunk: Buffer) => {
				if (head.length < 4096) head += chunk.toString('latin1');
			});
			stream.on('end', () => {
				received.push(/^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '');
				wake();
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as { port: number }).port;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		/** Resolves when `count` messages have arrived in all. */
		until: (count: number) =>
			new Promise<void>((resolve) => {
				wake = () => received.length >= count && resolve();
				wake();
			}),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

export async function benchMail(): Promise<Figure[]> {
	const fresh = await freshDatabase('tp_bench_mail', { baseUrl });
	process.env.ORIGIN ??= 'https://talentpaspoort.test';
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const handle = await openDatabase({ url: fresh.url });
	const smtp = await countingSmtp();
	try {
		return await run(handle, smtp);
	} finally {
		await smtp.close();
		await handle.close();
		await fresh.drop();
	}
}

async function run(handle: import('../../src/lib/server/db/client').DbHandle, smtp: Awaited<ReturnType<typeof countingSmtp>>): Promise<Figure[]> {
	const { user } = await import('../../src/lib/server/db/schema');
	const { makeResident } = await import('../../src/lib/server/sync/testing');
	const { startQueue } = await import('../../src/lib/server/jobs/queue');
	const { MAIL_QUEUE, mailQueueSpec } = await import('../../src/lib/server/mail/jobs');
	const { createMailer } = await import('../../src/lib/server/mail/mailer');
	const { renderMail } = await import('../../src/lib/server/mail/templates');
	const { db } = handle;

	const userIds: string[] = [];
	for (let i = 0; i < RESIDENTS; i++) userIds.push((await makeResident(db)).userId);
	await db.update(user).set({ emailVerifiedAt: new Date() });

	// 2. The floor first (it also warms up nodemailer and the server): one pooled transport, every message handed
	// to it at once; the pool sends them over as many connections as the mail worker uses.
	const sample = renderMail(
		'bench@example.nl',
		{ name: 'Bench', subject: 'Er is iets nieuws', paragraphs: ['Er staat iets nieuws voor je klaar.'], action: { label: 'Bekijk', url: 'https://talentpaspoort.test/mijn' }, unsubscribeUrl: 'https://talentpaspoort.test/afmelden/x' },
		'nl'
	);
	const floorMailer = createMailer({ SMTP_URL: smtp.url });
	await Promise.all(Array.from({ length: 200 }, (_, i) => floorMailer.send({ ...sample, messageId: `<warm-${i}@bench>` })));
	const floorStart = performance.now();
	await Promise.all(Array.from({ length: MAILS }, (_, i) => floorMailer.send({ ...sample, messageId: `<floor-${i}@bench>` })));
	const floorMs = performance.now() - floorStart;
	floorMailer.close?.();

	// 1. 10 000 notice jobs, queued before the worker starts (not timed: a bulk insert).
	const queue = await startQueue(handle, { pollSeconds: 0.5, supervise: false });
	const kinds = ['validatie', 'suggestie', 'verslag', 'voucher', 'apk', 'aanbod'] as const;
	const job = (i: number) => ({ kind: 'notice' as const, userId: userIds[i % userIds.length]!, notice: kinds[i % kinds.length]!, link: '/mijn' });
	await queue.send(MAIL_QUEUE, job(0));
	for (let i = 1; i < MAILS; i += 1000) {
		await queue.boss.insert(Array.from({ length: Math.min(1000, MAILS - i) }, (_, j) => ({ name: MAIL_QUEUE, data: job(i + j) })));
	}
	const before = smtp.received.length;
	const mailer = createMailer({ SMTP_URL: smtp.url });
	const queueStart = performance.now();
	await queue.work([mailQueueSpec(async () => db, () => mailer)]);
	await smtp.until(before + MAILS);
	const arrivedMs = performance.now() - queueStart;
	await queue.drained(MAIL_QUEUE, 120_000);
	const drainedMs = performance.now() - queueStart;
	await queue.stop();
	mailer.close?.();

	const queued = smtp.received.slice(before);
	const once = new Set(queued).size === MAILS && queued.length === MAILS;
	const ratio = arrivedMs / floorMs;
	const count = MAILS.toLocaleString('en').replace(',', ' ');
	const rate = (ms: number) => `${Math.round(MAILS / (ms / 1000))}/s`;
	return [
		{
			name: `${count} queued mails → local SMTP server (queue, worker, pooled SMTP)`,
			value: `${(arrivedMs / 1000).toFixed(1)} s, ${rate(arrivedMs)} (${ratio.toFixed(1)}× floor)`,
			budget: `≤ ${BUDGET_RATIO}× floor`,
			ok: ratio <= BUDGET_RATIO
		},
		{ name: `  … until the queue holds none of them (completed)`, value: `${(drainedMs / 1000).toFixed(1)} s`, budget: '-', ok: null },
		{ name: `  … each Message-ID arrived once`, value: once ? 'yes' : `no (${queued.length}, ${new Set(queued).size} distinct)`, budget: 'each exactly once', ok: once },
		{ name: `floor: the same ${count} straight through one pooled nodemailer transport`, value: `${(floorMs / 1000).toFixed(1)} s, ${rate(floorMs)}`, budget: 'reference', ok: null }
	];
}
