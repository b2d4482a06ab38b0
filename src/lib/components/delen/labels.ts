import { keyed } from '$lib/components/paspoort/labels';
import { getLocale } from '$lib/paraglide/runtime';
import { intlTag } from '$lib/shared/locale';
import type { ShareSection } from '$lib/shared/sharing';

export const sectionLabel = (s: ShareSection) => keyed('delen_section_', s);
export const sectionList = (sections: readonly ShareSection[]) => sections.map(sectionLabel).join(', ');

export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(intlTag(getLocale()), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
