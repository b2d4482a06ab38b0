import { describe, expect, it } from 'vitest';
import { DEMO_OFFERS, occupationOutlook } from '$lib/data/catalogue';
import { OCCUPATIONS } from '$lib/data/taxonomy';
import { exploreOccupations } from './explore';
import { passesFilters } from './filters';
import type { MatchProfile } from './types';

const orderPicker: MatchProfile = {
	skillClaims: ['orderpicken', 'handscanner-gebruiken', 'elektrische-pompwagen', 'verpakken', 'heftruck-rijden', 'laden-lossen'].map((skillId) => ({ skillId, level: 3, source: 'zelf' as const })),
	beroepswensen: ['vrachtwagenchauffeur'],
	drivingLicences: ['B'],
	languages: [{ language: 'Nederlands', level: 'moedertaal' }],
	experienceOccupationIds: ['orderpicker'],
	educationLevel: 'mbo-2',
	woonplaats: 'hengelo',
	constraints: {}
};

const explore = (profile: MatchProfile, extra: Partial<Parameters<typeof exploreOccupations>[0]> = {}) =>
	exploreOccupations({ occupations: OCCUPATIONS, profile, outlook: occupationOutlook, offers: DEMO_OFFERS, ...extra });

describe('Wat past bij mij?', () => {
	it('puts the occupations whose skills the person already has first, with what is missing', () => {
		const options = explore(orderPicker);
		const [first, second] = options;
		// 6 of 15 and 4 of 10: the same share, so the label decides.
		expect(options.slice(0, 2).map((o) => o.occupation.id)).toEqual(['logistiek-medewerker', 'orderpicker']);
		expect(first!.have).toEqual(expect.arrayContaining(['orderpicken', 'handscanner-gebruiken', 'elektrische-pompwagen', 'verpakken']));
		const shares = options.map((o) => o.have.length / o.occupation.skillIds.length);
		expect(shares).toEqual([...shares].sort((a, b) => b - a));
		expect(first!.have.length + first!.missing.length).toBe(first!.occupation.skillIds.length);
		expect(second!.have.length / second!.occupation.skillIds.length).toBeLessThanOrEqual(first!.have.length / first!.occupation.skillIds.length);
		expect(first!.ownSector).toBe(true);
	});

	it('keeps a wish on the list with its outlook and the shortest training towards it, even with few skills', () => {
		const wish = explore(orderPicker).find((o) => o.occupation.id === 'vrachtwagenchauffeur')!;
		expect(wish.wish).toBe(true);
		expect(wish.outlook).toBe('kansberoep');
		expect(wish.missing).toContain('rijbewijs-ce');
		const hours = wish.training.map((t) => t.durationWeeks * t.hoursPerWeek);
		expect(hours).toEqual([...hours].sort((a, b) => a - b));
		expect(wish.training.every((t) => t.targetOccupationIds.includes('vrachtwagenchauffeur'))).toBe(true);
	});

	it('leaves out occupations of which the person has nothing, unless the APK chose it', () => {
		const all = explore(orderPicker);
		expect(all.every((o) => o.have.length > 0 || o.wish || o.fromApk)).toBe(true);
		expect(all.some((o) => o.occupation.id === 'softwareontwikkelaar')).toBe(false);
		const withApk = explore(orderPicker, { apkOccupationId: 'softwareontwikkelaar' });
		expect(withApk.find((o) => o.occupation.id === 'softwareontwikkelaar')).toMatchObject({ fromApk: true, outlook: 'kansberoep' });
	});

	it('counts languages and driving licences as skills, as matching does', () => {
		const bezorger = explore(orderPicker).find((o) => o.occupation.id === 'pakketbezorger')!;
		expect(bezorger.have).toContain('rijbewijs-b');
	});

	it('filters by sector and shows nothing for an empty paspoort', () => {
		expect(explore(orderPicker, { sector: 'zorg-welzijn' }).every((o) => o.occupation.sector === 'zorg-welzijn')).toBe(true);
		expect(explore({ ...orderPicker, skillClaims: [], beroepswensen: [], drivingLicences: [], languages: [] })).toEqual([]);
	});

	it('links to the offers that lead to the occupation: the aanbod filter by occupation', () => {
		const leading = DEMO_OFFERS.filter((o) => passesFilters(o, { occupationIds: ['vrachtwagenchauffeur'] }, occupationOutlook));
		expect(leading.length).toBeGreaterThan(0);
		expect(leading.every((o) => o.targetOccupationIds.includes('vrachtwagenchauffeur'))).toBe(true);
		const wish = explore(orderPicker).find((o) => o.occupation.id === 'vrachtwagenchauffeur')!;
		expect(wish.vacatures).toBe(leading.filter((o) => o.kind === 'vacature').length);
	});
});
