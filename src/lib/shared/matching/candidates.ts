import type { TalentCard } from '$lib/shared/talentpool';
import type { Offer, RequiredSkill } from './catalogue-schema';
import { vacatureFit } from './match';
import type { OutlookLookup } from './outlook';
import type { MatchedSkill, MatchProfile, MissingSkill, MatchReason } from './types';

/** What an employer's "who fits" needs of an offer: the demanded (must) and wished (nice) skills and the job's facts. */
export type CandidateOffer = Extract<Offer, { kind: 'vacature' | 'leerwerktraject' }>;

export interface CandidateFit<C> {
	candidate: C;
	score: number;
	mustMatched: number;
	mustTotal: number;
	niceMatched: number;
	niceTotal: number;
	matchedSkills: MatchedSkill[];
	missingSkills: MissingSkill[];
	reasons: MatchReason[];
}

export interface CandidateRanking<C> {
	/** Candidates with at least one of the offer's skills. */
	total: number;
	results: CandidateFit<C>[];
}

/** The anonymous card as a matching profile: skills, wishes and level; no place, so travel is not judged. */
export function cardProfile(card: TalentCard): MatchProfile {
	return { skillClaims: card.skills, beroepswensen: card.beroepswensen, educationLevel: card.educationLevel, woonplaats: '', constraints: {} };
}

/** A BBL-plaats is judged as the job it is: its entry requirements are the demands, its level the education asked. */
function asVacature(offer: CandidateOffer): Extract<Offer, { kind: 'vacature' }> {
	if (offer.kind === 'vacature') return offer;
	return {
		id: offer.id,
		kind: 'vacature',
		title: offer.title,
		providerId: offer.providerId,
		gemeenteId: offer.gemeenteId,
		modality: offer.modality,
		description: offer.description,
		targetOccupationIds: offer.targetOccupationIds,
		requiredSkills: offer.requiredSkills,
		niceSkills: offer.niceSkills,
		labourMarketPerspective: offer.labourMarketPerspective,
		demo: offer.demo,
		educationLevel: offer.level,
		hoursPerWeekMin: offer.hoursPerWeek,
		hoursPerWeekMax: offer.hoursPerWeek,
		closesAt: offer.startDates[0] ?? '9999-12-31'
	};
}

function countHeld(skills: readonly RequiredSkill[], card: TalentCard): number {
	let held = 0;
	for (const r of skills) if (card.skills.some((s) => s.skillId === r.skillId && s.level >= r.minLevel)) held++;
	return held;
}


/**
 * Ranks anonymous cards for one offer by the resident-side rules (vacatureFit), then by nice-skills held,
 * then by card id for a stable order. Only cards sharing at least one skill with the offer count; the
 * first `limit` get their full explanation.
 */
export function rankCandidates<C extends { id: string; card: TalentCard }>(
	offer: CandidateOffer,
	candidates: readonly C[],
	options: { outlook?: OutlookLookup; limit?: number; offset?: number } = {}
): CandidateRanking<C> {
	const job = asVacature(offer);
	const nice = offer.niceSkills ?? [];
	const ids = new Set([...offer.requiredSkills, ...nice].map((s) => s.skillId));
	const scored: { candidate: C; score: number; must: number; nice: number }[] = [];
	for (const candidate of candidates) {
		if (!candidate.card.skills.some((s) => ids.has(s.skillId))) continue;
		const { score } = vacatureFit(cardProfile(candidate.card), job, { outlook: options.outlook, explain: false });
		scored.push({ candidate, score, must: countHeld(offer.requiredSkills, candidate.card), nice: countHeld(nice, candidate.card) });
	}
	scored.sort((a, b) => b.score - a.score || b.must - a.must || b.nice - a.nice || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0));
	const offset = options.offset ?? 0;
	const page = scored.slice(offset, offset + (options.limit ?? 20));
	return {
		total: scored.length,
		results: page.map(({ candidate, score, must, nice: niceHeld }) => {
			const fit = vacatureFit(cardProfile(candidate.card), job, { outlook: options.outlook });
			return {
				candidate,
				score,
				mustMatched: must,
				mustTotal: offer.requiredSkills.length,
				niceMatched: niceHeld,
				niceTotal: nice.length,
				matchedSkills: fit.matchedSkills,
				missingSkills: fit.missingSkills,
				reasons: fit.reasons
			};
		})
	};
}
