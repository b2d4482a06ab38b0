import { isTraining, type Offer, type TrainingOffer } from './catalogue-schema';

export interface CatalogueIndex {
	/** Training that teaches a skill, shortest first (then cheapest, then id, for a stable order). */
	teachersBySkill: ReadonlyMap<string, readonly TrainingOffer[]>;
}

const cache = new WeakMap<readonly Offer[], CatalogueIndex>();

function byShortest(a: TrainingOffer, b: TrainingOffer): number {
	return a.durationWeeks - b.durationWeeks || a.costEuros - b.costEuros || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Built once per catalogue array and kept as long as that array lives: the device matches many
 * times against the same synced catalogue, and a new sync produces a new array.
 */
export function catalogueIndex(offers: readonly Offer[]): CatalogueIndex {
	const cached = cache.get(offers);
	if (cached) return cached;
	const teachers = new Map<string, TrainingOffer[]>();
	for (const offer of offers) {
		if (!isTraining(offer)) continue;
		for (const skillId of offer.skillsTaught) {
			const list = teachers.get(skillId);
			if (list) list.push(offer);
			else teachers.set(skillId, [offer]);
		}
	}
	for (const list of teachers.values()) list.sort(byShortest);
	const index = { teachersBySkill: teachers };
	cache.set(offers, index);
	return index;
}
