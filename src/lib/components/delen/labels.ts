import { keyed } from '$lib/components/paspoort/labels';
import { getLocale } from '$lib/paraglide/runtime';
import type { ShareSection } from '$lib/shared/sharing';

export const sectionLabel = (s: ShareSection) => keyed('delen_section_', s);
export const sectionList = (sections: readonly ShareSection[]) => sections.map(sectionLabel).join(', ');

export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
