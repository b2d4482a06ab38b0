import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTL_TAG, intlTag, LOCALES, pickText } from './locale';

type Messages = Record<string, string>;

function messages(locale: string): Messages {
	const { $schema: _schema, ...rest } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
	return rest;
}

/** The placeholders of a message, `{name}`, sorted, so two languages can be compared. */
function placeholders(text: string): string[] {
	return [...text.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!.trim()).sort();
}

const nl = messages('nl');

describe('message files', () => {
	it('the app offers the languages of the inlang project', () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
		expect(settings.baseLocale).toBe('nl');
		expect([...settings.locales].sort()).toEqual([...LOCALES].sort());
	});

	for (const locale of LOCALES.filter((l) => l !== 'nl')) {
		describe(locale, () => {
			const other = messages(locale);

			it('has every Dutch message', () => {
				expect(Object.keys(nl).filter((key) => !(key in other))).toEqual([]);
			});

			it('has no message that Dutch does not have', () => {
				expect(Object.keys(other).filter((key) => !(key in nl))).toEqual([]);
			});

			it('keeps the placeholders of every Dutch message', () => {
				const differ = Object.keys(nl)
					.filter((key) => key in other)
					.filter((key) => placeholders(nl[key]!).join() !== placeholders(other[key]!).join())
					.map((key) => `${key}: ${placeholders(nl[key]!).join(', ')} ≠ ${placeholders(other[key]!).join(', ')}`);
				expect(differ).toEqual([]);
			});

			it('translates into text, not an empty string', () => {
				expect(Object.keys(other).filter((key) => other[key]!.trim() === '')).toEqual([]);
			});

			it('keeps the messages in the order of nl.json, so merges stay easy', () => {
				expect(Object.keys(other)).toEqual(Object.keys(nl).filter((key) => key in other));
			});
		});
	}
});

describe('intlTag', () => {
	it('formats German as de-DE and anything unknown as Dutch', () => {
		expect(intlTag('de')).toBe('de-DE');
		expect(intlTag('en')).toBe('en-GB');
		expect(intlTag('fr')).toBe(INTL_TAG.nl);
	});
});

describe('pickText', () => {
	it('shows German where there is German, else the Dutch original', () => {
		expect(pickText({ nl: 'Hallo', en: 'Hello', de: 'Guten Tag' }, 'de')).toBe('Guten Tag');
		expect(pickText({ nl: 'Hallo', en: 'Hello' }, 'de')).toBe('Hallo');
		expect(pickText({ nl: 'Hallo', en: 'Hello' }, 'en')).toBe('Hello');
	});
});
