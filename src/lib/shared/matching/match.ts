import { fundingOptions } from '$lib/shared/funding/options';
import type { FundingPerson } from '$lib/shared/funding/types';
import { isTraining, type Offer, type TrainingOffer } from './catalogue-schema';
import { catalogueIndex, type CatalogueIndex } from './catalogue-index';
import { closingOffers } from './closing';
import { educationRank } from './education';
import { nextDate, passesFilters } from './filters';
import type { OutlookLookup } from './outlook';
import { travelMinutes } from './travel';
import type { FundingHint, MatchedSkill, MatchOptions, MatchProfile, MatchReason, MatchResult, MatchSkillClaim, MissingSkill } from './types';
import { LICENCE_LEVEL, LICENCE_SKILLS, POINTS, SOURCE_WEIGHT } from './weights';

const NEUTRAL: OutlookLookup = () => 'neutraal';
const DEFAULT_LIMIT = 50;

interface Context {
	profile: MatchProfile;
	claims: ReadonlyMap<string, MatchSkillClaim>;
	wishGap: ReadonlySet<string>;
	outlook: OutlookLookup;
	today: string | undefined;
}

/** Explanation lists, filled only for the results that are returned (the first pass only scores). */
interface Explain {
	reasons: MatchReason[];
	matched: MatchedSkill[];
	missing: MissingSkill[];
}

const OUT_OF_REACH = -1;

/** Travel minutes (null when online or unknown), or OUT_OF_REACH; a number, to keep the hot loop allocation-free. */
function reach(offer: Offer, profile: MatchProfile): number | null {
	const { modalities, maxTravelMinutes } = profile.constraints;
	if (modalities && !modalities.includes(offer.modality)) return OUT_OF_REACH;
	if (offer.modality === 'online') return null;
	const minutes = travelMinutes(profile.woonplaats, offer.gemeenteId);
	// An unknown travel time never hides an offer: we would be filtering on a guess.
	return maxTravelMinutes !== undefined && minutes !== null && minutes > maxTravelMinutes ? OUT_OF_REACH : minutes;
}

function offerHours(offer: Offer): number {
	return offer.kind === 'vacature' ? offer.hoursPerWeekMin : offer.hoursPerWeek;
}

/** Scores one offer; when `explain` is given, also records why. Returns null when it must be left out. */
function assess(offer: Offer, ctx: Context, explain: Explain | null): number | null {
	const { profile, claims } = ctx;
	const minutes = reach(offer, profile);
	if (minutes === OUT_OF_REACH) return null;
	const date = nextDate(offer, ctx.today);
	if (date === null) return null;

	// Reasons are pushed through `explain?.`, which skips building the object in the scoring pass.
	let score = 0;
	const required = offer.requiredSkills;
	if (required.length === 0) {
		score += POINTS.noEntryRequirements;
		explain?.reasons.push({ code: 'no-entry-requirements', points: POINTS.noEntryRequirements });
	} else {
		let credit = 0;
		let matched = 0;
		let confirmed = 0;
		for (const r of required) {
			const claim = claims.get(r.skillId);
			const weight = claim ? SOURCE_WEIGHT[claim.source] : 0;
			if (claim && claim.level >= r.minLevel) {
				credit += weight;
				matched++;
				if (claim.source !== 'zelf') confirmed++;
				explain?.matched.push({ skillId: r.skillId, level: claim.level, requiredLevel: r.minLevel, source: claim.source });
			} else {
				if (claim) credit += weight * POINTS.partialLevelFactor * (claim.level / r.minLevel);
				explain?.missing.push({ skillId: r.skillId, requiredLevel: r.minLevel, haveLevel: claim?.level ?? null });
			}
		}
		const points = (POINTS.skills * credit) / required.length;
		score += points;
		explain?.reasons.push({ code: 'skills-matched', points, matched, required: required.length });
		if (confirmed > 0) explain?.reasons.push({ code: 'skills-confirmed', points: 0, count: confirmed });
		if (matched < required.length) explain?.reasons.push({ code: 'skills-missing', points: 0, count: required.length - matched });
	}

	let wished: string | undefined;
	let kansberoep: string | undefined;
	let krimp: string | undefined;
	for (const occupationId of offer.targetOccupationIds) {
		if (wished === undefined && profile.beroepswensen.includes(occupationId)) wished = occupationId;
		const outlook = ctx.outlook(occupationId);
		if (kansberoep === undefined && outlook === 'kansberoep') kansberoep = occupationId;
		if (krimp === undefined && outlook === 'krimp') krimp = occupationId;
	}
	if (wished !== undefined) {
		score += POINTS.beroepswens;
		explain?.reasons.push({ code: 'beroepswens', points: POINTS.beroepswens, occupationId: wished });
	}
	if (kansberoep !== undefined) {
		score += POINTS.kansberoep;
		explain?.reasons.push({ code: 'kansberoep', points: POINTS.kansberoep, occupationId: kansberoep });
	} else if (krimp !== undefined) {
		score += POINTS.krimp;
		explain?.reasons.push({ code: 'krimp', points: POINTS.krimp, occupationId: krimp });
	}

	if (isTraining(offer) && ctx.wishGap.size > 0) {
		let taught = 0;
		for (const skillId of offer.skillsTaught) if (ctx.wishGap.has(skillId)) taught++;
		if (taught > 0) {
			const points = Math.min(POINTS.teachesWishSkillMax, taught * POINTS.teachesWishSkillEach);
			score += points;
			explain?.reasons.push({ code: 'teaches-wish-skills', points, skillIds: offer.skillsTaught.filter((id) => ctx.wishGap.has(id)) });
		}
	}

	const have = profile.educationLevel;
	if (have !== null) {
		if (offer.kind === 'vacature' && educationRank(offer.educationLevel) > educationRank(have)) {
			score += POINTS.educationBelowRequired;
			explain?.reasons.push({ code: 'education-below-required', points: POINTS.educationBelowRequired, required: offer.educationLevel, have });
		} else if ('level' in offer && offer.level !== null && educationRank(offer.level) > educationRank(have) + 1) {
			score += POINTS.levelAboveReach;
			explain?.reasons.push({ code: 'level-above-reach', points: POINTS.levelAboveReach, level: offer.level });
		}
	}

	const maxHours = profile.constraints.hoursPerWeek;
	const hours = offerHours(offer);
	if (maxHours !== undefined && hours > maxHours) {
		score += POINTS.hoursExceed;
		explain?.reasons.push({ code: 'hours-exceed', points: POINTS.hoursExceed, offerHours: hours, maxHours });
	}

	if (offer.modality === 'online') explain?.reasons.push({ code: 'online', points: 0 });
	else if (minutes === null) explain?.reasons.push({ code: 'travel-unknown', points: 0 });
	else if (minutes <= POINTS.closeByMinutes) {
		score += POINTS.closeBy;
		explain?.reasons.push({ code: 'close-by', points: POINTS.closeBy, minutes });
	} else explain?.reasons.push({ code: 'travel', points: 0, minutes });

	if (offer.kind !== 'vacature') explain?.reasons.push({ code: 'next-start', points: 0, date });
	return Math.max(0, Math.min(100, Math.round(score)));
}

function wishGapSkills(profile: MatchProfile, claims: ReadonlyMap<string, MatchSkillClaim>, options: MatchOptions): Set<string> {
	const gap = new Set<string>();
	if (!options.occupationSkillIds) return gap;
	for (const occupationId of profile.beroepswensen) {
		for (const skillId of options.occupationSkillIds(occupationId) ?? []) if (!claims.has(skillId)) gap.add(skillId);
	}
	return gap;
}

function fundingHint(offer: Offer, profile: MatchProfile, ctx: Context, options: MatchOptions): FundingHint | null {
	// Nothing to fund: not training, or free to the participant (a BBL place is paid by the employer).
	if (!options.fundingRules || !isTraining(offer) || offer.costEuros === 0) return null;
	const person: FundingPerson = {
		woonplaats: profile.woonplaats,
		werkgemeente: profile.werkgemeente ?? null,
		educationLevel: profile.educationLevel,
		employed: profile.employed ?? false
	};
	const onDate = ctx.today ?? options.fundingRules.validFrom;
	const eligible = fundingOptions(person, offer, options.fundingRules, { outlook: ctx.outlook, onDate }).filter((o) => o.eligible);
	return { eligibleRuleIds: eligible.map((o) => o.ruleId), tfvvEligible: eligible.some((o) => o.kind === 'tfvv') };
}

function explainResult(offer: Offer, score: number, ctx: Context, index: CatalogueIndex, options: MatchOptions): MatchResult {
	const explain: Explain = { reasons: [], matched: [], missing: [] };
	assess(offer, ctx, explain);
	// Closing training must itself be within the person's reach and still start; filters do not apply,
	// because someone looking at vacatures still wants to see the course that gets them there.
	const usable = (training: TrainingOffer) => reach(training, ctx.profile) !== OUT_OF_REACH && nextDate(training, ctx.today) !== null;
	return {
		offer,
		score,
		reasons: explain.reasons,
		matchedSkills: explain.matched,
		missingSkills: explain.missing,
		closingOffers: closingOffers(explain.missing, index, usable, offer.id),
		fundingHint: fundingHint(offer, ctx.profile, ctx, options)
	};
}

/**
 * Ranks the catalogue for one resident, on the device and offline. Pure: same input, same output.
 * A first pass only scores (no per-offer allocations beyond the ranking pair); the full explanation
 * is built for the results that are returned. Ties keep a stable order by offer id.
 */
export function matchOffers(profile: MatchProfile, offers: readonly Offer[], options: MatchOptions = {}): MatchResult[] {
	const index = catalogueIndex(offers);
	const claims = new Map<string, MatchSkillClaim>();
	const licenceClaims = (profile.drivingLicences ?? []).flatMap((licence) =>
		(LICENCE_SKILLS[licence] ?? []).map((skillId): MatchSkillClaim => ({ skillId, level: LICENCE_LEVEL, source: 'certificaat' }))
	);
	for (const claim of [...profile.skillClaims, ...licenceClaims]) {
		const known = claims.get(claim.skillId);
		// Two claims for one skill: the one that counts most wins.
		if (!known || claim.level * SOURCE_WEIGHT[claim.source] > known.level * SOURCE_WEIGHT[known.source]) claims.set(claim.skillId, claim);
	}
	const outlook = options.outlook ?? NEUTRAL;
	const ctx: Context = { profile, claims, wishGap: wishGapSkills(profile, claims, options), outlook, today: options.today };
	const filters = options.filters;

	const ranked: { offer: Offer; score: number }[] = [];
	for (const offer of offers) {
		if (filters && !passesFilters(offer, filters, outlook)) continue;
		const score = assess(offer, ctx, null);
		if (score !== null) ranked.push({ offer, score });
	}
	ranked.sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));

	const limit = options.limit ?? DEFAULT_LIMIT;
	const results: MatchResult[] = [];
	for (let i = 0; i < ranked.length && i < limit; i++) {
		const { offer, score } = ranked[i]!;
		results.push(explainResult(offer, score, ctx, index, options));
	}
	return results;
}
