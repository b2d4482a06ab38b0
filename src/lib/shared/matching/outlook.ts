import type { Kansberoep, Outlook } from './catalogue-schema';

export type OutlookLookup = (occupationId: string) => Outlook;

/**
 * Listed occupations take their listed outlook; an occupation the taxonomy knows but the list does
 * not mention is 'neutraal'; an id the taxonomy does not know is 'onbekend', so a typo in the
 * catalogue never silently counts as a kansberoep.
 */
export function createOutlookLookup(
	kansberoepen: readonly Kansberoep[],
	isKnownOccupation: (occupationId: string) => boolean
): OutlookLookup {
	const listed = new Map(kansberoepen.map((k) => [k.occupationId, k.outlook] as const));
	return (occupationId) => listed.get(occupationId) ?? (isKnownOccupation(occupationId) ? 'neutraal' : 'onbekend');
}
