import { intlTag, type AppLocale } from '$lib/shared/locale';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "2019-03" as the CV prints it: "mrt 2019" (en "Mar 2019", de "März 2019"); a year stays a year. */
export function cvMonth(value: string | number, locale: AppLocale): string {
	const match = /^(\d{4})-(\d{2})$/.exec(String(value));
	if (!match) return String(value);
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(intlTag(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' });
		formats.set(locale, format);
	}
	return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
}

/**
 * A period of work or study: "mrt 2019 – heden" while it lasts (`present` in the CV's language),
 * "2014 – 2016" for years, "… – feb 2019" without a start, nothing without either.
 */
export function cvPeriod(start: string | number | null | undefined, end: string | number | null | undefined, present: string, locale: AppLocale): string {
	if (!start && !end) return '';
	return `${start ? cvMonth(start, locale) : '…'} – ${end ? cvMonth(end, locale) : present}`;
}
