import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	// A real SMTP server for the run; the app server below sends its mail there.
	globalSetup: './e2e/global-setup.ts',
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
	// Generous: the suite must pass with both cores kept busy by other work.
	timeout: 120_000,
	expect: { timeout: 10_000 },
	// Tests, not files, are spread over the workers: one long file (the accessibility sweep) no longer sets the pace.
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		locale: 'nl-NL',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	projects: [{ name: 'chromium-phone', use: { browserName: 'chromium' } }],
	webServer: {
		command: 'node --import tsx scripts/e2e-server.ts',
		url: `http://localhost:${PORT}/api/health`,
		env: { PORT: String(PORT), SMTP_URL: `smtp://127.0.0.1:${PORT + 10_000}`, MAIL_FROM: 'Talentpaspoort Twente <noreply@talentpaspoort.test>', JOB_POLL_SECONDS: '0.5', CREDENTIAL_FETCH_ALLOW_HOSTS: `127.0.0.1:${PORT + 10_001}` },
		reuseExistingServer: false,
		timeout: 120_000,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }
	}
});
