import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
	url: string;
	port: number;
	messages: ParsedMail[];
	/** The first message (arrived or arriving within the timeout) that matches. */
	waitFor(match: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
	/** Makes the server answer 550 to these recipients, as a mail server does for an unknown mailbox. */
	refuse(address: string): void;
	/**
	 * From the `count`th stored message on (0: at once), every new MAIL FROM is left unanswered until
	 * `release()`: the sender's connections stop between two messages, none of them half sent.
	 */
	holdAfter(count: number): void;
	release(): void;
	/** Connections waiting for an answer to a held MAIL FROM. */
	readonly held: number;
	/** Messages under way: MAIL FROM answered, the message not yet stored, the connection still open. */
	readonly underWay: number;
	close(): Promise<void>;
}

/**
 * A real SMTP server for tests, in the test process: what the app sends arrives here over SMTP and is parsed
 * (headers, text and HTML parts). With `dir`, each message is also written there as `<n>.eml`, for test
 * processes that read mail a server in another process received.
 */
export async function startTestSmtp(options: { port?: number; dir?: string } = {}): Promise<TestSmtp> {
	const messages: ParsedMail[] = [];
	const waiters: (() => void)[] = [];
	const refused = new Set<string>();
	if (options.dir) mkdirSync(options.dir, { recursive: true });
	let count = 0;
	let holdFrom = Infinity;
	const held = new Map<string, () => void>();
	const underWay = new Set<string>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		size: 1024 * 1024,
		// Senders with pooled connections keep them open; on close they are ended after a second.
		closeTimeout: 1000,
		onMailFrom(_address, session, callback) {
			const answer = () => {
				held.delete(session.id);
				underWay.add(session.id);
				callback();
			};
			if (messages.length >= holdFrom) held.set(session.id, answer);
			else answer();
		},
		onClose(session) {
			held.delete(session.id);
			underWay.delete(session.id);
		},
		onRcptTo(address, _session, callback) {
			if (refused.has(address.address.toLowerCase())) {
				const error = new Error('No such mailbox') as Error & { responseCode: number };
				error.responseCode = 550;
				return callback(error);
			}
			callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', async () => {
				const raw = Buffer.concat(chunks);
				if (options.dir) writeFileSync(join(options.dir, `${Date.now()}-${++count}.eml`), raw);
				messages.push(await simpleParser(raw));
				underWay.delete(session.id);
				waiters.splice(0).forEach((wake) => wake());
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const port = (server.server.address() as { port: number }).port;

	return {
		url: `smtp://127.0.0.1:${port}`,
		port,
		messages,
		refuse: (address) => void refused.add(address.toLowerCase()),
		holdAfter(count) {
			holdFrom = count;
		},
		release() {
			holdFrom = Infinity;
			for (const answer of [...held.values()]) answer();
		},
		get held() {
			return held.size;
		},
		get underWay() {
			return underWay.size;
		},
		async waitFor(match, timeoutMs = 15_000) {
			const giveUpAt = Date.now() + timeoutMs;
			for (;;) {
				const found = messages.find(match);
				if (found) return found;
				const left = giveUpAt - Date.now();
				if (left <= 0) throw new Error(`no matching mail among ${messages.length} received`);
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, Math.min(left, 500));
					waiters.push(() => {
						clearTimeout(timer);
						resolve();
					});
				});
			}
		},
		close: () =>
			new Promise<void>((resolve) => {
				held.clear();
				server.close(() => resolve());
			})
	};
}

/** The recipient's address of a parsed message. */
export function recipient(mail: ParsedMail): string {
	const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
	return to?.value[0]?.address?.toLowerCase() ?? '';
}

/** Every link in the plain-text part. */
export function linksIn(mail: ParsedMail): string[] {
	return [...(mail.text ?? '').matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
}
