/**
 * One way to write a date everywhere: "2 december 2026" (en: "2 December 2026"), with the time "2 december
 * 2026 om 10:15" where it matters. Always on Twente's clock, so a server and a phone abroad agree.
 */
import { getLocale } from '$lib/paraglide/runtime';
import { intlTag, isAppLocale, type AppLocale } from '$lib/shared/locale';

export type DateLocale = AppLocale;

/** The language the app shows now, for the formatters below. */
export function dateLocale(): DateLocale {
	const locale = getLocale();
	return isAppLocale(locale) ? locale : 'nl';
}

const TIME_ZONE = 'Europe/Amsterdam';
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: DateLocale, withTime: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${withTime}`;
	let found = cache.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(intlTag(locale), {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
			timeZone: TIME_ZONE
		});
		cache.set(key, found);
	}
	return found;
}

/** A calendar day ("2026-12-02") is that day wherever it is read; a moment is the day it is in Twente. */
function toDate(value: string | Date): Date {
	if (value instanceof Date) return value;
	return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
}

export function formatDate(value: string | Date, locale: DateLocale): string {
	return formatter(locale, false).format(toDate(value));
}

export function formatDateTime(value: string | Date, locale: DateLocale): string {
	return formatter(locale, true).format(toDate(value));
}

/** The Twente calendar day of a moment, "2026-12-02": for grouping by day. */
export function dayOf(value: string | Date): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(toDate(value));
}
