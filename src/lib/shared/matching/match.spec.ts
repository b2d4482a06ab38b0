import { describe, expect, it } from 'vitest';
import type { Offer } from './catalogue-schema';
import { matchOffers } from './match';
import { createOutlookLookup } from './outlook';
import { cursus, opleiding, vacature } from './test-fixture';
import { POINTS } from './weights';
import type { MatchProfile } from './types';

const profile = (patch: Partial<MatchProfile> = {}): MatchProfile => ({
	skillClaims: [],
	beroepswensen: [],
	educationLevel: 'mbo-2',
	woonplaats: 'enschede',
	constraints: {},
	...patch
});

const ids = (results: { offer: Offer }[]) => results.map((r) => r.offer.id);

describe('matchOffers ranking', () => {
	it('counts a driving licence from the profile as the driving skills it proves', () => {
		const offers = [cursus('c-ce', { requiredSkills: [{ skillId: 'rijbewijs-b', minLevel: 2 }], targetOccupationIds: ['vrachtwagenchauffeur'] })];
		const without = matchOffers(profile({ beroepswensen: ['vrachtwagenchauffeur'] }), offers, { limit: 1 })[0]!;
		expect(without.missingSkills.map((m) => m.skillId)).toEqual(['rijbewijs-b']);

		const withB = matchOffers(profile({ beroepswensen: ['vrachtwagenchauffeur'], drivingLicences: ['B'] }), offers, { limit: 1 })[0]!;
		expect(withB.missingSkills).toEqual([]);
		expect(withB.matchedSkills).toEqual([{ skillId: 'rijbewijs-b', level: 3, requiredLevel: 2, source: 'certificaat' }]);
		expect(withB.score).toBeGreaterThan(without.score);
		// A licence for a truck implies the car licence; a moped licence proves neither.
		expect(matchOffers(profile({ drivingLicences: ['CE'] }), offers, { limit: 1 })[0]!.missingSkills).toEqual([]);
		expect(matchOffers(profile({ drivingLicences: ['AM'] }), offers, { limit: 1 })[0]!.missingSkills.map((m) => m.skillId)).toEqual(['rijbewijs-b']);
	});

	it('ranks a job matched by a validated skill above one matched by a self-declared skill', () => {
		const offers = [
			vacature('zelf-job', { requiredSkills: [{ skillId: 'a', minLevel: 2 }] }),
			vacature('gevalideerd-job', { requiredSkills: [{ skillId: 'b', minLevel: 2 }] })
		];
		const results = matchOffers(
			profile({
				skillClaims: [
					{ skillId: 'a', level: 3, source: 'zelf' },
					{ skillId: 'b', level: 3, source: 'gevalideerd' }
				]
			}),
			offers
		);
		expect(ids(results)).toEqual(['gevalideerd-job', 'zelf-job']);
		expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
		expect(results[0]!.reasons).toContainEqual({ code: 'skills-confirmed', points: 0, count: 1 });
		expect(results[1]!.reasons.some((r) => r.code === 'skills-confirmed')).toBe(false);
	});

	it('counts a certificate like a validation and evidence in between', () => {
		const offers = ['zelf', 'bewijs', 'certificaat'].map((s) => vacature(`job-${s}`, { requiredSkills: [{ skillId: s, minLevel: 1 }] }));
		const results = matchOffers(
			profile({
				skillClaims: [
					{ skillId: 'zelf', level: 2, source: 'zelf' },
					{ skillId: 'bewijs', level: 2, source: 'bewijs' },
					{ skillId: 'certificaat', level: 2, source: 'certificaat' }
				]
			}),
			offers
		);
		expect(ids(results)).toEqual(['job-certificaat', 'job-bewijs', 'job-zelf']);
	});

	it('puts an offer leading to a beroepswens above an equal one that does not', () => {
		const offers = [vacature('other', { targetOccupationIds: ['kok'] }), vacature('wish', { targetOccupationIds: ['lasser'] })];
		const results = matchOffers(profile({ beroepswensen: ['lasser'] }), offers);
		expect(ids(results)).toEqual(['wish', 'other']);
		expect(results[0]!.reasons).toContainEqual({ code: 'beroepswens', points: POINTS.beroepswens, occupationId: 'lasser' });
	});

	it('lifts kansberoepen and lowers krimpberoepen', () => {
		const outlook = createOutlookLookup(
			[
				{ occupationId: 'lasser', outlook: 'kansberoep', source: { title: 't', url: null, reference: null }, checkedAt: '2026-01-01', verified: false, demo: true },
				{ occupationId: 'kassier', outlook: 'krimp', source: { title: 't', url: null, reference: null }, checkedAt: '2026-01-01', verified: false, demo: true }
			],
			() => true
		);
		const offers = [
			vacature('krimp', { targetOccupationIds: ['kassier'] }),
			vacature('neutraal', { targetOccupationIds: ['kok'] }),
			vacature('kans', { targetOccupationIds: ['lasser'] })
		];
		expect(ids(matchOffers(profile(), offers, { outlook }))).toEqual(['kans', 'neutraal', 'krimp']);
	});

	it('reports a skill below the required level as missing with the level the person has', () => {
		const results = matchOffers(
			profile({ skillClaims: [{ skillId: 'a', level: 1, source: 'gevalideerd' }] }),
			[vacature('job', { requiredSkills: [{ skillId: 'a', minLevel: 3 }, { skillId: 'b', minLevel: 2 }] })]
		);
		expect(results[0]!.matchedSkills).toEqual([]);
		expect(results[0]!.missingSkills).toEqual([
			{ skillId: 'a', requiredLevel: 3, haveLevel: 1 },
			{ skillId: 'b', requiredLevel: 2, haveLevel: null }
		]);
		expect(results[0]!.reasons).toContainEqual(expect.objectContaining({ code: 'skills-matched', matched: 0, required: 2 }));
	});

	it('moves a vacature down when it needs a higher education level than the person has', () => {
		const results = matchOffers(profile({ educationLevel: 'mbo-2' }), [vacature('hbo-job', { educationLevel: 'hbo' }), vacature('mbo-job')]);
		expect(ids(results)).toEqual(['mbo-job', 'hbo-job']);
		expect(results[1]!.reasons).toContainEqual({ code: 'education-below-required', points: -20, required: 'hbo', have: 'mbo-2' });
	});

	it('gives training that teaches skills missing for the beroepswens extra points', () => {
		const results = matchOffers(profile({ beroepswensen: ['lasser'] }), [cursus('x', { skillsTaught: ['kook'] }), cursus('y', { skillsTaught: ['las'] })], {
			occupationSkillIds: (id) => (id === 'lasser' ? ['las', 'vca'] : undefined)
		});
		expect(ids(results)).toEqual(['y', 'x']);
		// 'las' is half of what the wish still needs (both are core skills): the square root of a half of the points.
		expect(results[0]!.reasons).toContainEqual({ code: 'teaches-wish-skills', points: Math.round(POINTS.teachesWishSkills * Math.SQRT1_2), skillIds: ['las'] });
	});

	it('is deterministic: equal scores are ordered by id', () => {
		const offers = [vacature('b'), vacature('c'), vacature('a')];
		expect(ids(matchOffers(profile(), offers))).toEqual(['a', 'b', 'c']);
	});
});

describe('closing offers', () => {
	const job = vacature('job', { requiredSkills: [{ skillId: 'a', minLevel: 2 }, { skillId: 'b', minLevel: 2 }] });

	it('picks the shortest offer that teaches a missing skill to the required level', () => {
		const offers = [
			job,
			opleiding('long-a', { skillsTaught: ['a'], durationWeeks: 40 }),
			cursus('short-a', { skillsTaught: ['a'], durationWeeks: 3 }),
			cursus('too-low-a', { skillsTaught: ['a'], durationWeeks: 1, taughtLevel: 1 })
		];
		const [result] = matchOffers(profile({ skillClaims: [{ skillId: 'b', level: 2, source: 'zelf' }] }), offers, { filters: { kinds: ['vacature'] } });
		expect(result!.closingOffers.map((o) => o.id)).toEqual(['short-a']);
	});

	it('prefers one offer that closes the whole gap over two that each close part of it', () => {
		const offers = [
			job,
			cursus('only-a', { skillsTaught: ['a'], durationWeeks: 3 }),
			cursus('only-b', { skillsTaught: ['b'], durationWeeks: 3 }),
			cursus('both', { skillsTaught: ['a', 'b'], durationWeeks: 4 })
		];
		const [result] = matchOffers(profile(), offers, { filters: { kinds: ['vacature'] } });
		expect(result!.closingOffers.map((o) => o.id)).toEqual(['both']);
	});

	it('combines offers when no single one covers every missing skill', () => {
		const offers = [job, cursus('only-a', { skillsTaught: ['a'], durationWeeks: 3 }), cursus('only-b', { skillsTaught: ['b'], durationWeeks: 2 })];
		const [result] = matchOffers(profile(), offers, { filters: { kinds: ['vacature'] } });
		expect(result!.closingOffers.map((o) => o.id)).toEqual(['only-b', 'only-a']);
	});

	it('prefers two one-week courses over one long route that covers both skills', () => {
		const offers = [
			job,
			opleiding('both-long', { skillsTaught: ['a', 'b'], durationWeeks: 40 }),
			cursus('a-short', { skillsTaught: ['a'], durationWeeks: 1 }),
			cursus('b-short', { skillsTaught: ['b'], durationWeeks: 1 })
		];
		const [result] = matchOffers(profile(), offers, { filters: { kinds: ['vacature'] } });
		expect(result!.closingOffers.map((o) => o.id)).toEqual(['a-short', 'b-short']);
	});

	it('skips closing offers out of reach or no longer starting', () => {
		const offers = [
			job,
			cursus('far', { skillsTaught: ['a', 'b'], durationWeeks: 1, gemeenteId: 'losser' }),
			cursus('past', { skillsTaught: ['a', 'b'], durationWeeks: 1, startDates: ['2025-01-01'] }),
			cursus('ok', { skillsTaught: ['a', 'b'], durationWeeks: 6, gemeenteId: 'hengelo' })
		];
		const [result] = matchOffers(profile({ woonplaats: 'hengelo', constraints: { maxTravelMinutes: 30 } }), offers, {
			filters: { kinds: ['vacature'] },
			today: '2026-03-01'
		});
		expect(result!.closingOffers.map((o) => o.id)).toEqual(['ok']);
	});

	it('has no closing offers when nothing is missing', () => {
		const offers = [job, cursus('c', { skillsTaught: ['a', 'b'] })];
		const claims = [
			{ skillId: 'a', level: 2, source: 'zelf' as const },
			{ skillId: 'b', level: 4, source: 'zelf' as const }
		];
		const [result] = matchOffers(profile({ skillClaims: claims }), offers, { filters: { kinds: ['vacature'] } });
		expect(result!.missingSkills).toEqual([]);
		expect(result!.closingOffers).toEqual([]);
	});
});

describe('filters and constraints', () => {
	const offers: Offer[] = [
		vacature('v-enschede'),
		cursus('c-online', { modality: 'online', gemeenteId: 'losser', costEuros: 100 }),
		cursus('c-dear', { costEuros: 5000, level: 'mbo-4' }),
		opleiding('o-hbo', { level: 'hbo', gemeenteId: 'hengelo', modality: 'hybride' }),
		cursus('c-far', { gemeenteId: 'twenterand', level: null })
	];

	it('filters by kind, gemeente, level, modality and maximum cost', () => {
		expect(ids(matchOffers(profile(), offers, { filters: { kinds: ['cursus'] } })).sort()).toEqual(['c-dear', 'c-far', 'c-online']);
		expect(ids(matchOffers(profile(), offers, { filters: { gemeenteIds: ['hengelo'] } }))).toEqual(['o-hbo']);
		expect(ids(matchOffers(profile(), offers, { filters: { levels: ['hbo', 'mbo-4'] } })).sort()).toEqual(['c-dear', 'o-hbo']);
		expect(ids(matchOffers(profile(), offers, { filters: { modalities: ['online', 'hybride'] } })).sort()).toEqual(['c-online', 'o-hbo']);
		expect(ids(matchOffers(profile(), offers, { filters: { maxCostEuros: 300, kinds: ['cursus', 'opleiding'] } })).sort()).toEqual([
			'c-far',
			'c-online'
		]);
	});

	it('filters to kansberoepen only', () => {
		const outlook = createOutlookLookup(
			[{ occupationId: 'lasser', outlook: 'kansberoep', source: { title: 't', url: null, reference: null }, checkedAt: '2026-01-01', verified: false, demo: true }],
			() => true
		);
		const list = [vacature('kans', { targetOccupationIds: ['lasser'] }), vacature('other', { targetOccupationIds: ['kok'] })];
		expect(ids(matchOffers(profile(), list, { outlook, filters: { kansberoepOnly: true } }))).toEqual(['kans']);
	});

	it('leaves out offers beyond the travel limit but keeps online ones', () => {
		const results = matchOffers(profile({ constraints: { maxTravelMinutes: 30 } }), offers);
		expect(ids(results)).not.toContain('c-far');
		expect(ids(results)).toContain('c-online');
		expect(ids(results)).toContain('o-hbo');
	});

	it('never hides an offer on an unknown travel time', () => {
		const results = matchOffers(profile({ woonplaats: 'buiten-twente', constraints: { maxTravelMinutes: 10 } }), [vacature('v')]);
		expect(results[0]!.reasons).toContainEqual({ code: 'travel-unknown', points: 0 });
	});

	it('honours the chosen modalities as a hard limit', () => {
		expect(ids(matchOffers(profile({ constraints: { modalities: ['online'] } }), offers))).toEqual(['c-online']);
	});

	it('leaves out offers that need more hours than the person has', () => {
		const results = matchOffers(profile({ constraints: { hoursPerWeek: 20 } }), [
			vacature('full', { hoursPerWeekMin: 32 }),
			vacature('part', { hoursPerWeekMin: 16 }),
			cursus('evening', { hoursPerWeek: 8 }),
			opleiding('fulltime', { hoursPerWeek: 32 })
		]);
		expect(ids(results).sort()).toEqual(['evening', 'part']);
	});

	it('drops closed vacatures and training that no longer starts', () => {
		const list = [vacature('closed', { closesAt: '2026-01-31' }), cursus('started', { startDates: ['2026-01-05', '2026-06-01'] })];
		const results = matchOffers(profile(), list, { today: '2026-03-01' });
		expect(ids(results)).toEqual(['started']);
		expect(results[0]!.reasons).toContainEqual({ code: 'next-start', points: 0, date: '2026-06-01' });
	});

	it('returns at most `limit` results', () => {
		expect(matchOffers(profile(), offers, { limit: 2 })).toHaveLength(2);
	});
});

describe('closing offers without redundancy', () => {
	it('drops a short course once a longer chosen route teaches the same skill', () => {
		const job = vacature('job', { requiredSkills: [{ skillId: 'a', minLevel: 2 }, { skillId: 'b', minLevel: 2 }] });
		const offers = [job, cursus('a-week', { skillsTaught: ['a'], durationWeeks: 1 }), opleiding('a-and-b', { skillsTaught: ['a', 'b'], durationWeeks: 40 })];
		const [result] = matchOffers(profile(), offers, { filters: { kinds: ['vacature'] } });
		expect(result!.closingOffers.map((o) => o.id)).toEqual(['a-and-b']);
	});
});
