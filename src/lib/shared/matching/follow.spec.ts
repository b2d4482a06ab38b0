import { describe, expect, it } from 'vitest';
import { CATALOGUE_MATCH_CONTEXT, DEMO_OFFERS } from '$lib/data/catalogue';
import { MAX_NEW_OFFERS } from '$lib/shared/sync/entities/followed-search';
import { followFilters, nextFollowState, passingOfferIds, rebaseFollowState } from './follow';
import { scoreOffers, matchOffers } from './match';
import type { MatchProfile } from './types';

const welder: MatchProfile = {
	skillClaims: [
		{ skillId: 'mig-mag-lassen', level: 3, source: 'zelf' },
		{ skillId: 'tig-lassen', level: 3, source: 'zelf' }
	],
	beroepswensen: ['lasser'],
	educationLevel: 'mbo-2',
	woonplaats: 'hengelo',
	constraints: {}
};
const noFilters = { modality: null, maxCostEuros: null, kansberoepOnly: false, occupationId: null };

describe('followed searches', () => {
	it('scores offers exactly as the aanbod list does', () => {
		const listed = matchOffers(welder, DEMO_OFFERS, { ...CATALOGUE_MATCH_CONTEXT, limit: DEMO_OFFERS.length });
		const scored = scoreOffers(welder, DEMO_OFFERS, CATALOGUE_MATCH_CONTEXT);
		expect(scored.map((s) => [s.offer.id, s.score])).toEqual(listed.map((r) => [r.offer.id, r.score]));
	});

	it('passes what the list with the same filters shows, at or above the minimum fit', () => {
		const scored = scoreOffers(welder, DEMO_OFFERS, CATALOGUE_MATCH_CONTEXT);
		const query = { list: 'vacatures' as const, ...noFilters, modality: 'werkplek' as const, minFit: 40 };
		const listed = matchOffers(welder, DEMO_OFFERS, { ...CATALOGUE_MATCH_CONTEXT, filters: followFilters(query), limit: 1000 });
		const expected = listed.filter((r) => r.score >= 40).map((r) => r.offer.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(passingOfferIds(scored, query, CATALOGUE_MATCH_CONTEXT.outlook!)).toEqual(expected);
		expect(passingOfferIds(scored, { ...query, minFit: 101 }, CATALOGUE_MATCH_CONTEXT.outlook!)).toEqual([]);
		// Only vacatures in the vacature list.
		const kinds = new Set(passingOfferIds(scored, { ...query, minFit: 0 }, CATALOGUE_MATCH_CONTEXT.outlook!).map((id) => DEMO_OFFERS.find((o) => o.id === id)!.kind));
		expect([...kinds]).toEqual(['vacature']);
	});

	it('counts nothing as new at the first look, then what passes and did not before', () => {
		const first = nextFollowState({ seenOfferIds: [], newOfferIds: [] }, ['b', 'a']);
		// Created with what passes then: the device writes those as seen when the search is followed.
		expect(first).toMatchObject({ seenOfferIds: ['a', 'b'], newOfferIds: ['b', 'a'], changed: true, found: 2 });
		const created = { seenOfferIds: ['a', 'b'], newOfferIds: [] };
		expect(nextFollowState(created, ['b', 'a'])).toMatchObject({ changed: false, found: 0, newOfferIds: [] });
		const later = nextFollowState(created, ['c', 'a', 'b']);
		expect(later).toMatchObject({ seenOfferIds: ['a', 'b', 'c'], newOfferIds: ['c'], changed: true, found: 1 });
	});

	it('keeps a new offer new until it is marked seen or stops passing', () => {
		const state = { seenOfferIds: ['a', 'b', 'c'], newOfferIds: ['c'] };
		expect(nextFollowState(state, ['a', 'b', 'c'])).toMatchObject({ changed: false, newOfferIds: ['c'] });
		expect(nextFollowState(state, ['a', 'b'])).toMatchObject({ changed: true, newOfferIds: [], seenOfferIds: ['a', 'b'], found: 0 });
		// An offer that stopped passing and comes back is new again.
		expect(nextFollowState({ seenOfferIds: ['a'], newOfferIds: [] }, ['a', 'c'])).toMatchObject({ newOfferIds: ['c'], found: 1 });
		// Marked seen: the list is empty and stays so while nothing new passes.
		expect(nextFollowState({ ...state, newOfferIds: [] }, ['a', 'b', 'c'])).toMatchObject({ changed: false, newOfferIds: [] });
	});

	it('keeps the newest offers when more are new than a search holds', () => {
		const passing = Array.from({ length: MAX_NEW_OFFERS + 20 }, (_, i) => `o-${String(i).padStart(3, '0')}`);
		const next = nextFollowState({ seenOfferIds: [], newOfferIds: [] }, passing);
		expect(next.newOfferIds).toHaveLength(MAX_NEW_OFFERS);
		expect(next.newOfferIds[MAX_NEW_OFFERS - 1]).toBe(passing.at(-1));
		expect(next.found).toBe(MAX_NEW_OFFERS + 20);
	});

	it('counts nothing as new when the minimum fit changes, and keeps the new offers that still pass', () => {
		const state = { seenOfferIds: ['a', 'c'], newOfferIds: ['c'] };
		expect(rebaseFollowState(state, ['d', 'c', 'b', 'a'])).toEqual({ seenOfferIds: ['a', 'b', 'c', 'd'], newOfferIds: ['c'] });
		expect(rebaseFollowState(state, ['a'])).toEqual({ seenOfferIds: ['a'], newOfferIds: [] });
	});
});
