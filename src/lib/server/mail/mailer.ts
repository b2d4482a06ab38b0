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
	/** Closes the SMTP connections it keeps open (on shutdown). */
	close?(): void;
}

const KEEP_AT_MOST = 200;

/** `MAIL_FROM`, e.g. `Talentpaspoort Twente <noreply@talentpaspoort.nl>`. */
export function mailFrom(): string {
	return process.env.MAIL_FROM || 'Talentpaspoort Twente <noreply@talentpaspoort.localhost>';
}

/**
 * nodemailer takes the transport's options from the URL's query when it is given a URL, so the pool and
 * timeouts are added there, each unless the URL already sets it (an operator can tune them in `SMTP_URL`).
 */
function pooledUrl(smtpUrl: string, maxConnections: number): string {
	const url = new URL(smtpUrl);
	const defaults = { pool: 'true', maxConnections: String(maxConnections), maxMessages: '100', connectionTimeout: '20000', greetingTimeout: '20000', socketTimeout: '60000' };
	for (const [key, value] of Object.entries(defaults)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
	return url.toString();
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set (`smtp://user:pass@host:587`, `smtps://…` for TLS on
 * connect). Without it the messages are kept in memory, newest first, and shown at /dev/mail in
 * development: nothing leaves the machine.
 *
 * The transport is pooled: up to `SMTP_MAX_CONNECTIONS` (default 5, the mail worker's concurrency)
 * connections stay open and carry up to 100 messages each, instead of a connection and greeting per
 * message. Each step has a timeout, so a mail server that stops answering fails the try (it is tried again
 * later) well before the queue gives the job to another worker (5 minutes).
 */
export function createMailer(env: { SMTP_URL?: string; MAIL_FROM?: string; SMTP_MAX_CONNECTIONS?: string } = process.env): Mailer {
	const from = env.MAIL_FROM || mailFrom();
	if (env.SMTP_URL) {
		const transport: Transporter = nodemailer.createTransport(pooledUrl(env.SMTP_URL, Math.max(1, Number(env.SMTP_MAX_CONNECTIONS ?? 5))));
		return {
			async send(mail) {
				await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, messageId: mail.messageId });
			},
			close: () => transport.close()
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

/** Closes the process-wide mailer's connections (on shutdown); the next `mailer()` makes a new one. */
export function closeMailer(): void {
	current?.close?.();
	current = undefined;
}
