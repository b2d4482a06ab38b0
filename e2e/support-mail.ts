import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { linksIn, recipient } from '../src/lib/server/mail/testing';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Next to the app's port, so runs on other ports (another checkout) have their own. */
export const SMTP_PORT = PORT + 10_000;
export const MAIL_DIR = join(tmpdir(), `tp-e2e-mail-${PORT}`);

export { linksIn };

/** The first mail to `address` (matching `match`) that the test SMTP server received, waiting for it. */
export async function mailTo(address: string, match: (mail: ParsedMail) => boolean = () => true, timeoutMs = 20_000): Promise<ParsedMail> {
	const giveUpAt = Date.now() + timeoutMs;
	const seen = new Map<string, ParsedMail>();
	for (;;) {
		let files: string[] = [];
		try {
			files = readdirSync(MAIL_DIR).sort();
		} catch {
			// Not there until the first mail arrives.
		}
		for (const file of files) {
			if (!seen.has(file)) seen.set(file, await simpleParser(readFileSync(join(MAIL_DIR, file))));
			const mail = seen.get(file)!;
			if (recipient(mail) === address.toLowerCase() && match(mail)) return mail;
		}
		if (Date.now() > giveUpAt) throw new Error(`no mail to ${address} arrived`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The link in a mail that goes to this path, made relative so the test's baseURL applies. */
export function linkTo(mail: ParsedMail, path: string): string {
	const link = linksIn(mail).find((l) => new URL(l).pathname.startsWith(path));
	if (!link) throw new Error(`no link to ${path} in: ${mail.text}`);
	const url = new URL(link);
	return url.pathname + url.search;
}
