import { rmSync } from 'node:fs';
import { startTestSmtp } from '../src/lib/server/mail/testing';
import { startBadgeIssuer } from './support-badges';
import { MAIL_DIR, SMTP_PORT } from './support-mail';

/**
 * A real SMTP server in the test runner's process for the whole run: the app server (started by Playwright
 * with SMTP_URL pointing here) sends to it, and each message lands in MAIL_DIR, where tests read it. And a
 * badge issuer's website, where the app checks an imported Open Badge 2.0.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	rmSync(MAIL_DIR, { recursive: true, force: true });
	const smtp = await startTestSmtp({ port: SMTP_PORT, dir: MAIL_DIR });
	const issuer = await startBadgeIssuer();
	return async () => {
		await smtp.close();
		await new Promise<void>((resolve) => issuer.close(() => resolve()));
		rmSync(MAIL_DIR, { recursive: true, force: true });
	};
}
