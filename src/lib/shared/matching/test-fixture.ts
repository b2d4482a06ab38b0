import type { Offer, TrainingOffer } from './catalogue-schema';

/** Small hand-made catalogue for the matching specs; every number in it is chosen to test one rule. */
const base = {
	providerId: 'p',
	gemeenteId: 'enschede',
	modality: 'klassikaal' as const,
	description: 'Testaanbod.',
	targetOccupationIds: [] as string[],
	requiredSkills: [] as { skillId: string; minLevel: number }[],
	labourMarketPerspective: false,
	demo: true
};

export function vacature(id: string, patch: Partial<Extract<Offer, { kind: 'vacature' }>> = {}): Offer {
	return {
		...base,
		id,
		kind: 'vacature',
		title: `Vacature ${id}`,
		educationLevel: 'mbo-2',
		hoursPerWeekMin: 24,
		hoursPerWeekMax: 36,
		closesAt: '2026-12-31',
		...patch
	};
}

export function cursus(id: string, patch: Partial<Extract<TrainingOffer, { kind: 'cursus' }>> = {}): TrainingOffer {
	return {
		...base,
		id,
		kind: 'cursus',
		title: `Cursus ${id}`,
		level: 'mbo-2',
		certificate: 'Certificaat',
		skillsTaught: ['a'],
		taughtLevel: 2,
		durationWeeks: 2,
		hoursPerWeek: 8,
		costEuros: 300,
		startDates: ['2026-09-01'],
		...patch
	};
}

export function opleiding(id: string, patch: Partial<Extract<TrainingOffer, { kind: 'opleiding' }>> = {}): TrainingOffer {
	return {
		...base,
		id,
		kind: 'opleiding',
		title: `Opleiding ${id}`,
		level: 'mbo-3',
		skillsTaught: ['a'],
		taughtLevel: 3,
		durationWeeks: 40,
		hoursPerWeek: 16,
		costEuros: 3000,
		startDates: ['2026-09-01'],
		...patch
	};
}
