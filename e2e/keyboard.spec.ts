import { type Locator, type Page } from '@playwright/test';
import { DEMO, expect, registerResident, test, uniqueEmail } from './support';
import { seedWelderPaspoort } from './support-aanbod';

/**
 * The main journeys with the keyboard only: Tab, Shift+Tab, Enter, Space, Escape and the arrow keys, through
 * page.keyboard; the mouse is never used once a journey starts. At every stop the focused element must show
 * a focus indicator (an outline or a box-shadow, on itself or on the label or box that wraps it).
 */

/** Why the focus cannot be seen, or null when it can. */
async function focusProblem(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return 'nothing has focus';
		// The skip link's target takes focus from a script, not from the keyboard; it is not a tab stop.
		if (el.tagName === 'MAIN') return null;
		const shows = (node: Element) => {
			const style = getComputedStyle(node);
			return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
		};
		for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) if (shows(node)) return null;
		return `no visible focus on <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
	});
}

async function isFocused(target: Locator): Promise<boolean> {
	return target.evaluate((el) => el === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus can be seen at every stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
	await expect(target).toBeVisible();
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		expect(await focusProblem(page)).toBeNull();
		if (await isFocused(target)) return;
	}
	throw new Error(`${target} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

/** Starts a keyboard journey on a freshly loaded page: the focus is on the document, nothing focused yet. */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

async function signOutWithKeyboard(page: Page): Promise<void> {
	const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
	const menu = nav.getByRole('button', { name: 'Menu' });
	await tabTo(page, menu);
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await tabTo(page, nav.getByRole('button', { name: 'Uitloggen' }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
}

async function signInWithKeyboard(page: Page, account: { email: string; password: string }): Promise<void> {
	await open(page, '/inloggen');
	await tabTo(page, page.getByLabel('E-mailadres'));
	await page.keyboard.type(account.email);
	await tabTo(page, page.getByLabel('Wachtwoord'));
	await page.keyboard.type(account.password);
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/\/inloggen/);
}

test('the skip link is the first stop, moves to the content, and the header comes next in reading order', async ({ page }) => {
	await registerResident(page, 'Toetsenbord Volgorde');
	await open(page, '/mijn');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
	expect(await focusProblem(page)).toBeNull();
	// Visible while focused, hidden otherwise.
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeInViewport();

	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Talentpaspoort Twente' })).toBeFocused();
	await page.keyboard.press('Tab');
	const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
	const menu = nav.getByRole('button', { name: 'Menu' });
	await expect(menu).toBeFocused();
	// Closed, the menu's links are not tab stops; the next stop is in the content.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('main, [role="status"]'))).toBe(true);
	await page.keyboard.press('Shift+Tab');
	await expect(menu).toBeFocused();

	// Opened with Space, closed with Escape (the focus goes back to the button).
	await page.keyboard.press('Space');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(nav.getByRole('link', { name: 'Mijn paspoort' })).toBeFocused();
	await expect(nav.getByRole('link', { name: 'Mijn paspoort' })).toHaveAttribute('aria-current', 'page');
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(menu).toBeFocused();
	await expect(nav.getByRole('link', { name: 'Mijn paspoort' })).toBeHidden();

	// The skip link moves the focus past the header.
	await open(page, '/mijn');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
	expect(await focusProblem(page)).toBeNull();
});

test('register, sign out and sign in with the keyboard only', async ({ page }) => {
	const account = { email: uniqueEmail('toetsenbord'), password: 'een-lang-wachtwoord-2026' };
	await open(page, '/registreren');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
	await tabTo(page, page.getByLabel('Naam', { exact: true }));
	await page.keyboard.type('Toetsen Bord');
	await tabTo(page, page.getByLabel('E-mailadres'));
	await page.keyboard.type(account.email);
	await tabTo(page, page.getByLabel('Wachtwoord'));
	await page.keyboard.type(account.password);
	const consent = page.getByLabel('Ik heb de privacyverklaring gelezen');
	await tabTo(page, consent);
	await page.keyboard.press('Space');
	await expect(consent).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Account maken' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/mijn$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Toetsen Bord');

	await signOutWithKeyboard(page);
	await signInWithKeyboard(page, account);
	await expect(page).toHaveURL(/\/mijn$/);
});

test('a resident adds a skill, answers part of the APK and makes a gesprek code with the keyboard only', async ({ page }) => {
	test.setTimeout(120_000);
	await registerResident(page, 'Toetsen Inwoner');
	await seedWelderPaspoort(page.request);

	// A skill, found by search.
	await open(page, '/mijn/skills');
	await tabTo(page, page.getByLabel('Zoek een skill'));
	await page.keyboard.type('heftruk');
	await tabTo(page, page.getByRole('button', { name: 'Voeg Heftruck rijden toe' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('.claims').getByText('Heftruck rijden', { exact: true })).toBeVisible();

	// To the APK through the menu, then block 1 answered with the arrow keys.
	const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
	await tabTo(page, nav.getByRole('button', { name: 'Menu' }), { back: true, max: 300 });
	await page.keyboard.press('Enter');
	await tabTo(page, nav.getByRole('link', { name: 'Loopbaan-APK' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/mijn\/apk$/);
	await page.waitForLoadState('networkidle');
	await tabTo(page, page.getByRole('button', { name: 'Start de APK' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/mijn\/apk\/scan\?blok=1$/);
	await expect(page.getByText('Blok 1 van 7')).toBeVisible();
	const groups = page.locator('main fieldset');
	await expect(groups.first()).toBeVisible();
	const count = await groups.count();
	for (let i = 0; i < count; i++) {
		const group = groups.nth(i);
		await tabTo(page, group.getByRole('radio').first());
		// Arrow keys move through a radio group and select as they go.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(group.getByRole('radio').nth(2)).toBeChecked();
	}
	await tabTo(page, page.getByRole('link', { name: 'Volgende blok' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/blok=2$/);
	await open(page, '/mijn/apk');
	await expect(page.getByText(new RegExp(`Je hebt ${count} van de \\d+ vragen beantwoord`))).toBeVisible();

	// Sharing with an adviser: a gesprek code.
	await open(page, '/mijn/delen');
	await tabTo(page, page.getByRole('link', { name: 'Gesprek met een adviseur' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/mijn\/delen\/gesprek$/);
	await page.waitForLoadState('networkidle');
	await tabTo(page, page.getByRole('button', { name: 'Maak een code' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('.code__value')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
});

test('a beheerder signs in and filters monitoring on a gemeente with the keyboard only', async ({ page }) => {
	await signInWithKeyboard(page, DEMO.beheerder);
	await expect(page).toHaveURL(/\/beheer$/);
	await tabTo(page, page.getByRole('link', { name: 'Monitoring' }).last());
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/beheer\/monitoring$/);
	await page.waitForLoadState('networkidle');
	const gemeente = page.getByLabel('Gemeente', { exact: true });
	await tabTo(page, gemeente);
	for (let i = 0; i < 20 && (await gemeente.inputValue()) !== 'enschede'; i++) await page.keyboard.press('ArrowDown');
	await expect(gemeente).toHaveValue('enschede');
	await tabTo(page, page.getByRole('button', { name: 'Toon cijfers' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/gemeente=enschede/);
	await expect(page.getByRole('status').filter({ hasText: 'Periode' })).toContainText('Enschede');
});
