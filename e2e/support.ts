import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page, type Response } from '@playwright/test';

export { expect };

/**
 * Waits until the app in the page has started (the root layout marks `<html data-app="ready">`); before that,
 * hydration may reset a field that was typed in, and a button that needs the app does nothing. Pages that are
 * not the app (a JSON answer, a plain error page) are not waited for.
 */
export async function appReady(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.documentElement.dataset.app === 'ready' || !Object.keys(window).some((key) => key.startsWith('__sveltekit_')),
		undefined,
		{ timeout: 20_000 }
	);
}

function isDocument(response: Response | null): boolean {
	return (response?.headers()['content-type'] ?? '').startsWith('text/html');
}

const waiting = new WeakSet<Page>();

/** Every full page load (goto, reload) waits for the app to start, as a person waits for the page to respond. */
function waitForAppOnLoad(page: Page): Page {
	if (waiting.has(page)) return page;
	waiting.add(page);
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (...args) => {
		const response = await goto(...args);
		if (isDocument(response)) await appReady(page);
		return response;
	};
	page.reload = async (...args) => {
		const response = await reload(...args);
		if (isDocument(response)) await appReady(page);
		return response;
	};
	return page;
}

/**
 * Uncaught exceptions in any page of the running test (the `pageerror` event: what the browser console shows
 * as "Uncaught …"). A page that throws has stopped doing what the person asked — a button that saves
 * nothing — so every test fails on one, even when its own expectations happen to pass.
 */
let pageErrors: string[] = [];

const watched = new WeakSet<Page>();

function watchForPageErrors(page: Page): void {
	if (watched.has(page)) return;
	watched.add(page);
	page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
}

/**
 * Watches every page of a context for uncaught exceptions, also one a test opens outside the fixtures
 * (`chromium.launchPersistentContext`): the running test fails on any.
 */
export function watchPageErrors(context: BrowserContext): BrowserContext {
	context.on('page', watchForPageErrors);
	context.pages().forEach(watchForPageErrors);
	return context;
}

function waitForAppInContext(context: BrowserContext): BrowserContext {
	const newPage = context.newPage.bind(context);
	context.newPage = async () => waitForAppOnLoad(await newPage());
	context.on('page', waitForAppOnLoad);
	context.pages().forEach(waitForAppOnLoad);
	return watchPageErrors(context);
}

/**
 * Playwright's test, with every page (also in contexts a test opens itself) waiting for the app after a full
 * load, and the test failing on any uncaught exception in any of its pages. Every spec imports `test` from
 * here (eslint refuses Playwright's own).
 */
export const test = base.extend<{ failOnPageError: void }, object>({
	failOnPageError: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
		async ({}, use) => {
			pageErrors = [];
			await use();
			const errors = pageErrors;
			pageErrors = [];
			expect(errors, 'uncaught exceptions in the page (pageerror)').toEqual([]);
		},
		{ auto: true }
	],
	context: async ({ context }, use) => {
		await use(waitForAppInContext(context));
	},
	browser: [
		async ({ browser }, use) => {
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (...args) => waitForAppInContext(await newContext(...args));
			await use(browser);
		},
		{ scope: 'worker' }
	]
});

/**
 * Waits until the service worker controls the page and keeps this resident page, the resident home and the
 * offline shell in its cache: what one online visit leaves on a phone before its connection drops.
 */
export async function readyForOffline(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const cache = await caches.open('resident-shell-v2');
					const kept = await Promise.all([location.pathname, '/mijn', '/mijn/offline', '/mijn/__data.json'].map((key) => cache.match(key)));
					return kept.every(Boolean);
				}),
			{ message: 'the service worker keeps this page for offline use', timeout: 20_000 }
		)
		.toBe(true);
}

export const DEMO = {
	inwoner: { email: 'inwoner@demo.talentpaspoort.nl', password: 'Demo-inwoner-2026' },
	adviseur: { email: 'adviseur@demo.talentpaspoort.nl', password: 'Demo-adviseur-2026' },
	werkgever: { email: 'werkgever@demo.talentpaspoort.nl', password: 'Demo-werkgever-2026' },
	beheerder: { email: 'beheer@demo.talentpaspoort.nl', password: 'Demo-beheer-2026' }
} as const;

/**
 * Fails the test on any WCAG 2.0/2.1 A or AA violation on the page as it is now. Axe runs inside the page and
 * its frames ("legacy mode"): the default opens an extra blank page per check to merge the frames' results,
 * which doubles the cost of a check and finds nothing more in pages like ours.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).not.toHaveURL(/\/inloggen/);
	await appReady(page);
}

export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.nl`;
}

/** A resident of its own per test, so no other test (or repeat) edits the same portfolio meanwhile. */
export async function registerResident(page: Page, name = 'Test Inwoner'): Promise<{ email: string; password: string }> {
	const account = { email: uniqueEmail('inwoner'), password: 'een-lang-wachtwoord-2026' };
	await page.goto('/registreren');
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('E-mailadres').fill(account.email);
	await page.getByLabel('Wachtwoord').fill(account.password);
	await page.getByLabel('Ik heb de privacyverklaring gelezen').check();
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/mijn$/);
	await appReady(page);
	return account;
}

/**
 * The main navigation with its links showing. On a phone (or zoomed in) a signed-in user's links sit behind
 * the "Menu" button, which is opened first; on a wide screen the links are always there.
 */
export async function mainNav(page: Page): Promise<Locator> {
	const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
	const toggle = nav.getByRole('button', { name: 'Menu' });
	if (await toggle.isVisible()) {
		// A click before hydration does nothing, so click until the menu says it is open.
		await expect(async () => {
			if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
			await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
		}).toPass();
	}
	return nav;
}

/** Follows a link of the main navigation, the way a user would on the current screen size. */
export async function navigateTo(page: Page, name: string): Promise<void> {
	await (await mainNav(page)).getByRole('link', { name, exact: true }).click();
}

export async function signOut(page: Page): Promise<void> {
	await (await mainNav(page)).getByRole('button', { name: 'Uitloggen' }).click();
	// A plain form post: the sign-in page it lands on is a full page load, so wait for the app there too.
	await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
	await appReady(page);
}

/** The text of every page of a PDF file, as a reader would get it by selecting all. */
export { pdfText } from '../scripts/lib/pdf-text';
