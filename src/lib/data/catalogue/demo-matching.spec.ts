import { describe, expect, it } from 'vitest';
import { matchOffers } from '$lib/shared/matching/match';
import type { MatchProfile } from '$lib/shared/matching/types';
import { CATALOGUE_MATCH_CONTEXT, DEMO_OFFERS } from './index';

/** A resident picking orders in Almelo who wants to become logistiek medewerker. */
const orderpicker: MatchProfile = {
	skillClaims: [
		{ skillId: 'orderpicken', level: 3, source: 'gevalideerd' },
		{ skillId: 'handscanner-gebruiken', level: 3, source: 'zelf' },
		{ skillId: 'laden-lossen', level: 2, source: 'zelf' },
		{ skillId: 'magazijnsysteem-wms', level: 2, source: 'zelf' },
		{ skillId: 'elektrische-pompwagen', level: 2, source: 'certificaat' },
		{ skillId: 'goederen-ontvangen', level: 2, source: 'bewijs' }
	],
	beroepswensen: ['logistiek-medewerker'],
	educationLevel: 'mbo-1',
	woonplaats: 'almelo',
	constraints: { maxTravelMinutes: 40 }
};

describe('matching on the demo catalogue', () => {
	const results = matchOffers(orderpicker, DEMO_OFFERS, { ...CATALOGUE_MATCH_CONTEXT, today: '2026-11-22', limit: 500 });

	it('offers the heftruck course as the shortest way into a logistiek vacature', () => {
		const job = results.find((r) => r.offer.id === 'vac-logistiek-medewerker-1')!;
		expect(job.missingSkills).toEqual([{ skillId: 'heftruck-rijden', requiredLevel: 2, haveLevel: null }]);
		expect(job.closingOffers.map((o) => o.id)).toEqual(['crs-heftruck-almelo']);
	});

	it('closes a wider gap with the one diploma route that teaches all of it', () => {
		const withoutGoederen = { ...orderpicker, skillClaims: orderpicker.skillClaims.filter((c) => c.skillId !== 'goederen-ontvangen') };
		const [job] = matchOffers(withoutGoederen, DEMO_OFFERS, { ...CATALOGUE_MATCH_CONTEXT, filters: { kinds: ['vacature'] }, today: '2026-11-22', limit: 500 }).filter(
			(r) => r.offer.id === 'vac-logistiek-medewerker-1'
		);
		expect(job!.missingSkills.map((m) => m.skillId)).toEqual(['heftruck-rijden', 'goederen-ontvangen']);
		expect(job!.closingOffers.map((o) => o.id)).toEqual(['opl-logistiek-medewerker']);
	});

	it('shows a funding hint for paid training and none for vacatures', () => {
		const heftruck = results.find((r) => r.offer.id === 'crs-heftruck-almelo')!;
		expect(heftruck.fundingHint).not.toBeNull();
		// Heftruck leads to a non-kansberoep but carries a documented perspective, so TFvV fits.
		expect(heftruck.fundingHint?.tfvvEligible).toBe(true);
		expect(results.find((r) => r.offer.kind === 'vacature')!.fundingHint).toBeNull();
		// A BBL place costs the participant nothing: there is nothing to fund.
		expect(results.find((r) => r.offer.id === 'bbl-logistiek-medewerker')!.fundingHint).toBeNull();
	});

	it('puts offers towards the beroepswens in the top ten', () => {
		const top = results.slice(0, 10);
		expect(top.filter((r) => r.offer.targetOccupationIds.includes('logistiek-medewerker')).length).toBeGreaterThanOrEqual(3);
	});
});
