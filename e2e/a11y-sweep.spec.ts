import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test, uniqueEmail } from './support';
import { seedWelderPaspoort } from './support-aanbod';
import { germanLeftovers, useGerman } from './support-i18n';

/**
 * Accessibility sweep: every page of every role, with axe (WCAG 2.1 A and AA) and reflow.
 *
 * Reflow (WCAG 1.4.10): content must fit 320 CSS px without scrolling sideways. A 1280 px wide window at
 * 400 % zoom, or a 640 px wide one at 200 %, is 320 CSS px wide: browser zoom only changes how many device
 * pixels one CSS pixel takes, and media queries, layout and `scrollWidth` all work in CSS pixels. So a
 * 320×640 viewport is the accepted equivalent of "200 % zoom at 640 px" and "400 % at 1280 px"; emulating
 * zoom with CDP `Emulation.setPageScaleFactor` (pinch zoom) or CSS `zoom` is not the same thing, as neither
 * makes the layout viewport narrower.
 *
 * Each role's pages are swept a second time in German (`germanPass`): target sizes and reflow again (German
 * words are longer), `<html lang="de">` and no Dutch or English interface text (a message of nl.json or en.json of two words or more whose German
 * differs). Catalogue and taxonomy data (offer titles, skill and occupation names, gemeenten) are Dutch data,
 * not interface text, and are not messages, so they are not counted (see docs/decisions.md).
 */

/** `aanbieder` pages are checked with axe in catalogus-import.spec.ts, where a provider account is made. */
type Role = 'public' | 'inwoner' | 'adviseur' | 'werkgever' | 'beheerder' | 'aanbieder';
type Ids = Partial<Record<'token' | 'vacatureId' | 'offerId' | 'scanId' | 'voucherId' | 'portfolioId' | 'requestId' | 'catalogueOfferId' | 'providerId' | 'occupationId', string>>;

function need(ids: Ids, key: keyof Ids): string {
	const value = ids[key];
	if (!value) throw new Error(`no ${key} was made for the sweep`);
	return value;
}

/**
 * Every page route, with who opens it and how its parameters are found. The state behind a parameter is
 * made in the role's test below, through the UI (or the sync API, the way a device would).
 */
const ROUTES: Record<string, { role: Role; path: (ids: Ids) => string }> = {
	'/': { role: 'public', path: () => '/' },
	'/geen-toegang': { role: 'public', path: () => '/geen-toegang' },
	// Where a deleted account lands; the page itself needs no state.
	'/account-verwijderd': { role: 'public', path: () => '/account-verwijderd' },
	'/inloggen': { role: 'public', path: () => '/inloggen' },
	'/privacy': { role: 'public', path: () => '/privacy' },
	'/registreren': { role: 'public', path: () => '/registreren' },
	'/wachtwoord-vergeten': { role: 'public', path: () => '/wachtwoord-vergeten' },
	// A link that no longer works (the working one is checked in mail.spec.ts).
	'/wachtwoord-herstellen/[token]': { role: 'public', path: () => '/wachtwoord-herstellen/verlopen.link' },
	'/e-mail-bevestigen/[token]': { role: 'public', path: () => '/e-mail-bevestigen/een.link' },
	// An unsubscribe link that is not anyone's (a working one is followed in notifications.spec.ts).
	'/afmelden/[token]': { role: 'public', path: () => '/afmelden/00000000-0000-4000-8000-000000000000.onbekend?soort=validatie' },
	// A fresh link made by the beheerder, opened signed out.
	'/uitnodiging/[token]': { role: 'beheerder', path: (ids) => `/uitnodiging/${need(ids, 'token')}` },
	// Links that are not anyone's (working ones are followed in credentials.spec.ts).
	'/bevestigen/[token]': { role: 'public', path: () => '/bevestigen/onbekend.link' },
	'/verifieer/[id]': { role: 'public', path: () => '/verifieer/onbekendelinkje' },
	'/verifieer/cv/[slug]': { role: 'public', path: () => '/verifieer/cv/onbekendelinkje' },
	'/account': { role: 'inwoner', path: () => '/account' },

	'/mijn': { role: 'inwoner', path: () => '/mijn' },
	'/mijn/profiel': { role: 'inwoner', path: () => '/mijn/profiel' },
	'/mijn/skills': { role: 'inwoner', path: () => '/mijn/skills' },
	'/mijn/ervaring': { role: 'inwoner', path: () => '/mijn/ervaring' },
	'/mijn/opleiding': { role: 'inwoner', path: () => '/mijn/opleiding' },
	'/mijn/talen': { role: 'inwoner', path: () => '/mijn/talen' },
	'/mijn/plan': { role: 'inwoner', path: () => '/mijn/plan' },
	'/mijn/aanbod': { role: 'inwoner', path: () => '/mijn/aanbod' },
	// The lasser course from the demo catalogue, which a welder's paspoort matches.
	'/mijn/aanbod/[id]': { role: 'inwoner', path: (ids) => `/mijn/aanbod/${need(ids, 'offerId')}` },
	'/mijn/aanbod/zo-werkt-matchen': { role: 'inwoner', path: () => '/mijn/aanbod/zo-werkt-matchen' },
	'/mijn/aanbod/beroepen': { role: 'inwoner', path: () => '/mijn/aanbod/beroepen' },
	'/mijn/aanbod/gevolgd': { role: 'inwoner', path: () => '/mijn/aanbod/gevolgd' },
	'/mijn/apk': { role: 'inwoner', path: () => '/mijn/apk' },
	// An open scan: the resident has started the APK.
	'/mijn/apk/scan': { role: 'inwoner', path: () => '/mijn/apk/scan?blok=1' },
	'/mijn/apk/geschiedenis': { role: 'inwoner', path: () => '/mijn/apk/geschiedenis' },
	// A scan the resident finished in the UI.
	'/mijn/apk/uitslag/[scanId]': { role: 'inwoner', path: (ids) => `/mijn/apk/uitslag/${need(ids, 'scanId')}` },
	'/mijn/delen': { role: 'inwoner', path: () => '/mijn/delen' },
	'/mijn/delen/gesprek': { role: 'inwoner', path: () => '/mijn/delen/gesprek' },
	'/mijn/delen/talentpool': { role: 'inwoner', path: () => '/mijn/delen/talentpool' },
	'/mijn/evc': { role: 'inwoner', path: () => '/mijn/evc' },
	'/mijn/credentials': { role: 'inwoner', path: () => '/mijn/credentials' },
	'/mijn/evc/bewijs': { role: 'inwoner', path: () => '/mijn/evc/bewijs' },
	'/mijn/gegevens': { role: 'inwoner', path: () => '/mijn/gegevens' },
	'/mijn/klantervaring': { role: 'inwoner', path: () => '/mijn/klantervaring' },
	'/mijn/berichten': { role: 'inwoner', path: () => '/mijn/berichten' },
	'/mijn/vouchers': { role: 'inwoner', path: () => '/mijn/vouchers' },
	// The resident's own voucher application, begun from the lasser course.
	'/mijn/vouchers/[id]': { role: 'inwoner', path: (ids) => `/mijn/vouchers/${need(ids, 'voucherId')}` },

	'/adviseur': { role: 'adviseur', path: () => '/adviseur' },
	'/adviseur/gesprek': { role: 'adviseur', path: () => '/adviseur/gesprek' },
	// The adviser's berichten: work that waits for them (filled in reach.spec.ts).
	'/berichten': { role: 'adviseur', path: () => '/berichten' },
	// A resident who gave the demo adviser a gesprek code (an active grant).
	'/adviseur/inwoner/[portfolioId]': { role: 'adviseur', path: (ids) => `/adviseur/inwoner/${need(ids, 'portfolioId')}` },
	'/adviseur/vouchers': { role: 'adviseur', path: () => '/adviseur/vouchers' },
	// A submitted voucher application, shared with the advisers.
	'/adviseur/vouchers/[id]': { role: 'adviseur', path: (ids) => `/adviseur/vouchers/${need(ids, 'voucherId')}` },

	'/werkgever': { role: 'werkgever', path: () => '/werkgever' },
	'/werkgever/apk': { role: 'werkgever', path: () => '/werkgever/apk' },
	'/werkgever/talentpool': { role: 'werkgever', path: () => '/werkgever/talentpool' },
	// A contact request the resident accepted, sharing their skills.
	'/werkgever/talentpool/[requestId]': { role: 'werkgever', path: (ids) => `/werkgever/talentpool/${need(ids, 'requestId')}` },
	'/werkgever/vacatures': { role: 'werkgever', path: () => '/werkgever/vacatures' },
	// A vacature the employer posted (and paused) in the sweep, edited and with its "who fits" list.
	'/werkgever/vacatures/[id]': { role: 'werkgever', path: (ids) => `/werkgever/vacatures/${need(ids, 'vacatureId')}` },
	'/werkgever/vacatures/[id]/kandidaten': { role: 'werkgever', path: (ids) => `/werkgever/vacatures/${need(ids, 'vacatureId')}/kandidaten` },

	'/beheer': { role: 'beheerder', path: () => '/beheer' },
	'/beheer/medewerkers': { role: 'beheerder', path: () => '/beheer/medewerkers' },
	'/beheer/monitoring': { role: 'beheerder', path: () => '/beheer/monitoring' },
	'/beheer/uitnodigingen': { role: 'beheerder', path: () => '/beheer/uitnodigingen' },
	'/beheer/vouchers': { role: 'beheerder', path: () => '/beheer/vouchers' },
	'/beheer/vouchers/[id]': { role: 'beheerder', path: (ids) => `/beheer/vouchers/${need(ids, 'voucherId')}` },
	'/beheer/aanbod': { role: 'beheerder', path: () => '/beheer/aanbod' },
	'/beheer/vacatures': { role: 'beheerder', path: () => '/beheer/vacatures' },
	// The first offer, provider and kansberoep in the catalogue editor's lists.
	'/beheer/aanbod/[id]': { role: 'beheerder', path: (ids) => `/beheer/aanbod/${need(ids, 'catalogueOfferId')}` },
	'/beheer/aanbod/aanbieders': { role: 'beheerder', path: () => '/beheer/aanbod/aanbieders' },
	'/beheer/aanbod/import': { role: 'beheerder', path: () => '/beheer/aanbod/import' },
	'/beheer/taxonomie/esco': { role: 'beheerder', path: () => '/beheer/taxonomie/esco' },
	'/aanbieder': { role: 'aanbieder', path: () => '/aanbieder' },
	'/aanbieder/import': { role: 'aanbieder', path: () => '/aanbieder/import' },
	'/aanbieder/aanbod/[id]': { role: 'aanbieder', path: (ids) => `/aanbieder/aanbod/${need(ids, 'catalogueOfferId')}` },
	'/beheer/aanbod/aanbieders/[id]': { role: 'beheerder', path: (ids) => `/beheer/aanbod/aanbieders/${need(ids, 'providerId')}` },
	'/beheer/aanbod/kansberoepen': { role: 'beheerder', path: () => '/beheer/aanbod/kansberoepen' },
	'/beheer/aanbod/kansberoepen/[id]': { role: 'beheerder', path: (ids) => `/beheer/aanbod/kansberoepen/${need(ids, 'occupationId')}` }
};

/** `/mijn/aanbod/[id]` for `src/routes/(inwoner)/mijn/aanbod/[id]/+page.svelte`: groups are not part of the URL. */
function pageRoutes(dir = join(process.cwd(), 'src', 'routes')): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...pageRoutes(full));
		else if (entry.name === '+page.svelte') {
			const segments = relative(join(process.cwd(), 'src', 'routes'), dir)
				.split(sep)
				.filter((s) => s && !/^\(.+\)$/.test(s));
			found.push(`/${segments.join('/')}`);
		}
	}
	return found.sort();
}

function routesOf(role: Role): string[] {
	return Object.entries(ROUTES)
		.filter(([, r]) => r.role === role)
		.map(([route]) => route);
}

const PHONE = { width: 390, height: 844 };
/** 320 CSS px: 1280 px at 400 %, 640 px at 200 % (see the comment at the top). */
const REFLOW = { width: 320, height: 640 };

/** What the page overflows with at 320 px, or null when nothing scrolls sideways. */
async function horizontalOverflow(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const root = document.documentElement;
		if (root.scrollWidth <= root.clientWidth) return null;
		const wide = [...document.body.querySelectorAll('*')]
			.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
			.filter((el) => !el.closest('.table-wrap, [data-scroll-box]'))
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`);
		return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}: ${wide.join(', ')}`;
	});
}

/**
 * Text fields, selects and textareas that do not carry the shared field style (app.css): a 2 px (3 px when
 * invalid) border, rounded corners and at least 44 px height. A field with its own thin border or no type the
 * stylesheet knows shows as a thin unstyled box.
 */
async function unstyledFields(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const skip = new Set(['checkbox', 'radio', 'file', 'hidden', 'range', 'color', 'submit', 'button', 'reset', 'image']);
		const fields = [...document.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
			(el) => !(el instanceof HTMLInputElement && skip.has(el.type)) && el.checkVisibility() && el.getBoundingClientRect().width > 1
		);
		return fields
			.filter((el) => {
				const style = getComputedStyle(el);
				const border = parseFloat(style.borderTopWidth);
				return border < 2 || parseFloat(style.borderTopLeftRadius) < 4 || el.getBoundingClientRect().height < 43.5 || style.borderTopStyle !== 'solid';
			})
			.slice(0, 5)
			.map((el) => {
				const style = getComputedStyle(el);
				const name = el.getAttribute('name') ?? el.id;
				return `${el.tagName.toLowerCase()}[name=${name}] border ${style.borderTopWidth} ${style.borderTopStyle}, radius ${style.borderTopLeftRadius}, height ${Math.round(el.getBoundingClientRect().height)}`;
			});
	});
}

/**
 * Visible controls a finger uses that are smaller than 44×44 CSS px at phone size. A checkbox or radio counts
 * with its label (tapping either works). Links inside running text are exempt, as WCAG 2.5.8 allows: an inline
 * link whose block holds more text than the link itself.
 */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const MIN = 43.5;
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="switch"]';
		const describe = (el: Element) => {
			const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			const kind = el instanceof HTMLInputElement ? `[type=${el.type}][name=${el.name}]` : '';
			return `${el.tagName.toLowerCase()}${kind}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${text}"`;
		};
		const blockOf = (el: Element): Element | null => {
			let node = el.parentElement;
			while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
			return node;
		};
		const inRunningText = (el: Element) => {
			if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
			const block = blockOf(el);
			if (!block) return false;
			const own = (el.textContent ?? '').replace(/\s+/g, '');
			const around = (block.textContent ?? '').replace(/\s+/g, '');
			return around.length > own.length;
		};
		const small: string[] = [];
		for (const el of document.querySelectorAll(selector)) {
			if (!(el instanceof HTMLElement) || !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
			if (el.closest('[inert], [aria-hidden="true"]')) continue;
			let rect = el.getBoundingClientRect();
			// Visually hidden (a skip link until it has focus, a native input behind a styled label).
			if (rect.width <= 1 || rect.height <= 1 || rect.bottom < 0) {
				if (!(el instanceof HTMLInputElement)) continue;
			}
			if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
				const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
				if (label) {
					const l = label.getBoundingClientRect();
					const left = Math.min(rect.left, l.left);
					const top = Math.min(rect.top, l.top);
					rect = new DOMRect(left, top, Math.max(rect.right, l.right) - left, Math.max(rect.bottom, l.bottom) - top);
				}
			}
			if (rect.width <= 1 || rect.height <= 1) continue;
			if (rect.width >= MIN && rect.height >= MIN) continue;
			if (inRunningText(el)) continue;
			small.push(`${describe(el)} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
		}
		return small.slice(0, 12);
	});
}

/** Axe, field style and target size at phone width, then reflow at 320 px; problems are collected so one run lists every page's. */
class Sweep {
	problems: string[] = [];
	checked: string[] = [];

	async check(page: Page, label: string, german = false): Promise<void> {
		// Not 'networkidle': the resident pages keep syncing. Pages that read the paspoort from the device
		// show a status line until it is loaded, and their heading after.
		await page.waitForLoadState('load');
		await expect(page.locator('main h1').first()).toBeVisible({ timeout: 30_000 });
		await page.setViewportSize(PHONE);
		// The German pass draws the same markup and styles with other words: what words change (the page's
		// language, text left in Dutch or English, a long word that widens the page) is checked again; axe, the
		// field style and target sizes were checked on the same page in Dutch.
		if (!german) {
			try {
				await expectNoA11yViolations(page);
			} catch (error) {
				this.problem(`${label}: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`);
			}
			const fields = await unstyledFields(page);
			if (fields.length) this.problem(`${label}: fields without the shared field style: ${fields.join('; ')}`);
		}
		const targets = await smallTargets(page);
		if (targets.length) this.problem(`${label}: targets smaller than 44×44 px: ${targets.join('; ')}`);
		await page.setViewportSize(REFLOW);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const overflow = await horizontalOverflow(page);
		if (overflow) this.problem(`${label}: scrolls sideways at 320 px: ${overflow}`);
		await page.setViewportSize(PHONE);
		if (german) {
			const lang = await page.locator('html').getAttribute('lang');
			if (lang !== 'de') this.problem(`${label}: <html lang="${lang}">, not "de"`);
			for (const left of await germanLeftovers(page)) this.problem(`${label}: ${left.locale} text of ${left.key} ("${left.phrase}") in "${left.found}"`);
		}
		this.checked.push(label);
	}

	/** Printed at once as well, so a test that runs out of time still shows what it found. */
	problem(text: string): void {
		console.log(`a11y sweep: ${text}`);
		this.problems.push(text);
	}

	async visit(page: Page, route: string, ids: Ids, state = '', german = false): Promise<void> {
		const path = ROUTES[route]!.path(ids);
		await page.goto(path);
		await this.check(page, `${route}${state ? ` (${state})` : ''}${german ? ' (Deutsch)' : ''} at ${path}`, german);
	}

	/** The role's pages again with the language set to German, the way the language switch sets it. */
	async germanPass(page: Page, routes: string[], ids: Ids): Promise<void> {
		await useGerman(page.context(), new URL(page.url()).origin);
		for (const route of routes) await this.visit(page, route, ids, '', true);
	}

	done(): void {
		expect(this.problems, `pages checked: ${this.checked.length}`).toEqual([]);
	}
}

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'nl-NL' });
	return context.newPage();
}

/** A paspoort pushed through the sync API the way a device would. */
async function seedPaspoort(request: APIRequestContext, profile: Record<string, unknown>, skills: string[]): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		{ entity: 'profile', entityId: portfolioId, op: 'create', patch: profile },
		...skills.map((skillId) => ({ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId, level: 3, source: 'zelf' } }))
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

/** A resident with a welder's paspoort and a submitted voucher application for the lasser course. */
async function residentWithVoucher(page: Page): Promise<string> {
	await registerResident(page, `Sweep Voucher ${Date.now()}`);
	await seedWelderPaspoort(page.request);
	await page.goto('/mijn/aanbod/opl-lasser');
	await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
	await expect(page).toHaveURL(/\/mijn\/vouchers\/[0-9a-f-]{36}$/);
	const id = page.url().split('/').pop()!;
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	await page.getByLabel('Waarom wil je deze opleiding doen?').fill('Ik wil lasser worden.');
	await page.getByLabel('Wie betaalt de eigen bijdrage?').fill('Ik betaal zelf');
	await page.getByRole('button', { name: 'Indienen en delen met de adviseurs' }).click();
	await expect(page.getByRole('heading', { name: 'Status van je aanvraag' })).toBeVisible();
	return id;
}

/** Answers every question of the APK block on screen with its middle option. */
async function answerBlock(page: Page, number: number) {
	await expect(page.getByText(`Blok ${number} van 7`)).toBeVisible();
	const occupation = page.getByLabel('Kies een beroep');
	if (number === 4 && (await occupation.count()) > 0) {
		await occupation.selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Gebruik dit beroep' }).click();
	}
	const groups = page.locator('main fieldset');
	await expect(groups.first()).toBeVisible();
	for (const group of await groups.all()) {
		const radios = group.getByRole('radio');
		await radios.nth(Math.min(2, (await radios.count()) - 1)).check();
	}
}

test('every page route is in the sweep map, and every mapped route still exists', () => {
	expect(pageRoutes()).toEqual(Object.keys(ROUTES).sort());
});

test('public pages, sign-in and registration errors, refusal and not-found pages', async ({ page }) => {
	test.setTimeout(400_000);
	const sweep = new Sweep();
	for (const route of routesOf('public')) await sweep.visit(page, route, {});

	await page.goto('/inloggen');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mailadres').fill('niemand@example.nl');
	await page.getByLabel('Wachtwoord').fill('fout-wachtwoord-123');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible();
	await sweep.check(page, '/inloggen (wrong password)');

	await page.goto('/registreren');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Naam', { exact: true }).fill('X');
	await page.getByLabel('E-mailadres').fill('geen-e-mailadres@x');
	await page.getByLabel('Wachtwoord').fill('kort');
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page.locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
	await sweep.check(page, '/registreren (errors)');

	expect((await page.goto('/bestaat-niet'))?.status()).toBe(404);
	await sweep.check(page, 'not found');

	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await sweep.check(page, '/ (English)');
	await sweep.germanPass(page, routesOf('public'), {});
	await page.goto('/registreren');
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Konto erstellen' }).click();
	await expect(page.locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
	await sweep.check(page, '/registreren (errors, Deutsch)', true);
	expect((await page.goto('/bestaat-niet'))?.status()).toBe(404);
	await sweep.check(page, 'not found (Deutsch)', true);
	sweep.done();
});

test('every resident page, empty and filled, with forms showing errors', async ({ page }) => {
	test.setTimeout(900_000);
	const sweep = new Sweep();
	await registerResident(page, `Sweep Inwoner ${Date.now()}`);
	const ids: Ids = { offerId: 'opl-lasser' };
	await expect(page.locator('main h1')).toBeVisible();
	for (const size of [PHONE, REFLOW]) {
		await page.setViewportSize(size);
		await page.screenshot({ path: test.info().outputPath(`mijn-new-${size.width}.png`) });
	}
	await page.setViewportSize(PHONE);

	// Empty: a new paspoort (the scan page and parameter pages need state first).
	for (const route of routesOf('inwoner')) {
		if (route.includes('[') || route === '/mijn/apk/scan') continue;
		await sweep.visit(page, route, ids, 'empty');
	}

	await page.goto('/account');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Huidig wachtwoord').fill('niet-mijn-wachtwoord-1');
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een-nieuw-wachtwoord-2');
	await page.getByLabel('Herhaal nieuw wachtwoord').fill('een-ander-wachtwoord-3');
	await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
	await sweep.check(page, '/account (errors)');

	await seedWelderPaspoort(page.request);

	// The APK, started (the scan page) and finished (the result page).
	await page.goto('/mijn/apk');
	await page.getByRole('button', { name: 'Start de APK' }).click();
	await expect(page).toHaveURL(/\/mijn\/apk\/scan\?blok=1$/);
	await sweep.visit(page, '/mijn/apk/scan', ids, 'open scan');
	for (let n = 1; n <= 7; n++) {
		await answerBlock(page, n);
		if (n === 4) await sweep.check(page, '/mijn/apk/scan (block 4)');
		if (n < 7) {
			await page.getByRole('link', { name: 'Volgende blok' }).click();
			await expect(page).toHaveURL(new RegExp(`blok=${n + 1}$`));
		}
	}
	await page.getByRole('button', { name: 'Bekijk je uitslag' }).click();
	await expect(page).toHaveURL(/\/mijn\/apk\/uitslag\//);
	ids.scanId = page.url().split('/').pop()!;

	// A voucher application, begun from the lasser course.
	await page.goto('/mijn/aanbod/opl-lasser');
	await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
	await expect(page).toHaveURL(/\/mijn\/vouchers\/[0-9a-f-]{36}$/);
	ids.voucherId = page.url().split('/').pop()!;

	// A gesprek code on screen.
	await page.goto('/mijn/delen/gesprek');
	await page.getByRole('button', { name: 'Maak een code' }).click();
	await expect(page.locator('.code__value')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	await sweep.check(page, '/mijn/delen/gesprek (code shown)');

	for (const route of routesOf('inwoner')) await sweep.visit(page, route, ids, 'filled');

	// The resident home on a phone and at 320 px, with the menu closed and open, for a person to look at.
	await page.goto('/mijn');
	await expect(page.locator('main h1')).toBeVisible();
	const menu = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Menu' });
	for (const size of [PHONE, REFLOW]) {
		await page.setViewportSize(size);
		await page.screenshot({ path: test.info().outputPath(`mijn-${size.width}.png`) });
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await sweep.check(page, `/mijn (menu open, ${size.width} px)`);
		await page.setViewportSize(size);
		await page.screenshot({ path: test.info().outputPath(`mijn-${size.width}-menu.png`) });
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
	}
	await page.setViewportSize(PHONE);

	// Opened in another role's area: the refusal page.
	expect((await page.goto('/beheer'))?.status()).toBe(403);
	await sweep.check(page, '/beheer refused to a resident');

	// The same filled paspoort in German, the menu open as well.
	await sweep.germanPass(page, routesOf('inwoner'), ids);
	await page.goto('/mijn');
	const germanMenu = page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('button', { name: 'Menü' });
	await germanMenu.click();
	await expect(germanMenu).toHaveAttribute('aria-expanded', 'true');
	await sweep.check(page, '/mijn (menu open, Deutsch)', true);
	sweep.done();
});

test('every adviseur page, with a resident who shared a gesprek code and a submitted voucher application', async ({ page, browser, baseURL }) => {
	test.setTimeout(300_000);
	const resident = await newPage(browser, baseURL);
	const ids: Ids = { voucherId: await residentWithVoucher(resident) };
	await resident.goto('/mijn/delen/gesprek');
	await resident.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await resident.locator('.code__value').textContent())!;

	const sweep = new Sweep();
	await signIn(page, DEMO.adviseur);
	await sweep.visit(page, '/adviseur', ids, 'before the code');
	await page.goto('/adviseur/gesprek?code=AAAA-AAAA');
	await page.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(page.locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
	await sweep.check(page, '/adviseur/gesprek (unknown code)');
	await page.goto('/adviseur');
	await page.getByRole('textbox', { name: 'Code' }).fill(code);
	await page.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(page).toHaveURL(/\/adviseur\/inwoner\//);
	ids.portfolioId = new URL(page.url()).pathname.split('/').pop()!;

	for (const route of routesOf('adviseur')) await sweep.visit(page, route, ids);
	await sweep.visit(page, '/account', ids, 'adviseur');
	await sweep.germanPass(page, [...routesOf('adviseur'), '/account'], ids);

	// The resident can now score the gesprek.
	await sweep.visit(resident, '/mijn/klantervaring', ids, 'after a gesprek');
	await resident.context().close();
	sweep.done();
});

test('every werkgever page, with a talentpool request the resident accepted', async ({ page, browser, baseURL }) => {
	test.setTimeout(300_000);
	const resident = await newPage(browser, baseURL);
	await registerResident(resident, `Sweep Talent ${Date.now()}`);
	// A care worker, not a welder: the talentpool spec counts the welders in the pool.
	await seedPaspoort(resident.request, { woonplaats: 'hengelo', beroepswensen: ['verzorgende-ig'], educationLevel: 'mbo-3' }, ['wondverzorging']);
	await resident.goto('/mijn/delen/talentpool');
	await resident.getByRole('button', { name: 'Doe mee met de talentpool' }).click();
	await expect(resident.getByText('Je doet mee.', { exact: false })).toBeVisible();

	const sweep = new Sweep();
	await signIn(page, DEMO.werkgever);
	await sweep.visit(page, '/werkgever/talentpool', {}, 'before searching');
	await page.getByLabel('Beroep').selectOption('verzorgende-ig');
	await page.getByLabel('Skill').selectOption('wondverzorging');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	const message = page.getByLabel(/^Bericht aan kandidaat/).first();
	await expect(message).toBeVisible();
	await sweep.check(page, '/werkgever/talentpool (results)');
	await message.fill('Zin in een gesprek over lassen?');
	await page.getByRole('button', { name: /Verzoek sturen/ }).first().click();
	await expect(page.getByText('Je verzoek is verstuurd.', { exact: false }).first()).toBeVisible();

	await resident.reload();
	await resident.getByRole('button', { name: /Accepteren\s*: Demo Metaalbewerking/ }).click();
	await sweep.check(resident, '/mijn/delen/talentpool (accepting a request)');
	await resident.getByRole('button', { name: 'Delen met deze werkgever' }).click();
	await expect(resident.getByText('ziet nu wat je hebt gekozen.', { exact: false })).toBeVisible();
	await resident.context().close();

	await page.goto('/werkgever/talentpool');
	const href = await page.getByRole('link', { name: 'Bekijk wat gedeeld is' }).first().getAttribute('href');
	const ids: Ids = { requestId: href!.split('/').pop()! };

	// A vacature, paused at once: a care worker's skills, so no other spec's resident finds it among hers.
	await sweep.visit(page, '/werkgever/vacatures/[id]', { vacatureId: 'nieuw' }, 'new');
	await page.getByLabel('Titel').fill(`Sweep verzorgende ${Date.now()}`);
	await page.getByLabel('Wat houdt het werk in?').fill('Je zorgt voor bewoners van ons huis.');
	await page.getByLabel('Beroep').selectOption('verzorgende-ig');
	await expect(page.getByTestId('skill-rows').getByRole('listitem').first()).toBeVisible();
	await sweep.check(page, '/werkgever/vacatures/[id] (skills suggested)');
	await page.getByLabel('Opleidingsniveau').selectOption('mbo-3');
	await page.getByLabel('Minimaal uren per week').fill('16');
	await page.getByLabel('Maximaal uren per week').fill('24');
	await page.getByLabel('Plaats (gemeente)').selectOption('hengelo');
	await page.getByLabel('Startdatum').fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
	await page.getByLabel('Einddatum').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await page.getByRole('button', { name: /^Pauzeren/ }).first().click();
	await expect(page.locator('main').getByRole('status')).toContainText('Gepauzeerd');
	ids.vacatureId = (await page.getByRole('link', { name: /^Wie past\?/ }).first().getAttribute('href'))!.split('/')[3]!;
	for (const route of routesOf('werkgever')) await sweep.visit(page, route, ids);
	await sweep.visit(page, '/account', ids, 'werkgever');
	await sweep.germanPass(page, [...routesOf('werkgever'), '/account'], ids);
	sweep.done();
});

test('every beheer page, the catalogue editor with errors, and an invitation link opened signed out', async ({ page, browser, baseURL }) => {
	test.setTimeout(600_000);
	const resident = await newPage(browser, baseURL);
	const ids: Ids = { voucherId: await residentWithVoucher(resident) };
	await resident.context().close();

	const sweep = new Sweep();
	await signIn(page, DEMO.beheerder);
	await page.goto('/beheer/uitnodigingen');
	await page.getByLabel('E-mailadres').fill(uniqueEmail('sweep'));
	await page.getByLabel('Rol').selectOption({ label: 'Adviseur' });
	await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
	const link = (await page.getByTestId('invitation-link').textContent())!.trim();
	ids.token = link.split('/').pop()!;
	await sweep.check(page, '/beheer/uitnodigingen (link made)');

	await page.goto('/beheer/aanbod');
	ids.catalogueOfferId = (await page.locator('a[href^="/beheer/aanbod/"]:not([href$="/nieuw"]):not([href*="aanbieders"]):not([href*="kansberoepen"])').first().getAttribute('href'))!.split('/').pop()!;
	await page.goto('/beheer/aanbod/aanbieders');
	ids.providerId = (await page.locator('a[href^="/beheer/aanbod/aanbieders/"]:not([href$="/nieuw"])').first().getAttribute('href'))!.split('/').pop()!;
	await page.goto('/beheer/aanbod/kansberoepen');
	ids.occupationId = (await page.locator('a[href^="/beheer/aanbod/kansberoepen/"]:not([href$="/nieuw"])').first().getAttribute('href'))!.split('/').pop()!;

	for (const route of routesOf('beheerder')) {
		if (route === '/uitnodiging/[token]') continue;
		await sweep.visit(page, route, ids);
	}
	await sweep.visit(page, '/account', ids, 'beheerder');

	// New catalogue entries, sent empty: the forms with their errors.
	for (const path of ['/beheer/aanbod/nieuw', '/beheer/aanbod/aanbieders/nieuw', '/beheer/aanbod/kansberoepen/nieuw']) {
		await page.goto(path);
		await sweep.check(page, `${path} (new)`);
		await page.waitForLoadState('networkidle');
		const save = page.getByRole('button', { name: 'Opslaan', exact: true });
		// A new offer first asks which kind it is.
		if ((await save.count()) === 0) await page.getByRole('button', { name: 'Soort kiezen' }).click();
		await expect(save).toBeVisible();
		await save.evaluate((button: HTMLButtonElement) => {
			button.form!.noValidate = true;
		});
		await save.click();
		await expect(page.locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
		await sweep.check(page, `${path} (errors)`);
	}

	const visitor = await newPage(browser, baseURL);
	await sweep.visit(visitor, '/uitnodiging/[token]', ids, 'signed out');
	await sweep.germanPass(visitor, ['/uitnodiging/[token]'], ids);
	await visitor.context().close();
	await sweep.germanPass(page, [...routesOf('beheerder').filter((route) => route !== '/uitnodiging/[token]'), '/account'], ids);
	sweep.done();
});
