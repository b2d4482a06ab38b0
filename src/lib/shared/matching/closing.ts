import type { TrainingOffer } from './catalogue-schema';
import type { CatalogueIndex } from './catalogue-index';
import type { MissingSkill } from './types';

/**
 * The shortest training that together closes the gap. Exact set cover is NP-hard, so this is the
 * classic greedy: each step takes the offer that closes the most still-open skills per week of
 * study (ties: shorter, then the index order). With one missing skill that is simply the shortest
 * offer teaching it to the required level. Skills no offer teaches stay open.
 */
export function closingOffers(
	missing: readonly MissingSkill[],
	index: CatalogueIndex,
	usable: (offer: TrainingOffer) => boolean,
	excludeId: string
): TrainingOffer[] {
	if (missing.length === 0) return [];
	const open = new Map(missing.map((m) => [m.skillId, m.requiredLevel] as const));
	const candidates = new Set<TrainingOffer>();
	for (const m of missing) {
		for (const offer of index.teachersBySkill.get(m.skillId) ?? []) {
			if (offer.id !== excludeId && offer.taughtLevel >= m.requiredLevel && usable(offer)) candidates.add(offer);
		}
	}
	const chosen: TrainingOffer[] = [];
	while (open.size > 0) {
		let best: TrainingOffer | null = null;
		let bestCovers = 0;
		let bestRatio = 0;
		for (const offer of candidates) {
			let covers = 0;
			for (const skillId of offer.skillsTaught) {
				const need = open.get(skillId);
				if (need !== undefined && offer.taughtLevel >= need) covers++;
			}
			if (covers === 0) continue;
			const ratio = covers / offer.durationWeeks;
			if (best === null || ratio > bestRatio || (ratio === bestRatio && offer.durationWeeks < best.durationWeeks)) {
				best = offer;
				bestCovers = covers;
				bestRatio = ratio;
			}
		}
		if (best === null || bestCovers === 0) break;
		chosen.push(best);
		candidates.delete(best);
		for (const skillId of best.skillsTaught) {
			const need = open.get(skillId);
			if (need !== undefined && best.taughtLevel >= need) open.delete(skillId);
		}
	}
	return withoutRedundant(chosen, missing).sort((a, b) => a.durationWeeks - b.durationWeeks);
}

/**
 * Greedy can pick a one-week course first and later a diploma route that also covers that skill;
 * dropping offers whose skills the others already close (longest first) keeps the plan short.
 */
function withoutRedundant(chosen: TrainingOffer[], missing: readonly MissingSkill[]): TrainingOffer[] {
	const closes = (offer: TrainingOffer, m: MissingSkill) => offer.taughtLevel >= m.requiredLevel && offer.skillsTaught.includes(m.skillId);
	const kept = [...chosen].sort((a, b) => b.durationWeeks - a.durationWeeks);
	for (let i = 0; i < kept.length; ) {
		const candidate = kept[i]!;
		const others = kept.filter((o) => o !== candidate);
		const needed = missing.some((m) => closes(candidate, m) && !others.some((o) => closes(o, m)));
		if (needed) i++;
		else kept.splice(i, 1);
	}
	return kept;
}

/** The offer of a closing plan that closes this one missing skill: the shortest that does (the plan is sorted shortest first). */
export function closingOfferFor(missing: MissingSkill, plan: readonly TrainingOffer[]): TrainingOffer | undefined {
	return plan.find((offer) => offer.taughtLevel >= missing.requiredLevel && offer.skillsTaught.includes(missing.skillId));
}
