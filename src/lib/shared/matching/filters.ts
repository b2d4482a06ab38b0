import type { Offer } from './catalogue-schema';
import type { OutlookLookup } from './outlook';
import type { OfferFilters } from './types';

function offerLevel(offer: Offer): string | null {
	if (offer.kind === 'vacature') return offer.educationLevel;
	return 'level' in offer ? offer.level : null;
}

/** The resident's own filter choices; an offer without a level never passes a level filter. */
export function passesFilters(offer: Offer, filters: OfferFilters, outlook: OutlookLookup): boolean {
	if (filters.kinds && !filters.kinds.includes(offer.kind)) return false;
	if (filters.gemeenteIds && !filters.gemeenteIds.includes(offer.gemeenteId)) return false;
	if (filters.modalities && !filters.modalities.includes(offer.modality)) return false;
	if (filters.levels) {
		const level = offerLevel(offer);
		if (level === null || !(filters.levels as readonly string[]).includes(level)) return false;
	}
	if (filters.maxCostEuros !== undefined && 'costEuros' in offer && offer.costEuros > filters.maxCostEuros) return false;
	if (filters.kansberoepOnly && !offer.targetOccupationIds.some((id) => outlook(id) === 'kansberoep')) return false;
	if (filters.occupationIds && !offer.targetOccupationIds.some((id) => filters.occupationIds!.includes(id))) return false;
	return true;
}

/** First start date on or after today, null when none; vacatures "start" when they close. */
export function nextDate(offer: Offer, today: string | undefined): string | null {
	if (offer.kind === 'vacature') return today === undefined || offer.closesAt >= today ? offer.closesAt : null;
	let next: string | null = null;
	for (const date of offer.startDates) if ((today === undefined || date >= today) && (next === null || date < next)) next = date;
	return next;
}
