import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptApkInvitation, emailInvitationsOf, inviteByEmail } from '$lib/server/apk/invitations';
import { acceptInvitation, createInvitation, registerResident } from '$lib/server/auth/accounts';
import { requestPasswordReset, requestVerification, resetPassword, verifyEmailByCode, verifyEmailByToken } from '$lib/server/auth/email';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { apkInvitation, emailToken, invitation, organisation, session, throttleCounter, user } from '$lib/server/db/schema';
import { newId } from '$lib/shared/id';
import { openTestDatabase } from '$lib/server/db/testing';
import { startQueue, type JobQueue } from '$lib/server/jobs/queue';
import { MAIL_QUEUE, MAIL_RETRY_LIMIT, mailQueueSpec } from './jobs';
import { createMailer } from './mailer';
import { linksIn, recipient, startTestSmtp, type TestSmtp } from './testing';

let handle: DbHandle;
let smtp: TestSmtp;
let queue: JobQueue;

beforeAll(async () => {
	process.env.ORIGIN = 'https://talentpaspoort.test';
	handle = await openTestDatabase();
	smtp = await startTestSmtp();
	const mailer = createMailer({ SMTP_URL: smtp.url, MAIL_FROM: 'Talentpaspoort Twente <noreply@talentpaspoort.test>' });
	queue = await startQueue(handle, { pollSeconds: 0.5, supervise: false });
	await queue.work([mailQueueSpec(async () => handle.db, () => mailer)]);
});
afterAll(async () => {
	await queue?.stop();
	await smtp?.close();
	await handle?.close();
});
beforeEach(async () => {
	// A mail job of the test before may still be writing its delivery; on a busy machine the cleanup can meet
	// it in a deadlock, which PostgreSQL ends by failing one side. The cleanup then simply goes again.
	for (let attempt = 1; ; attempt++) {
		try {
			await handle.db.delete(throttleCounter);
			await handle.db.delete(invitation);
			await handle.db.delete(user);
			break;
		} catch (error) {
			const code = (error as { cause?: { code?: string } }).cause?.code;
			if (code !== '40P01' || attempt === 5) throw error;
		}
	}
	smtp.messages.length = 0;
});

const to = (address: string) => (mail: { to?: unknown }) => recipient(mail as never) === address;
const tokenOf = (link: string) => decodeURIComponent(link.split('/').pop()!);

describe('password reset by mail', () => {
	it('mails a single-use link that sets a new password, ends every session and tells the owner', async () => {
		const userId = await registerResident(handle.db, { email: 'ayse@example.nl', password: 'oud-wachtwoord-123', displayName: 'Ayşe Yılmaz' });
		const { token: sessionToken } = await createSession(handle.db, userId);

		expect(await requestPasswordReset(handle.db, queue, { email: 'ayse@example.nl', ip: '10.0.0.1' })).toEqual({ ok: true });
		const mail = await smtp.waitFor(to('ayse@example.nl'));
		expect(mail.subject).toBe('Kies een nieuw wachtwoord');
		expect(mail.from?.text).toContain('noreply@talentpaspoort.test');
		expect(mail.messageId).toMatch(/@talentpaspoort>$/);
		expect(mail.text).toContain('Hallo Ayşe Yılmaz,');
		expect(mail.html).toContain('lang="nl"');
		const [link] = linksIn(mail);
		expect(link).toMatch(/^https:\/\/talentpaspoort\.test\/wachtwoord-herstellen\/[a-z0-9]+\.[a-z0-9]+$/);
		expect(mail.html).toContain(`href="${link}"`);
		// The secret is made when the mail goes: only its hash is in the database, nothing in the queue.
		const [row] = await handle.db.select().from(emailToken).where(eq(emailToken.userId, userId));
		expect(Buffer.from(row!.secretHash).toString('hex')).not.toContain(tokenOf(link!).split('.')[1]);

		expect(await resetPassword(handle.db, queue, tokenOf(link!), 'nieuw-wachtwoord-456')).toEqual({ ok: true, userId });
		expect(await validateSessionToken(handle.db, sessionToken)).toBeNull();
		expect(await handle.db.select().from(session).where(eq(session.userId, userId))).toEqual([]);
		// Used once: a second try with the same link does nothing.
		expect(await resetPassword(handle.db, queue, tokenOf(link!), 'nog-een-wachtwoord-789')).toEqual({ ok: false });

		const told = await smtp.waitFor((m) => to('ayse@example.nl')(m) && m.subject === 'Je wachtwoord is veranderd');
		expect(told.text).toContain('uitgelogd');
		// A reset proves the mailbox: the address now counts as checked.
		const [after] = await handle.db.select().from(user).where(eq(user.id, userId));
		expect(after!.emailVerifiedAt).not.toBeNull();
	});

	it('answers the same for an unknown address and sends nothing', async () => {
		expect(await requestPasswordReset(handle.db, queue, { email: 'niemand@example.nl', ip: '10.0.0.2' })).toEqual({ ok: true });
		await queue.drained(MAIL_QUEUE);
		expect(smtp.messages).toEqual([]);
	});

	it('a link expires after 30 minutes', async () => {
		await registerResident(handle.db, { email: 'bram@example.nl', password: 'oud-wachtwoord-123', displayName: 'Bram' });
		await requestPasswordReset(handle.db, queue, { email: 'bram@example.nl', ip: '10.0.0.3' });
		const [link] = linksIn(await smtp.waitFor(to('bram@example.nl')));
		const later = new Date(Date.now() + 31 * 60 * 1000);
		expect(await resetPassword(handle.db, queue, tokenOf(link!), 'nieuw-wachtwoord-456', later)).toEqual({ ok: false });
	});

	it('is throttled per address asked for', async () => {
		await registerResident(handle.db, { email: 'cor@example.nl', password: 'oud-wachtwoord-123', displayName: 'Cor' });
		const answers = [];
		for (let i = 0; i < 7; i++) answers.push(await requestPasswordReset(handle.db, queue, { email: 'cor@example.nl', ip: `10.0.1.${i}` }));
		expect(answers.filter((a) => a.ok)).toHaveLength(5);
		expect(answers.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });
	});
});

describe('address check', () => {
	it('a link or the six-digit code checks the address', async () => {
		const userId = await registerResident(handle.db, { email: 'dilan@example.nl', password: 'wachtwoord-12345', displayName: 'Dilan' });
		await requestVerification(handle.db, queue, { userId, email: 'dilan@example.nl' });
		const mail = await smtp.waitFor(to('dilan@example.nl'));
		expect(mail.subject).toBe('Bevestig je e-mailadres');
		const code = /: (\d{6})$/m.exec(mail.text ?? '')?.[1];
		expect(code).toMatch(/^\d{6}$/);
		expect(await verifyEmailByCode(handle.db, userId, code === '000000' ? '111111' : '000000')).toEqual({ ok: false, reason: 'invalid' });
		expect(await verifyEmailByCode(handle.db, userId, code!)).toEqual({ ok: true, userId, email: 'dilan@example.nl' });
		const [row] = await handle.db.select().from(user).where(eq(user.id, userId));
		expect(row!.emailVerifiedAt).not.toBeNull();
		// The link of the same mail is used up with it.
		expect(await verifyEmailByToken(handle.db, tokenOf(linksIn(mail)[0]!))).toEqual({ ok: false, reason: 'invalid' });
	});

	it('a new address becomes the account’s only once it is checked', async () => {
		const userId = await registerResident(handle.db, { email: 'eva@example.nl', password: 'wachtwoord-12345', displayName: 'Eva' });
		await requestVerification(handle.db, queue, { userId, email: 'eva.nieuw@example.nl' });
		const mail = await smtp.waitFor(to('eva.nieuw@example.nl'));
		expect((await handle.db.select().from(user).where(eq(user.id, userId)))[0]!.email).toBe('eva@example.nl');
		expect(await verifyEmailByToken(handle.db, tokenOf(linksIn(mail)[0]!))).toMatchObject({ ok: true, email: 'eva.nieuw@example.nl' });
		expect((await handle.db.select().from(user).where(eq(user.id, userId)))[0]!.email).toBe('eva.nieuw@example.nl');
	});

	it('stops taking codes after five wrong ones, also when they come in parallel', async () => {
		const userId = await registerResident(handle.db, { email: 'fenna@example.nl', password: 'wachtwoord-12345', displayName: 'Fenna' });
		await requestVerification(handle.db, queue, { userId, email: 'fenna@example.nl' });
		const code = /: (\d{6})$/m.exec((await smtp.waitFor(to('fenna@example.nl'))).text ?? '')![1]!;
		const wrong = code === '123456' ? '654321' : '123456';
		await Promise.all(Array.from({ length: 8 }, () => verifyEmailByCode(handle.db, userId, wrong)));
		expect(await verifyEmailByCode(handle.db, userId, code)).toEqual({ ok: false, reason: 'attempts' });
	});
});

describe('staff invitations and unchecked addresses', () => {
	it('an invitation to an address someone registered without checking reaches its real owner', async () => {
		const squatter = await registerResident(handle.db, { email: 'hanna@werkcentrum.example', password: 'niet-van-hanna-1', displayName: 'Iemand anders' });
		const [beheerder] = await handle.db.select({ id: user.id }).from(user).limit(1);
		const { id, token } = await createInvitation(handle.db, { email: 'hanna@werkcentrum.example', role: 'adviseur', invitedBy: beheerder!.id });
		await queue.send(MAIL_QUEUE, { kind: 'invitation', invitationId: id, link: `https://talentpaspoort.test/uitnodiging/${token}` });
		const mail = await smtp.waitFor(to('hanna@werkcentrum.example'));
		expect(mail.subject).toBe('Je bent uitgenodigd voor Talentpaspoort Twente');
		expect(mail.text).toContain('als adviseur');
		await expect.poll(async () => (await handle.db.select().from(invitation).where(eq(invitation.id, id)))[0]!.mailStatus).toBe('sent');

		const hanna = await acceptInvitation(handle.db, tokenOf(linksIn(mail)[0]!), { displayName: 'Hanna', password: 'hanna-haar-wachtwoord' });
		expect(hanna).not.toBe(squatter);
		const [owner] = await handle.db.select().from(user).where(eq(user.email, 'hanna@werkcentrum.example'));
		expect(owner!.id).toBe(hanna);
		expect(owner!.emailVerifiedAt).not.toBeNull();
		const [released] = await handle.db.select().from(user).where(eq(user.id, squatter));
		expect(released!.email).toMatch(/@address\.invalid$/);
	});

	it('an address the mail server refuses for good shows the invitation as bounced, without retries', async () => {
		const [beheerder] = await handle.db.select({ id: user.id }).from(user).limit(1);
		smtp.refuse('bestaat-niet@werkcentrum.example');
		const { id, token } = await createInvitation(handle.db, { email: 'bestaat-niet@werkcentrum.example', role: 'adviseur', invitedBy: beheerder?.id ?? null! });
		await queue.send(MAIL_QUEUE, { kind: 'invitation', invitationId: id, link: `https://talentpaspoort.test/uitnodiging/${token}` });
		await expect.poll(async () => (await handle.db.select().from(invitation).where(eq(invitation.id, id)))[0]!.mailStatus, { timeout: 15_000 }).toBe('bounced');
	});
});

describe('Loopbaan-APK invitations', () => {
	it('an employer’s invitation by e-mail arrives with its link and code, and says the employer sees no answers', async () => {
		const organisationId = newId();
		await handle.db.insert(organisation).values({ id: organisationId, name: 'Metaal Hengelo', kind: 'werkgever' });
		const employer = await registerResident(handle.db, { email: 'hr@metaal.example', password: 'wachtwoord-12345', displayName: 'HR' });
		const { created } = await inviteByEmail(handle.db, { organisationId, createdBy: employer, emails: ['medewerker@metaal.example'] });
		await queue.send(MAIL_QUEUE, { kind: 'apkInvitation', invitationId: created[0]!.id });
		const mail = await smtp.waitFor(to('medewerker@metaal.example'));
		expect(mail.subject).toBe('Metaal Hengelo nodigt je uit voor de Loopbaan-APK');
		expect(mail.text).toContain('nooit jouw antwoorden of je uitslag');
		expect(linksIn(mail)).toContain(`https://talentpaspoort.test/mijn/apk?code=${created[0]!.code}`);
		expect((mail.text ?? '').replace(/-/g, '')).toContain(created[0]!.code);
	});

	it('the employer sees each invitation by e-mail as waiting, sent, and used once the employee accepts it', async () => {
		const organisationId = newId();
		await handle.db.insert(organisation).values({ id: organisationId, name: 'Textiel Almelo', kind: 'werkgever' });
		const employer = await registerResident(handle.db, { email: 'hr@textiel.example', password: 'wachtwoord-12345', displayName: 'HR' });
		const { created } = await inviteByEmail(handle.db, { organisationId, createdBy: employer, emails: ['jet@textiel.example'] });
		expect((await emailInvitationsOf(handle.db, organisationId)).map((i) => [i.email, i.status])).toEqual([['jet@textiel.example', 'queued']]);
		await queue.send(MAIL_QUEUE, { kind: 'apkInvitation', invitationId: created[0]!.id });
		await smtp.waitFor(to('jet@textiel.example'));
		await expect.poll(async () => (await emailInvitationsOf(handle.db, organisationId))[0]!.status).toBe('sent');
		expect((await emailInvitationsOf(handle.db, organisationId))[0]!.mailSentAt).not.toBeNull();

		const jet = await registerResident(handle.db, { email: 'jet@textiel.example', password: 'wachtwoord-12345', displayName: 'Jet' });
		expect(await acceptApkInvitation(handle.db, { userId: jet, code: created[0]!.code, ip: '10.0.0.9' })).toMatchObject({ ok: true });
		expect((await emailInvitationsOf(handle.db, organisationId))[0]!.status).toBe('used');
	});

	it('an invitation the mail server refuses, or that fails on every try, shows as bounced', async () => {
		const organisationId = newId();
		await handle.db.insert(organisation).values({ id: organisationId, name: 'Bouw Oldenzaal', kind: 'werkgever' });
		smtp.refuse('weg@bouw.example');
		const { created } = await inviteByEmail(handle.db, { organisationId, createdBy: null!, emails: ['weg@bouw.example', 'traag@bouw.example'] });
		const [refused, failing] = created;
		await queue.send(MAIL_QUEUE, { kind: 'apkInvitation', invitationId: refused!.id });
		await expect.poll(async () => (await handle.db.select().from(apkInvitation).where(eq(apkInvitation.id, refused!.id)))[0]!.mailStatus, { timeout: 15_000 }).toBe('bounced');

		// A mail server that is down: an earlier try leaves the invitation waiting, the last one marks it.
		const down = { async send() { throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }); } };
		const spec = mailQueueSpec(async () => handle.db, () => down);
		const job = { kind: 'apkInvitation' as const, invitationId: failing!.id };
		await expect(spec.handle(job, { id: newId(), retryCount: MAIL_RETRY_LIMIT - 1 })).rejects.toThrow('ECONNREFUSED');
		expect((await emailInvitationsOf(handle.db, organisationId)).find((i) => i.email === 'traag@bouw.example')!.status).toBe('queued');
		await expect(spec.handle(job, { id: newId(), retryCount: MAIL_RETRY_LIMIT })).rejects.toThrow('ECONNREFUSED');
		expect((await emailInvitationsOf(handle.db, organisationId)).find((i) => i.email === 'traag@bouw.example')!.status).toBe('bounced');
	});
});
