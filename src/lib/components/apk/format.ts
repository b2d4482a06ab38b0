import { getLocale } from '$lib/paraglide/runtime';

export function apkLocale(): 'nl' | 'en' {
	return getLocale() === 'en' ? 'en' : 'nl';
}

export function formatApkDate(iso: string, style: 'medium' | 'short' = 'medium'): string {
	return new Intl.DateTimeFormat(apkLocale() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: style }).format(new Date(iso));
}
