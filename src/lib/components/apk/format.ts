import { getLocale } from '$lib/paraglide/runtime';
import { intlTag, pickText, type AppLocale, type LocalizedData } from '$lib/shared/locale';

export function apkLocale(): AppLocale {
	return getLocale();
}

/** An APK text (question, block title, next step) in the interface language; German falls back to Dutch. */
export function apkText(text: LocalizedData): string {
	return pickText(text, getLocale());
}

export function formatApkDate(iso: string, style: 'medium' | 'short' = 'medium'): string {
	return new Intl.DateTimeFormat(intlTag(getLocale()), { dateStyle: style }).format(new Date(iso));
}
