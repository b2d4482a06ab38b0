import { formatDate } from '$lib/shared/dates';
import { getLocale } from '$lib/paraglide/runtime';
import { intlTag, pickText, type AppLocale, type LocalizedData } from '$lib/shared/locale';

export function apkLocale(): AppLocale {
	return getLocale();
}

/** An APK text (question, block title, next step) in the interface language; German falls back to Dutch. */
export function apkText(text: LocalizedData): string {
	return pickText(text, getLocale());
}

/** The shared way of writing a date ("2 december 2026"); 'short' (02-12-2026) only where space is tight, as a chart's axis. */
export function formatApkDate(iso: string, style: 'medium' | 'short' = 'medium'): string {
	if (style === 'short') return new Intl.DateTimeFormat(intlTag(apkLocale()), { dateStyle: 'short' }).format(new Date(iso));
	return formatDate(iso, apkLocale());
}
