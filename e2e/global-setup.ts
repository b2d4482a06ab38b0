import { rmSync } from 'node:fs';
import { startTestSmtp } from '../src/lib/server/mail/testing';
import { MAIL_DIR, SMTP_PORT } from './support-mail';

/**
 * A real SMTP server in the test runner's process for the whole run: the app server (started by Playwright
 * with SMTP_URL pointing here) sends to it, and each message lands in MAIL_DIR, where tests read it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	rmSync(MAIL_DIR, { recursive: true, force: true });
	const smtp = await startTestSmtp({ port: SMTP_PORT, dir: MAIL_DIR });
	return async () => {
		await smtp.close();
		rmSync(MAIL_DIR, { recursive: true, force: true });
	};
}
