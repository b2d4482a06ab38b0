import { connect, type Socket } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';

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
 * The pooled transport's options: `SMTP_URL` read as nodemailer reads it (its query may set any transport
 * option, e.g. `?maxConnections=10&tls.rejectUnauthorized=false`), over these defaults.
 */
function transportOptions(smtpUrl: string, maxConnections: number): SMTPPool.Options {
	return {
		maxConnections,
		maxMessages: 100,
		connectionTimeout: 20_000,
		greetingTimeout: 20_000,
		socketTimeout: 60_000,
		...(parseConnectionUrl(smtpUrl) as Omit<SMTPPool.Options, 'pool'>),
		pool: true,
		getSocket: connectWithoutDelay
	};
}

/**
 * Opens the pool's TCP connections with Nagle's algorithm off. nodemailer writes a message in several
 * chunks, and with Nagle the final `.` waited for the server's delayed ACK of the chunk before it: 40 ms a
 * message on every connection (25 mails a second each), where the whole exchange takes about 3 ms. TLS
 * (`smtps://`, or STARTTLS later) is still nodemailer's, on this socket.
 */
function connectWithoutDelay(options: SMTPPool.Options, callback: (error: Error | null, socketOptions?: { connection: Socket }) => void): void {
	const socket = connect({ host: options.host || 'localhost', port: Number(options.port) || (options.secure ? 465 : 587), noDelay: true });
	const fail = (error: Error) => {
		clearTimeout(timer);
		socket.destroy();
		callback(error);
	};
	const timer = setTimeout(() => fail(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })), options.connectionTimeout ?? 20_000);
	socket.once('error', fail);
	socket.once('connect', () => {
		clearTimeout(timer);
		socket.removeListener('error', fail);
		callback(null, { connection: socket });
	});
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set (`smtp://user:pass@host:587`, `smtps://…` for TLS on
 * connect). Without it the messages are kept in memory, newest first, and shown at /dev/mail in
 * development: nothing leaves the machine.
 *
 * The transport is pooled: up to `SMTP_MAX_CONNECTIONS` (default 5, the mail worker's concurrency)
 * connections stay open and carry up to 100 messages each, instead of a connection and greeting per
 * message. Each step has a timeout (20 s to connect and for the greeting, 60 s of silence), so a mail
 * server that stops answering fails the try (it is tried again later) well before the queue gives the job
 * to another worker (5 minutes).
 */
export function createMailer(env: { SMTP_URL?: string; MAIL_FROM?: string; SMTP_MAX_CONNECTIONS?: string } = process.env): Mailer {
	const from = env.MAIL_FROM || mailFrom();
	if (env.SMTP_URL) {
		const transport: Transporter = nodemailer.createTransport(transportOptions(env.SMTP_URL, Math.max(1, Number(env.SMTP_MAX_CONNECTIONS ?? 5))));
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
