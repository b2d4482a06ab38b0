import { keyed } from '$lib/components/paspoort/labels';
import { dateLocale, formatDateTime as sharedDateTime } from '$lib/shared/dates';
import type { ShareSection } from '$lib/shared/sharing';

export const sectionLabel = (s: ShareSection) => keyed('delen_section_', s);
export const sectionList = (sections: readonly ShareSection[]) => sections.map(sectionLabel).join(', ');

export function formatDateTime(iso: string): string {
	return sharedDateTime(iso, dateLocale());
}
