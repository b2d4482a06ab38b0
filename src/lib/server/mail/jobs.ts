import { and, eq, lt, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/shared/dates';
import { STAFF_BERICHT_KINDS, type NoticeKind } from '$lib/shared/notices';
import { mintEmailToken } from '$lib/server/auth/email';
import { randomToken } from '$lib/server/auth/token';
import type { Db } from '$lib/server/db/client';
import { apkInvitation, invitation, mailDelivery, organisation, user } from '$lib/server/db/schema';
import { formatInvitationCode } from '$lib/shared/apk/invitation';
import type { QueueSpec } from '$lib/server/jobs/queue';
import { mintValidationLink } from '$lib/server/credentials/external';
import type { Mailer } from './mailer';
import { MAIL_QUEUE, type MailJob } from './job';
import { appOrigin, renderMail } from './templates';

export { MAIL_QUEUE, type MailJob };

const NOTICE_TEXT: Record<NoticeKind, (inputs: Record<string, never>, options: { locale: Locale }) => string> = {
	validatie: m.bericht_validatie,
	suggestie: m.bericht_suggestie,
	verslag: m.bericht_verslag,
	contactverzoek: m.bericht_contactverzoek,
	voucher: m.bericht_voucher,
	apk: m.bericht_apk,
	aanbod: m.bericht_aanbod,
	bewijs: m.bericht_bewijs,
	validatieverzoek: m.bericht_validatieverzoek,
	aanvraag: m.bericht_aanvraag,
	fondstoets: m.bericht_fondstoets
};

/** The secret in this person's unsubscribe links, made on first use. */
async function unsubscribeKey(db: Db, userId: string, current: string | null): Promise<string> {
	if (current) return current;
	const key = randomToken();
	const [row] = await db
		.update(user)
		.set({ unsubscribeKey: sql`coalesce(${user.unsubscribeKey}, ${key})` })
		.where(eq(user.id, userId))
		.returning({ key: user.unsubscribeKey });
	return row?.key ?? key;
}

const ROLE_NAMES = { adviseur: m.role_adviseur, werkgever: m.role_werkgever, beheerder: m.role_beheerder, inwoner: m.role_inwoner, aanbieder: m.role_aanbieder } as const;

/** The mail server refused the address for good (a 5xx answer): trying again would not help. */
export function isPermanentRefusal(error: unknown): boolean {
	const code = (error as { responseCode?: unknown })?.responseCode;
	return typeof code === 'number' && code >= 500 && code < 600;
}

/** Whether the mail server already accepted this job's message (a try before this one got that far). */
async function delivered(db: Db, jobId: string): Promise<boolean> {
	const [row] = await db.select({ jobId: mailDelivery.jobId }).from(mailDelivery).where(eq(mailDelivery.jobId, jobId)).limit(1);
	return row !== undefined;
}

/**
 * The mailer for one job: the moment the mail server accepts the message, the job's `mail_delivery` row is
 * written, so a later try of the same job sends nothing (see docs/decisions.md, "Job queue and mail").
 *
 * The row is committed without waiting for its WAL flush (`synchronous_commit` off for this one statement's
 * transaction): the row is visible to every later try at once, and survives the worker's death; only a crash
 * of PostgreSQL itself in the next few hundred milliseconds could lose it, and then that mail goes out again.
 * Waiting for the flush cost a disk sync per mail, the slowest step of sending one.
 */
function recording(db: Db, mailer: Mailer, jobId: string): Mailer {
	return {
		async send(mail) {
			await mailer.send(mail);
			await db.execute(sql`
				with unflushed as (select set_config('synchronous_commit', 'off', true))
				insert into ${mailDelivery} (job_id) select ${jobId}::uuid from unflushed
				on conflict do nothing`);
		}
	};
}

/**
 * How long a delivery record is kept: longer than any later try of its job can come (8 tries with back-off
 * from 30 s are over within about 5 hours, expiries included).
 */
export const MAIL_DELIVERY_RETENTION_HOURS = 48;

/** Delivery records whose job can no longer run again (housekeeping). */
export async function purgeMailDeliveries(db: Db, now = new Date()): Promise<number> {
	const before = new Date(now.getTime() - MAIL_DELIVERY_RETENTION_HOURS * 60 * 60 * 1000);
	const removed = await db.delete(mailDelivery).where(lt(mailDelivery.sentAt, before)).returning({ jobId: mailDelivery.jobId });
	return removed.length;
}

/**
 * Renders and sends one mail job, at most once per job id once the mail server has accepted it; a job whose
 * person or invitation is gone sends nothing.
 */
export async function sendMailJob(db: Db, mailer: Mailer, job: MailJob, jobId: string, now = new Date()): Promise<void> {
	const origin = appOrigin();
	const messageId = `<${jobId}@talentpaspoort>`;
	const alreadySent = await delivered(db, jobId);
	if (alreadySent && job.kind !== 'invitation' && job.kind !== 'apkInvitation') return;
	mailer = recording(db, mailer, jobId);

	if (job.kind === 'invitation') {
		const [row] = await db.select().from(invitation).where(eq(invitation.id, job.invitationId)).limit(1);
		if (!row || row.acceptedAt || row.revokedAt) return;
		if (alreadySent) {
			// Sent by a try that died before it could say so on the invitation.
			if (row.mailStatus !== 'sent') await db.update(invitation).set({ mailStatus: 'sent', mailSentAt: now }).where(eq(invitation.id, row.id));
			return;
		}
		const locale: Locale = 'nl';
		const role = ROLE_NAMES[row.role]({}, { locale }).toLowerCase();
		const sending = mailer.send({
			...renderMail(
				row.email,
				{
					subject: m.mail_invitation_subject({}, { locale }),
					paragraphs: [m.mail_invitation_intro({ role }, { locale })],
					action: { label: m.mail_invitation_button({}, { locale }), url: job.link },
					afterAction: [m.mail_invitation_expiry({ date: formatDate(row.expiresAt, locale) }, { locale }), m.mail_invitation_ignore({}, { locale })]
				},
				locale
			),
			messageId
		});
		try {
			await sending;
		} catch (error) {
			if (!isPermanentRefusal(error)) throw error;
			await db.update(invitation).set({ mailStatus: 'bounced' }).where(eq(invitation.id, row.id));
			return;
		}
		await db.update(invitation).set({ mailStatus: 'sent', mailSentAt: now }).where(eq(invitation.id, row.id));
		return;
	}

	if (job.kind === 'apkInvitation') {
		const [row] = await db
			.select({
				email: apkInvitation.email,
				code: apkInvitation.code,
				acceptedAt: apkInvitation.acceptedAt,
				revokedAt: apkInvitation.revokedAt,
				mailStatus: apkInvitation.mailStatus,
				employer: organisation.name
			})
			.from(apkInvitation)
			.innerJoin(organisation, eq(organisation.id, apkInvitation.organisationId))
			.where(eq(apkInvitation.id, job.invitationId))
			.limit(1);
		if (!row?.email || row.acceptedAt || row.revokedAt) return;
		const setStatus = (mailStatus: 'sent' | 'bounced') =>
			db.update(apkInvitation).set(mailStatus === 'sent' ? { mailStatus, mailSentAt: now } : { mailStatus }).where(eq(apkInvitation.id, job.invitationId));
		if (alreadySent) {
			if (row.mailStatus !== 'sent') await setStatus('sent');
			return;
		}
		const locale: Locale = 'nl';
		const sending = mailer.send({
			...renderMail(
				row.email,
				{
					subject: m.mail_apk_invitation_subject({ employer: row.employer }, { locale }),
					paragraphs: [m.mail_apk_invitation_intro({ employer: row.employer }, { locale }), m.mail_apk_invitation_privacy({}, { locale })],
					action: { label: m.mail_apk_invitation_button({}, { locale }), url: `${origin}/mijn/apk?code=${row.code}` },
					code: { label: m.mail_apk_invitation_code({}, { locale }), value: formatInvitationCode(row.code) }
				},
				locale
			),
			messageId
		});
		try {
			await sending;
		} catch (error) {
			if (!isPermanentRefusal(error)) throw error;
			await setStatus('bounced');
			return;
		}
		await setStatus('sent');
		return;
	}

	if (job.kind === 'externalValidation') {
		// A new secret each try: the link in the mail that went out last is the one that works.
		const link = await mintValidationLink(db, job.requestId, now);
		if (!link) return;
		const locale: Locale = link.locale;
		const resident = link.residentName || m.mail_external_validation_someone({}, { locale });
		await mailer.send({
			...renderMail(
				link.email,
				{
					name: link.validatorName,
					subject: m.mail_external_validation_subject({ resident }, { locale }),
					paragraphs: [m.mail_external_validation_intro({ resident }, { locale }), m.mail_external_validation_no_account({}, { locale })],
					action: { label: m.mail_external_validation_button({}, { locale }), url: `${origin}/bevestigen/${link.token}` },
					afterAction: [m.mail_external_validation_expiry({ date: formatDate(link.expiresAt, locale) }, { locale }), m.mail_external_validation_ignore({}, { locale })]
				},
				locale
			),
			messageId
		});
		return;
	}

	const [person] = await db.select().from(user).where(eq(user.id, job.userId)).limit(1);
	if (!person) return;
	const locale = person.locale;
	const name = person.displayName;

	if (job.kind === 'verify') {
		const { token, code } = await mintEmailToken(db, { userId: person.id, purpose: 'verify', email: job.email }, now);
		await mailer.send({
			...renderMail(
				job.email,
				{
					name,
					subject: m.mail_verify_subject({}, { locale }),
					paragraphs: [m.mail_verify_intro({ email: job.email }, { locale })],
					action: { label: m.mail_verify_button({}, { locale }), url: `${origin}/e-mail-bevestigen/${token}` },
					code: { label: m.mail_verify_code_label({}, { locale }), value: code! },
					afterAction: [m.mail_verify_expiry({}, { locale }), m.mail_verify_ignore({}, { locale })]
				},
				locale
			),
			messageId
		});
		return;
	}

	if (job.kind === 'reset') {
		const { token } = await mintEmailToken(db, { userId: person.id, purpose: 'reset', email: person.email }, now);
		await mailer.send({
			...renderMail(
				person.email,
				{
					name,
					subject: m.mail_reset_subject({}, { locale }),
					paragraphs: [m.mail_reset_intro({}, { locale })],
					action: { label: m.mail_reset_button({}, { locale }), url: `${origin}/wachtwoord-herstellen/${token}` },
					afterAction: [m.mail_reset_expiry({}, { locale }), m.mail_reset_ignore({}, { locale })]
				},
				locale
			),
			messageId
		});
		return;
	}

	if (job.kind === 'notice') {
		// The address may have changed, or lost its check, since the job was queued.
		if (!person.emailVerifiedAt) return;
		const key = await unsubscribeKey(db, person.id, person.unsubscribeKey);
		await mailer.send({
			...renderMail(
				person.email,
				{
					name,
					subject: (STAFF_BERICHT_KINDS as readonly string[]).includes(job.notice) ? m.mail_notice_subject_staff({}, { locale }) : m.mail_notice_subject({}, { locale }),
					paragraphs: [NOTICE_TEXT[job.notice]({}, { locale }), m.mail_notice_privacy({}, { locale })],
					action: { label: m.mail_notice_button({}, { locale }), url: `${origin}/inloggen?redirectTo=${encodeURIComponent(job.link)}` },
					unsubscribeUrl: `${origin}/afmelden/${person.id}.${key}?soort=${job.notice}`
				},
				locale
			),
			messageId
		});
		return;
	}

	await mailer.send({
		...renderMail(
			person.email,
			{
				name,
				subject: m.mail_password_changed_subject({}, { locale }),
				paragraphs: [m.mail_password_changed_intro({}, { locale }), m.mail_password_changed_not_you({}, { locale })],
				action: { label: m.mail_password_changed_button({}, { locale }), url: `${origin}/wachtwoord-vergeten` }
			},
			locale
		),
		messageId
	});
}

/** Tries of a mail job after its first. */
export const MAIL_RETRY_LIMIT = 8;

/** An invitation whose mail could not be delivered at all: its sender sees it as bounced. */
async function markUndelivered(db: Db, job: MailJob): Promise<void> {
	if (job.kind === 'invitation') await db.update(invitation).set({ mailStatus: 'bounced' }).where(and(eq(invitation.id, job.invitationId), sql`${invitation.mailStatus} is distinct from 'sent'`));
	if (job.kind === 'apkInvitation') await db.update(apkInvitation).set({ mailStatus: 'bounced' }).where(and(eq(apkInvitation.id, job.invitationId), sql`${apkInvitation.mailStatus} is distinct from 'sent'`));
}

/** Mail jobs one worker sends at the same time (each over its own pooled SMTP connection): `MAIL_CONCURRENCY`, default 5. */
export const MAIL_CONCURRENCY = Math.max(1, Number(process.env.MAIL_CONCURRENCY ?? 5));

/**
 * The mail queue's worker: up to 8 more tries, 30 s, 1 min, 2 min … apart; batches of 50 jobs, sent
 * `MAIL_CONCURRENCY` at a time (the pooled transport keeps as many SMTP connections open).
 */
export function mailQueueSpec(db: () => Promise<Db>, mailer: () => Mailer): QueueSpec<MailJob> {
	return {
		name: MAIL_QUEUE,
		retryLimit: MAIL_RETRY_LIMIT,
		retryDelay: 30,
		batchSize: 50,
		concurrency: MAIL_CONCURRENCY,
		handle: async (data, job) => {
			try {
				await sendMailJob(await db(), mailer(), data, job.id);
			} catch (error) {
				// An address the mail server refuses for good is not tried again (an invitation shows it as bounced).
				if (!isPermanentRefusal(error)) {
					// The last try failed too: the sender of an invitation sees it did not arrive.
					if (job.retryCount >= MAIL_RETRY_LIMIT) await markUndelivered(await db(), data);
					throw error;
				}
				console.error(`[mail] ${data.kind} refused by the mail server: ${(error as { responseCode: number }).responseCode}`);
			}
		}
	};
}
