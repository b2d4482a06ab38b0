import { MAX_NEW_OFFERS, type FollowedSearchValues } from '$lib/shared/sync/entities/followed-search';
import type { FollowList } from '$lib/shared/sync/entities/followed-search';
import type { Offer, OfferKind } from './catalogue-schema';
import { passesFilters } from './filters';
import type { OutlookLookup } from './outlook';
import type { OfferFilters } from './types';

/** The kinds of offer in each aanbod list (one list per kind, each on its own scale). */
export const LIST_KINDS: Readonly<Record<FollowList, readonly OfferKind[]>> = {
	vacatures: ['vacature'],
	opleidingen: ['opleiding', 'cursus'],
	leerwerk: ['leerwerktraject'],
	begeleiding: ['loopbaangesprek', 'workshop']
};

/** What a followed search asks, as far as matching is concerned. */
export type FollowQuery = Pick<FollowedSearchValues, 'list' | 'modality' | 'maxCostEuros' | 'kansberoepOnly' | 'occupationId' | 'minFit'>;

/** What the device keeps of a followed search between two looks: the seen ids on the device, the new ones synced. */
export interface FollowState {
	seenOfferIds: readonly string[];
	newOfferIds: readonly string[];
}

/** The list's filters as matching takes them; the aanbod page builds the same from its controls. */
export function followFilters(filters: Omit<FollowQuery, 'minFit'>): OfferFilters {
	return {
		kinds: LIST_KINDS[filters.list],
		occupationIds: filters.occupationId ? [filters.occupationId] : undefined,
		modalities: filters.modality ? [filters.modality] : undefined,
		maxCostEuros: filters.maxCostEuros ?? undefined,
		kansberoepOnly: filters.kansberoepOnly || undefined
	};
}

/**
 * The ids of the scored offers (from `scoreOffers`, over the whole catalogue, no filters) that pass the
 * followed search: in its list, through its filters, and at least its minimum fit.
 */
export function passingOfferIds(scored: readonly { offer: Offer; score: number }[], query: FollowQuery, outlook: OutlookLookup): string[] {
	const filters = followFilters(query);
	const ids: string[] = [];
	for (const { offer, score } of scored) if (score >= query.minFit && passesFilters(offer, filters, outlook)) ids.push(offer.id);
	return ids;
}

/**
 * The next state of a followed search after a look at what passes now. An offer is new when it passes and
 * did not pass at the last look; a new offer stays new until the resident marks it seen or it stops passing
 * (archived, closed, or the profile changed). `changed` is false when nothing needs writing.
 */
export function nextFollowState(state: FollowState, passing: readonly string[]): FollowState & { changed: boolean; found: number } {
	const seen = new Set(state.seenOfferIds);
	const now = new Set(passing);
	const fresh = passing.filter((id) => !seen.has(id));
	// The newest are kept when there are more than a search holds.
	const newOfferIds = [...state.newOfferIds.filter((id) => now.has(id)), ...fresh].slice(-MAX_NEW_OFFERS);
	const seenChanged = fresh.length > 0 || seen.size !== now.size;
	const changed = seenChanged || !sameIds(newOfferIds, state.newOfferIds);
	// Sorted, so the same offers in another order of fit write nothing.
	const seenOfferIds = seenChanged ? [...now].sort() : state.seenOfferIds;
	return { seenOfferIds, newOfferIds, changed, found: fresh.length };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The state after the search itself changed (another minimum fit): what passes now is seen, so offers that
 * were there all along do not count as new; the new ones that still pass stay new.
 */
export function rebaseFollowState(state: FollowState, passing: readonly string[]): FollowState {
	const now = new Set(passing);
	return { seenOfferIds: [...now].sort(), newOfferIds: state.newOfferIds.filter((id) => now.has(id)) };
}
