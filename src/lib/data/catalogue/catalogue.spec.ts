import { describe, expect, it } from 'vitest';
import { kansberoepSchema, offerSchema, providerSchema, isTraining } from '$lib/shared/matching/catalogue-schema';
import { TRAVEL_GEMEENTE_IDS } from '$lib/shared/matching/travel';
import { GEMEENTEN } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { DEMO_NOTICE, DEMO_OFFERS, KANSBEROEPEN, PROVIDERS, occupationOutlook, providerById } from './index';

const gemeenteIds = new Set<string>(GEMEENTEN.map((g) => g.id));
const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('demo catalogue integrity', () => {
	it('has at least 150 offers of every kind, each valid against the editor schema', () => {
		expect(DEMO_OFFERS.length).toBeGreaterThanOrEqual(150);
		for (const kind of ['opleiding', 'cursus', 'vacature', 'leerwerktraject', 'loopbaangesprek', 'workshop'] as const) {
			expect(DEMO_OFFERS.filter((o) => o.kind === kind).length, kind).toBeGreaterThan(0);
		}
		for (const offer of DEMO_OFFERS) expect(offerSchema.safeParse(offer).error?.issues, offer.id).toBeUndefined();
	});

	it('uses unique ids for offers and providers', () => {
		expect(unique(DEMO_OFFERS.map((o) => o.id))).toBe(true);
		expect(unique(PROVIDERS.map((p) => p.id))).toBe(true);
	});

	it('references only skills and occupations that exist in the taxonomy', () => {
		for (const offer of DEMO_OFFERS) {
			const skills = [...offer.requiredSkills.map((r) => r.skillId), ...(isTraining(offer) ? offer.skillsTaught : [])];
			for (const id of skills) expect(skillById(id), `${offer.id} skill ${id}`).toBeDefined();
			for (const id of offer.targetOccupationIds) expect(occupationById(id), `${offer.id} occupation ${id}`).toBeDefined();
		}
		for (const k of KANSBEROEPEN) expect(occupationById(k.occupationId), k.occupationId).toBeDefined();
	});

	it('references only existing providers and Twente gemeenten', () => {
		for (const offer of DEMO_OFFERS) {
			expect(providerById(offer.providerId), `${offer.id} provider`).toBeDefined();
			if (offer.kind === 'leerwerktraject') expect(providerById(offer.schoolProviderId), `${offer.id} school`).toBeDefined();
			expect(gemeenteIds.has(offer.gemeenteId), `${offer.id} gemeente ${offer.gemeenteId}`).toBe(true);
		}
		for (const provider of PROVIDERS) expect(gemeenteIds.has(provider.gemeenteId), provider.id).toBe(true);
	});

	it('gives vacatures and BBL places to employers, and lets only schools and trainers teach', () => {
		for (const offer of DEMO_OFFERS) {
			const kind = providerById(offer.providerId)!.kind;
			if (offer.kind === 'vacature' || offer.kind === 'leerwerktraject') expect(kind, offer.id).toBe('werkgever');
			if (offer.kind === 'leerwerktraject') expect(providerById(offer.schoolProviderId)!.kind, offer.id).not.toBe('werkgever');
		}
		expect(PROVIDERS.filter((p) => p.kind === 'werkgever').length).toBeGreaterThanOrEqual(10);
	});

	it('marks every record as demo and names every employer as demo', () => {
		expect(DEMO_NOTICE).toMatch(/demo/i);
		for (const record of [...DEMO_OFFERS, ...PROVIDERS, ...KANSBEROEPEN]) expect(record.demo).toBe(true);
		for (const provider of PROVIDERS.filter((p) => p.kind === 'werkgever' || p.kind === 'particulier' || p.kind === 'loopbaan')) {
			expect(provider.name, provider.id).toMatch(/^Demo /);
		}
		for (const provider of PROVIDERS) expect(providerSchema.safeParse(provider).success, provider.id).toBe(true);
	});

	it('has real calendar dates in 2026-2027 for starts and closing', () => {
		const valid = (date: string) => {
			const parsed = new Date(`${date}T00:00:00Z`);
			return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date && date >= '2026-01-01' && date <= '2027-12-31';
		};
		for (const offer of DEMO_OFFERS) {
			const dates = offer.kind === 'vacature' ? [offer.closesAt] : offer.startDates;
			for (const date of dates) expect(valid(date), `${offer.id} ${date}`).toBe(true);
		}
	});

	it('has a short course for the core certificates residents ask for', () => {
		const titles = DEMO_OFFERS.filter((o) => o.kind === 'cursus').map((o) => o.title);
		for (const name of ['VCA', 'Heftruck', 'BHV', 'Excel']) expect(titles.some((t) => t.includes(name)), name).toBe(true);
	});

	it('covers the big Twente schools', () => {
		const used = new Set(DEMO_OFFERS.flatMap((o) => [o.providerId, o.kind === 'leerwerktraject' ? o.schoolProviderId : o.providerId]));
		for (const id of ['roc-van-twente', 'saxion', 'universiteit-twente', 'zone-college']) expect(used.has(id), id).toBe(true);
	});

	it('can estimate travel between every pair of gemeenten', () => {
		expect([...TRAVEL_GEMEENTE_IDS].sort()).toEqual([...gemeenteIds].sort());
	});
});

describe('Kansberoepenlijst', () => {
	it('is valid data with a source and check date, and flagged unverified', () => {
		for (const k of KANSBEROEPEN) {
			expect(kansberoepSchema.safeParse(k).success, k.occupationId).toBe(true);
			expect(k.source.title.length).toBeGreaterThan(0);
			expect(k.verified).toBe(false);
		}
		expect(unique(KANSBEROEPEN.map((k) => k.occupationId))).toBe(true);
	});

	it('answers kansberoep, krimp, neutraal or onbekend', () => {
		expect(occupationOutlook('lasser')).toBe('kansberoep');
		expect(occupationOutlook('medewerker-supermarkt')).toBe('krimp');
		expect(occupationOutlook('kok')).toBe('neutraal');
		expect(occupationOutlook('astronaut')).toBe('onbekend');
	});
});
