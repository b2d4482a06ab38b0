import { type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, string>;

function messages(locale: string): Messages {
	const { $schema: _schema, ...rest } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
	return rest;
}

const WORD = /[\p{L}]/u;
const EDGE = /^[\s.,:;!?…'"‘’“”„()\-–·/]+|[\s.,:;!?…'"‘’“”„()\-–·/]+$/gu;

/** The fixed parts of a message between its placeholders, trimmed of punctuation, with two words or more. */
function phrases(text: string): string[] {
	return text
		.split(/\{[^{}]*\}/)
		.map((part) => part.replace(EDGE, '').replace(/\s+/g, ' '))
		.filter((part) => part.split(' ').filter((word) => WORD.test(word)).length >= 2);
}

export interface Leftover {
	key: string;
	locale: 'nl' | 'en';
	phrase: string;
	found: string;
}

/**
 * Every Dutch or English phrase of two words or more that must not show on a German page: the fixed text of
 * each nl.json and en.json message whose German differs. A phrase that German itself uses (a scheme's name
 * such as "Twents Fonds voor Vakmanschap", kept in German on purpose) is no leftover.
 */
function leftoverPhrases(): { key: string; locale: 'nl' | 'en'; phrase: string; pattern: RegExp }[] {
	const de = messages('de');
	const german = Object.values(de).join('\n').toLowerCase();
	const found = new Map<string, { key: string; locale: 'nl' | 'en'; phrase: string; pattern: RegExp }>();
	for (const locale of ['nl', 'en'] as const) {
		for (const [key, value] of Object.entries(messages(locale))) {
			if (value === de[key]) continue;
			for (const phrase of phrases(value)) {
				const lower = phrase.toLowerCase();
				if (german.includes(lower) || found.has(lower)) continue;
				const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				found.set(lower, { key, locale, phrase, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u') });
			}
		}
	}
	return [...found.values()];
}

let cached: ReturnType<typeof leftoverPhrases> | undefined;

/**
 * The texts a person meets on the page: every visible text node and every accessible name given in an
 * attribute (aria-label, alt, title, placeholder), and the document title. Text inside an element with a
 * `lang` other than German (the language switch naming "Nederlands" and "English") is in that language on
 * purpose and left out.
 */
export async function pageTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const texts: string[] = [document.title];
		const german = (el: Element | null) => !el || (el.closest('[lang]')?.getAttribute('lang') ?? 'de').startsWith('de');
		const shown = (el: Element) => {
			if (el.closest('script, style, template, noscript, [hidden], [aria-hidden="true"]')) return false;
			const style = getComputedStyle(el);
			// Visually hidden text (class visually-hidden) is read out, so it counts; display:none is not.
			return style.display !== 'none' && style.visibility !== 'hidden';
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.replace(/\s+/g, ' ').trim();
			if (text && parent && shown(parent) && german(parent)) texts.push(text);
		}
		for (const el of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
			if (!shown(el) || !german(el)) continue;
			for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
				const value = el.getAttribute(name)?.replace(/\s+/g, ' ').trim();
				if (value) texts.push(value);
			}
		}
		// The text of a whole block as well: a message can be split over a link and the words around it.
		for (const el of document.body.querySelectorAll('p, li, h1, h2, h3, h4, label, legend, button, a, th, td, dt, dd, figcaption, caption, summary')) {
			if (!shown(el) || !german(el) || el.querySelector('[lang]')) continue;
			const text = (el as HTMLElement).innerText?.replace(/\s+/g, ' ').trim();
			if (text) texts.push(text);
		}
		return texts;
	});
}

/** Every `.ts` file under a folder of the data. */
function dataFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return dataFiles(full);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
	});
}

/**
 * Dutch data, not interface text: what the catalogue holds (offer titles and descriptions, providers,
 * vacatures of employers, as the server hands it to every device) and the Dutch names in the data files
 * (skills, occupations and sectors of the taxonomy, gemeenten, EVC qualifications, funding schemes). The
 * app shows these in Dutch in every language (docs/decisions.md), so they are taken out of a text before it
 * is searched for leftovers. The APK questionnaire is interface text and is not exempt.
 */
async function dataTexts(request: APIRequestContext): Promise<string[]> {
	const found = new Set<string>();
	const add = (value: unknown) => {
		if (typeof value === 'string') {
			const text = value.replace(/\s+/g, ' ').trim().toLowerCase();
			if (text.includes(' ')) found.add(text);
		} else if (Array.isArray(value)) value.forEach(add);
		else if (value && typeof value === 'object') Object.values(value).forEach(add);
	};
	for (let since = 0, more = true; more; ) {
		const response = await request.get(`/api/sync/catalogue?since=${since}&limit=200`);
		const page = (await response.json()) as { cursor: number; hasMore: boolean; records: { data: unknown }[] };
		page.records.forEach((record) => add(record.data));
		more = page.hasMore && page.cursor > since;
		since = page.cursor;
	}
	for (const dir of ['taxonomy', 'evc', 'funding', 'gemeenten.ts']) {
		const path = join('src', 'lib', 'data', dir);
		for (const file of dir.endsWith('.ts') ? [path] : dataFiles(path)) {
			for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:label|name|title|description): '((?:[^'\\]|\\.)*)'/g)) add(match[1]!.replace(/\\'/g, "'"));
		}
	}
	return [...found].sort((a, b) => b.length - a.length);
}

let data: Promise<string[]> | undefined;

/** Dutch or English interface text on the page (see `leftoverPhrases`), one entry per phrase found. */
export async function germanLeftovers(page: Page): Promise<Leftover[]> {
	cached ??= leftoverPhrases();
	data ??= dataTexts(page.request);
	const exempt = await data;
	const texts = [...new Set((await pageTexts(page)).map((text) => text.toLowerCase()))];
	// Data is taken out only of the texts that hold a phrase at all: a long catalogue list stays fast.
	const withoutData = (text: string) => exempt.reduce((rest, item) => (rest.includes(item) ? rest.split(item).join(' ◆ ') : rest), text);
	const found: Leftover[] = [];
	for (const { key, locale, phrase, pattern } of cached) {
		const lower = phrase.toLowerCase();
		const hit = texts.find((text) => text.includes(lower) && pattern.test(text) && pattern.test(withoutData(text)));
		if (hit) found.push({ key, locale, phrase, found: hit.slice(0, 160) });
	}
	return found;
}

/** The language cookie paraglide reads, as the language switch sets it. */
export async function useGerman(context: BrowserContext, baseURL: string): Promise<void> {
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'de', url: baseURL, sameSite: 'Lax' }]);
}
