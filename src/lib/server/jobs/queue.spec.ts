import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { mailDelivery, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { MAIL_QUEUE, mailQueueSpec, sendMailJob } from '$lib/server/mail/jobs';
import { createMailer, type Mailer } from '$lib/server/mail/mailer';
import { startTestSmtp, type TestSmtp } from '$lib/server/mail/testing';
import { makeResident } from '$lib/server/sync/testing';
import { startQueue, type JobQueue } from './queue';

let handle: DbHandle;
let smtp: TestSmtp;
let mailer: Mailer;

beforeAll(async () => {
	process.env.ORIGIN = 'https://talentpaspoort.test';
	handle = await openTestDatabase();
	smtp = await startTestSmtp();
	mailer = createMailer({ SMTP_URL: smtp.url });
});
afterAll(async () => {
	mailer?.close?.();
	await smtp?.close();
	await handle?.close();
});
beforeEach(async () => {
	await handle.db.delete(mailDelivery);
	await handle.db.delete(user);
	smtp.messages.length = 0;
});

async function verifiedResident(): Promise<string> {
	const { userId } = await makeResident(handle.db);
	await handle.db.update(user).set({ emailVerifiedAt: new Date() });
	return userId;
}

describe('a mail job', () => {
	it('sends nothing when a try before it got the message accepted', async () => {
		const userId = await verifiedResident();
		const jobId = crypto.randomUUID();
		const job = { kind: 'notice', userId, notice: 'validatie', link: '/mijn/skills' } as const;
		await sendMailJob(handle.db, mailer, job, jobId);
		// The same job again, as after a worker that died before the queue heard it was done.
		await sendMailJob(handle.db, mailer, job, jobId);
		await sendMailJob(handle.db, mailer, job, crypto.randomUUID());
		expect(smtp.messages.map((m) => m.messageId)).toEqual([`<${jobId}@talentpaspoort>`, expect.stringMatching(/@talentpaspoort>$/)]);
		expect(await handle.db.select().from(mailDelivery)).toHaveLength(2);
	});

	it('is sent again when the mail server did not accept it', async () => {
		const userId = await verifiedResident();
		const jobId = crypto.randomUUID();
		const failing: Mailer = { send: async () => Promise.reject(Object.assign(new Error('try later'), { responseCode: 451 })) };
		const job = { kind: 'notice', userId, notice: 'apk', link: '/mijn/apk' } as const;
		await expect(sendMailJob(handle.db, failing, job, jobId)).rejects.toThrow('try later');
		expect(await handle.db.select().from(mailDelivery)).toEqual([]);
		await sendMailJob(handle.db, mailer, job, jobId);
		expect(smtp.messages.map((m) => m.messageId)).toEqual([`<${jobId}@talentpaspoort>`]);
	});
});

describe('several instances on one database', () => {
	it('two workers share 200 jobs and send each once', async () => {
		const users = [];
		for (let i = 0; i < 20; i++) users.push((await makeResident(handle.db)).userId);
		await handle.db.update(user).set({ emailVerifiedAt: new Date() });
		const sender = await startQueue(handle, { supervise: false });
		const ids: string[] = [];
		for (let i = 0; i < 200; i++) {
			ids.push((await sender.send(MAIL_QUEUE, { kind: 'notice', userId: users[i % users.length]!, notice: 'aanbod', link: '/mijn/aanbod' }))!);
		}

		// Each instance with its own pg-boss, its own connections and its own SMTP pool; a little slower than
		// the test server, so both have jobs to take.
		const sentBy = [0, 0];
		const instances: { queue: JobQueue; mailer: Mailer; counted: Mailer }[] = [];
		try {
			for (const n of [0, 1]) {
				const own = createMailer({ SMTP_URL: smtp.url });
				const counted: Mailer = {
					async send(mail) {
						await new Promise((resolve) => setTimeout(resolve, 20));
						await own.send(mail);
						sentBy[n]!++;
					}
				};
				instances.push({ queue: await startQueue(handle, { pollSeconds: 0.5, supervise: false }), mailer: own, counted });
			}
			await Promise.all(instances.map(({ queue, counted }) => queue.work([{ ...mailQueueSpec(async () => handle.db, () => counted), batchSize: 10 }])));
			await sender.drained(MAIL_QUEUE, 60_000);
		} finally {
			for (const { queue, mailer } of instances) {
				await queue.stop();
				mailer.close?.();
			}
			await sender.stop();
		}

		const messageIds = smtp.messages.map((m) => m.messageId);
		expect(messageIds).toHaveLength(200);
		expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<${id}@talentpaspoort>`)));
		expect(sentBy[0]! + sentBy[1]!).toBe(200);
		expect(sentBy[0]).toBeGreaterThan(0);
		expect(sentBy[1]).toBeGreaterThan(0);
	});
});
