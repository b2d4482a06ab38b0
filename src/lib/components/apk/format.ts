import { formatDate } from '$lib/shared/dates';
import { getLocale } from '$lib/paraglide/runtime';

export function apkLocale(): 'nl' | 'en' {
	return getLocale() === 'en' ? 'en' : 'nl';
}

/** The shared way of writing a date ("2 december 2026"); 'short' (02-12-2026) only where space is tight, as a chart's axis. */
export function formatApkDate(iso: string, style: 'medium' | 'short' = 'medium'): string {
	if (style === 'short') return new Intl.DateTimeFormat(apkLocale() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'short' }).format(new Date(iso));
	return formatDate(iso, apkLocale());
}
