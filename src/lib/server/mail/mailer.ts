import nodemailer, { type Transporter } from 'nodemailer';

/** One message as it leaves the app: both parts, and headers such as List-Unsubscribe. */
export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	html: string;
	headers?: Record<string, string>;
	/** Stable per job, so a message that is retried keeps its Message-ID and a receiver can spot a repeat. */
	messageId?: string;
}

/** A message kept by the development mailer, for the page at /dev/mail. */
export interface KeptMail extends OutgoingMail {
	from: string;
	sentAt: Date;
}

export interface Mailer {
	send(mail: OutgoingMail): Promise<void>;
	/** Only the development mailer keeps what it sends; the SMTP mailer keeps nothing. */
	readonly kept?: readonly KeptMail[];
}

const KEEP_AT_MOST = 200;

/** `MAIL_FROM`, e.g. `Talentpaspoort Twente <noreply@talentpaspoort.nl>`. */
export function mailFrom(): string {
	return process.env.MAIL_FROM || 'Talentpaspoort Twente <noreply@talentpaspoort.localhost>';
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set (`smtp://user:pass@host:587`, `smtps://…` for TLS on
 * connect). Without it the messages are kept in memory, newest first, and shown at /dev/mail in
 * development: nothing leaves the machine.
 */
export function createMailer(env: { SMTP_URL?: string; MAIL_FROM?: string } = process.env): Mailer {
	const from = env.MAIL_FROM || mailFrom();
	if (env.SMTP_URL) {
		const transport: Transporter = nodemailer.createTransport(env.SMTP_URL);
		return {
			async send(mail) {
				await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, messageId: mail.messageId });
			}
		};
	}
	const kept: KeptMail[] = [];
	return {
		kept,
		async send(mail) {
			kept.unshift({ ...mail, from, sentAt: new Date() });
			kept.length = Math.min(kept.length, KEEP_AT_MOST);
		}
	};
}

let current: Mailer | undefined;

/** The process-wide mailer, made from the environment on first use. */
export function mailer(): Mailer {
	current ??= createMailer();
	return current;
}
