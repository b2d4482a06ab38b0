// Playwright drives Debian's Chromium; a browser is never downloaded by an npm step.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
	if (process.getuid?.() === 0) {
		console.log('Chromium ontbreekt; installeren met apt-get …');
		execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
	} else {
		console.error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
		process.exit(1);
	}
}
