/**
 * The app's languages, in the order the language switch offers them. Kept as a literal tuple (not read
 * from paraglide's runtime) so the database schema and zod schemas can use it without the i18n runtime;
 * `locale.spec.ts` checks it matches `project.inlang/settings.json`.
 */
export const LOCALES = ['nl', 'en', 'de'] as const;

export type AppLocale = (typeof LOCALES)[number];

/** The BCP 47 tag for `Intl` formatting (dates, numbers, currency) and sorting in each language. */
export const INTL_TAG: Record<AppLocale, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' };

export function isAppLocale(value: unknown): value is AppLocale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `Intl` tag for a locale; anything unknown formats as Dutch, the base language. */
export function intlTag(locale: string): string {
	return isAppLocale(locale) ? INTL_TAG[locale] : INTL_TAG.nl;
}

/**
 * Text kept in the data files (taxonomy, APK questionnaire, funding rules) next to its Dutch original.
 * German is optional there: what has no German shows the Dutch, which is the data's own language.
 */
export interface LocalizedData {
	nl: string;
	en: string;
	de?: string;
}

export function pickText(text: LocalizedData, locale: string): string {
	if (locale === 'en') return text.en;
	if (locale === 'de') return text.de ?? text.nl;
	return text.nl;
}
