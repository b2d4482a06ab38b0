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
import {
	CEFR_SKILL_LEVEL,
	FAMILY_OF_KIND,
	LANGUAGE_SKILLS,
	LICENCE_LEVEL,
	LICENCE_SKILL_IDS,
	LICENCE_SKILLS,
	MOTHER_TONGUE_WRITING_LEVEL,
	POINTS,
	SOURCE_WEIGHT
} from './weights';

const NEUTRAL: OutlookLookup = () => 'neutraal';
const DEFAULT_LIMIT = 50;
/** Added to the sort key of a vacature with at least one matching skill: it always ranks above one with none. */
const HAS_MATCH = 1000;
/** The weight of one of an occupation's first five (core) skills in the wish gap; other skills weigh 1. */
const CORE_WEIGHT = 2;
const NONE: readonly never[] = [];
/** The travel minutes of the offer `assess` last scored, for the sort; saves a second lookup per offer. */
let lastMinutes = 0;
/** The next date `usableFor` last found, so `assess` does not look it up twice. */
let lastDate: string | null = null;

/** A vacature the person nearly fits, and what they still miss for it. */
interface NearJob {
	vacatureId: string;
	occupationIds: readonly string[];
	missing: readonly { skillId: string; level: number }[];
}

interface Context {
	profile: MatchProfile;
	claims: ReadonlyMap<string, MatchSkillClaim>;
	/** Skills the beroepswens needs that the person lacks, with their weight (core skills count double). */
	wishGap: ReadonlyMap<string, number>;
	wishGapTotal: number;
	nearJobs: readonly NearJob[];
	/** For each skill, the near jobs (by index) that miss it and the level they need. */
	nearBySkill: ReadonlyMap<string, readonly { job: number; level: number }[]>;
	/** Scratch counts per near job, reused for every offer. */
	nearCovered: number[];
	ownOccupations: ReadonlySet<string>;
	ownSectors: ReadonlySet<string>;
	occupationSector: (occupationId: string) => string | undefined;
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

/** Hard limits every kind shares: reach, hours and a date still ahead. Returns the travel minutes, or OUT_OF_REACH. */
function usableFor(offer: Offer, ctx: Context): number | null {
	const minutes = reach(offer, ctx.profile);
	if (minutes === OUT_OF_REACH) return OUT_OF_REACH;
	const maxHours = ctx.profile.constraints.hoursPerWeek;
	if (maxHours !== undefined && offerHours(offer) > maxHours) return OUT_OF_REACH;
	lastDate = nextDate(offer, ctx.today);
	if (lastDate === null) return OUT_OF_REACH;
	return minutes;
}

function travelReason(offer: Offer, minutes: number | null, closeByPoints: number, explain: Explain | null): number {
	if (offer.modality === 'online') explain?.reasons.push({ code: 'online', points: 0 });
	else if (minutes === null) explain?.reasons.push({ code: 'travel-unknown', points: 0 });
	else if (minutes <= POINTS.closeByMinutes) {
		explain?.reasons.push({ code: 'close-by', points: closeByPoints, minutes });
		return closeByPoints;
	} else explain?.reasons.push({ code: 'travel', points: 0, minutes });
	return 0;
}

/** Required skills against the claims; fills the matched and missing lists when explaining. */
function requiredSkills(offer: Offer, ctx: Context, explain: Explain | null) {
	let credit = 0;
	let matched = 0;
	let confirmed = 0;
	let licenceMissing: string | undefined;
	for (const r of offer.requiredSkills) {
		const claim = ctx.claims.get(r.skillId);
		const weight = claim ? SOURCE_WEIGHT[claim.source] : 0;
		if (claim && claim.level >= r.minLevel) {
			credit += weight;
			matched++;
			if (claim.source !== 'zelf') confirmed++;
			explain?.matched.push({ skillId: r.skillId, level: claim.level, requiredLevel: r.minLevel, source: claim.source });
		} else {
			if (claim) credit += weight * POINTS.partialLevelFactor * (claim.level / r.minLevel);
			if (licenceMissing === undefined && LICENCE_SKILL_IDS.has(r.skillId)) licenceMissing = r.skillId;
			explain?.missing.push({ skillId: r.skillId, requiredLevel: r.minLevel, haveLevel: claim?.level ?? null });
		}
	}
	return { credit, matched, confirmed, licenceMissing };
}

function outlookPoints(offer: Offer, ctx: Context, explain: Explain | null): number {
	let kansberoep: string | undefined;
	let krimp: string | undefined;
	for (const occupationId of offer.targetOccupationIds) {
		const outlook = ctx.outlook(occupationId);
		if (kansberoep === undefined && outlook === 'kansberoep') kansberoep = occupationId;
		if (krimp === undefined && outlook === 'krimp') krimp = occupationId;
	}
	if (kansberoep !== undefined) {
		explain?.reasons.push({ code: 'kansberoep', points: POINTS.kansberoep, occupationId: kansberoep });
		return POINTS.kansberoep;
	}
	if (krimp !== undefined) {
		explain?.reasons.push({ code: 'krimp', points: POINTS.krimp, occupationId: krimp });
		return POINTS.krimp;
	}
	return 0;
}

function wishedOccupation(offer: Offer, profile: MatchProfile): string | undefined {
	for (const occupationId of offer.targetOccupationIds) if (profile.beroepswensen.includes(occupationId)) return occupationId;
	return undefined;
}

/** Vacatures: the share of the required skills the person has, then hard requirements, then wishes and outlook. */
function assessFit(offer: Extract<Offer, { kind: 'vacature' }>, minutes: number | null, ctx: Context, explain: Explain | null): number {
	const { profile } = ctx;
	let score = 0;
	const required = offer.requiredSkills;
	let matched = 0;
	if (required.length === 0) explain?.reasons.push({ code: 'no-entry-requirements', points: 0 });
	else {
		const fit = requiredSkills(offer, ctx, explain);
		matched = fit.matched;
		const points = Math.round((POINTS.skills * fit.credit) / required.length);
		score += points;
		explain?.reasons.push({ code: 'skills-matched', points, matched, required: required.length });
		if (fit.confirmed > 0) explain?.reasons.push({ code: 'skills-confirmed', points: 0, count: fit.confirmed });
		if (matched < required.length) explain?.reasons.push({ code: 'skills-missing', points: 0, count: required.length - matched });
		if (fit.licenceMissing !== undefined) {
			score += POINTS.licenceMissing;
			explain?.reasons.push({ code: 'licence-missing', points: POINTS.licenceMissing, skillId: fit.licenceMissing });
		}
	}
	const have = profile.educationLevel;
	if (have !== null) {
		const gap = educationRank(offer.educationLevel) - educationRank(have);
		if (gap === 1) {
			score += POINTS.educationOneBelow;
			explain?.reasons.push({ code: 'education-one-below', points: POINTS.educationOneBelow, required: offer.educationLevel, have });
		} else if (gap > 1) {
			score += POINTS.educationBelowRequired;
			explain?.reasons.push({ code: 'education-below-required', points: POINTS.educationBelowRequired, required: offer.educationLevel, have });
		}
	}
	const wished = wishedOccupation(offer, profile);
	if (wished !== undefined) {
		score += POINTS.beroepswens;
		explain?.reasons.push({ code: 'beroepswens', points: POINTS.beroepswens, occupationId: wished });
	}
	score += outlookPoints(offer, ctx, explain);
	score += travelReason(offer, minutes, POINTS.closeBy, explain);
	return clamp(score) + (matched > 0 ? HAS_MATCH : 0);
}

/** Training: how far it brings the person towards their wish and the jobs they nearly fit, then level, funding, start. */
function assessProgress(offer: TrainingOffer, minutes: number | null, date: string, ctx: Context, explain: Explain | null): number {
	const { profile, claims } = ctx;
	let score = 0;
	const required = offer.requiredSkills;
	if (required.length === 0) explain?.reasons.push({ code: 'no-entry-requirements', points: 0 });
	else {
		const entry = requiredSkills(offer, ctx, explain);
		explain?.reasons.push({ code: 'skills-matched', points: 0, matched: entry.matched, required: required.length });
		if (entry.matched < required.length) {
			score += POINTS.entryMissing;
			explain?.reasons.push({ code: 'entry-missing', points: POINTS.entryMissing, count: required.length - entry.matched });
		}
	}

	// One pass over what the offer teaches. Only what the person cannot do yet at the level the offer
	// brings them to is progress; per taught skill the near jobs missing it come from an index built once.
	let teachesNew = false;
	let weight = 0;
	let core = false;
	let known = 0;
	const nearCount = ctx.nearJobs.length;
	const covered = ctx.nearCovered;
	if (nearCount > 0) covered.fill(0);
	for (const skillId of offer.skillsTaught) {
		const have = claims.get(skillId)?.level ?? 0;
		if (have > 0) known++;
		if (have >= offer.taughtLevel) continue;
		teachesNew = true;
		if (ctx.wishGapTotal > 0) {
			const w = ctx.wishGap.get(skillId) ?? 0;
			weight += w;
			if (w === CORE_WEIGHT) core = true;
		}
		if (nearCount > 0) for (const need of ctx.nearBySkill.get(skillId) ?? NONE) if (offer.taughtLevel >= need.level) covered[need.job]!++;
	}
	let related = 0;
	if (!teachesNew) explain?.reasons.push({ code: 'teaches-nothing-new', points: 0 });
	else {
		const wished = wishedOccupation(offer, profile);
		if (wished !== undefined) {
			related += POINTS.trainingWish;
			explain?.reasons.push({ code: 'beroepswens', points: POINTS.trainingWish, occupationId: wished });
		}
		// At least one core skill of the wish: generic skills ("samenwerken") alone are no step towards it.
		// The square root: the first core skill is a real step, the last ones of a long list add less.
		const wishPoints = core ? Math.round(POINTS.teachesWishSkills * Math.sqrt(weight / ctx.wishGapTotal)) : 0;
		if (wishPoints > 0) {
			related += wishPoints;
			explain?.reasons.push({
				code: 'teaches-wish-skills',
				points: wishPoints,
				skillIds: offer.skillsTaught.filter((id) => ctx.wishGap.has(id) && (claims.get(id)?.level ?? 0) < offer.taughtLevel)
			});
		}
		let best: NearJob | null = null;
		let bestShare = 0;
		for (let i = 0; i < nearCount; i++) {
			const share = covered[i]! / ctx.nearJobs[i]!.missing.length;
			if (share > bestShare) {
				best = ctx.nearJobs[i]!;
				bestShare = share;
			}
		}
		if (best !== null) {
			// A long diploma route to another occupation is not the way into this vacature: half the points.
			const longDetour = offer.durationWeeks > POINTS.shortRouteWeeks && offer.targetOccupationIds.length > 0 && !offer.targetOccupationIds.some((id) => best!.occupationIds.includes(id));
			const points = Math.round(POINTS.closesNearJob * bestShare * (longDetour ? 0.5 : 1));
			related += points;
			if (explain) {
				const closes = best.missing.filter((m) => offer.taughtLevel >= m.level && offer.skillsTaught.includes(m.skillId)).map((m) => m.skillId);
				explain.reasons.push({ code: 'closes-near-job', points, vacatureId: best.vacatureId, skillIds: closes });
			}
		}
		related += ownSectorPoints(offer, known, ctx, explain);
	}
	score += related;
	if (related === 0) {
		// Unrelated to wish, near jobs, sector and experience: level, price and outlook do not lift it.
		travelReason(offer, minutes, 0, explain);
		explain?.reasons.push({ code: 'next-start', points: 0, date });
		return clamp(score);
	}

	const have = profile.educationLevel;
	if (offer.level === null) {
		// No level: a short course open to anyone fits every level.
		score += POINTS.levelFits;
		explain?.reasons.push({ code: 'level-fits', points: POINTS.levelFits, level: null });
	} else if (have !== null) {
		const step = educationRank(offer.level) - educationRank(have);
		if (step > 1) {
			score += POINTS.levelAboveReach;
			explain?.reasons.push({ code: 'level-above-reach', points: POINTS.levelAboveReach, level: offer.level });
		} else if (step >= -1) {
			score += POINTS.levelFits;
			explain?.reasons.push({ code: 'level-fits', points: POINTS.levelFits, level: offer.level });
		}
	}
	if (offer.costEuros === 0) {
		score += POINTS.funding;
		explain?.reasons.push({ code: 'free', points: POINTS.funding });
	}
	score += outlookPoints(offer, ctx, explain);
	travelReason(offer, minutes, 0, explain);
	explain?.reasons.push({ code: 'next-start', points: 0, date });
	return clamp(score);
}

/** Training in the person's own occupation or sector, or that builds on skills they have, is related. */
function ownSectorPoints(offer: TrainingOffer, known: number, ctx: Context, explain: Explain | null): number {
	for (const occupationId of offer.targetOccupationIds) {
		if (ctx.ownOccupations.has(occupationId)) {
			explain?.reasons.push({ code: 'own-sector', points: POINTS.ownSector, occupationId });
			return POINTS.ownSector;
		}
	}
	for (const occupationId of offer.targetOccupationIds) {
		const sector = ctx.occupationSector(occupationId);
		if (sector !== undefined && ctx.ownSectors.has(sector)) {
			const points = Math.round(POINTS.ownSector * 0.7);
			explain?.reasons.push({ code: 'own-sector', points, occupationId });
			return points;
		}
	}
	if (known > 0 && known * 3 >= offer.skillsTaught.length) {
		const points = Math.round(POINTS.ownSector * 0.4);
		explain?.reasons.push({ code: 'own-sector', points, occupationId: null });
		return points;
	}
	return 0;
}

/** Loopbaangesprekken and workshops help everyone choose; most those without a beroepswens. */
function assessGuidance(offer: Offer, minutes: number | null, date: string, ctx: Context, explain: Explain | null): number {
	let score = POINTS.guidanceBase;
	explain?.reasons.push({ code: 'guidance-base', points: POINTS.guidanceBase });
	if (ctx.profile.beroepswensen.length === 0) {
		score += POINTS.guidanceNoWish;
		explain?.reasons.push({ code: 'guidance-no-wish', points: POINTS.guidanceNoWish });
	}
	if ('costEuros' in offer && offer.costEuros === 0) {
		score += POINTS.guidanceFree;
		explain?.reasons.push({ code: 'free', points: POINTS.guidanceFree });
	}
	score += travelReason(offer, minutes, POINTS.guidanceCloseBy, explain);
	explain?.reasons.push({ code: 'next-start', points: 0, date });
	return clamp(score);
}

function clamp(score: number): number {
	return Math.max(0, Math.min(100, Math.round(score)));
}

/** The sort key of one offer (its score, plus HAS_MATCH for a vacature with a matching skill), or null when it must be left out. */
function assess(offer: Offer, ctx: Context, explain: Explain | null): number | null {
	const minutes = usableFor(offer, ctx);
	if (minutes === OUT_OF_REACH) return null;
	lastMinutes = minutes ?? (offer.modality === 'online' ? 0 : 999);
	const date = lastDate!;
	if (offer.kind === 'vacature') return assessFit(offer, minutes, ctx, explain);
	if (isTraining(offer)) return assessProgress(offer, minutes, date, ctx, explain);
	return assessGuidance(offer, minutes, date, ctx, explain);
}

function wishGapSkills(profile: MatchProfile, claims: ReadonlyMap<string, MatchSkillClaim>, options: MatchOptions): Map<string, number> {
	const gap = new Map<string, number>();
	if (!options.occupationSkillIds) return gap;
	for (const occupationId of profile.beroepswensen) {
		(options.occupationSkillIds(occupationId) ?? []).forEach((skillId, i) => {
			// The first five are the core skills a vacature asks for: they count double.
			// Missing, or below working level (2): still something to learn for the wish.
			if ((claims.get(skillId)?.level ?? 0) < 2) gap.set(skillId, Math.max(gap.get(skillId) ?? 0, i < 5 ? CORE_WEIGHT : 1));
		});
	}
	return gap;
}

/** Vacatures within reach where the person has at least half of the required skills but not all. */
function nearJobs(offers: readonly Offer[], ctx: Context): NearJob[] {
	const jobs: NearJob[] = [];
	const seen = new Set<string>();
	const have = ctx.profile.educationLevel;
	for (const offer of offers) {
		if (offer.kind !== 'vacature' || offer.requiredSkills.length === 0) continue;
		if (have !== null && educationRank(offer.educationLevel) - educationRank(have) > 1) continue;
		let matched = 0;
		for (const r of offer.requiredSkills) {
			const claim = ctx.claims.get(r.skillId);
			if (claim && claim.level >= r.minLevel) matched++;
		}
		if (matched === offer.requiredSkills.length || matched < POINTS.nearJobShare * offer.requiredSkills.length) continue;
		if (usableFor(offer, ctx) === OUT_OF_REACH) continue;
		const missing = offer.requiredSkills.filter((r) => (ctx.claims.get(r.skillId)?.level ?? 0) < r.minLevel).map((r) => ({ skillId: r.skillId, level: r.minLevel }));
		const key = missing.map((m) => `${m.skillId}:${m.level}`).join(',');
		if (seen.has(key)) continue;
		seen.add(key);
		jobs.push({ vacatureId: offer.id, occupationIds: offer.targetOccupationIds, missing });
	}
	return jobs;
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
	// Closing training must itself be within the person's reach, hours and still start; filters do not
	// apply, because someone looking at vacatures still wants to see the course that gets them there.
	const usable = (training: TrainingOffer) => usableFor(training, ctx) !== OUT_OF_REACH;
	return {
		offer,
		family: FAMILY_OF_KIND[offer.kind],
		score,
		reasons: explain.reasons,
		matchedSkills: explain.matched,
		missingSkills: explain.missing,
		closingOffers: closingOffers(explain.missing, index, usable, offer.id),
		fundingHint: fundingHint(offer, ctx.profile, ctx, options)
	};
}

/** Skill claims, driving licences and languages, one claim per skill: the one that counts most wins. */
export function profileClaims(profile: MatchProfile): Map<string, MatchSkillClaim> {
	const claims = new Map<string, MatchSkillClaim>();
	const licenceClaims = (profile.drivingLicences ?? []).flatMap((licence) =>
		(LICENCE_SKILLS[licence] ?? []).map((skillId): MatchSkillClaim => ({ skillId, level: LICENCE_LEVEL, source: 'certificaat' }))
	);
	const languageClaims = (profile.languages ?? []).flatMap(({ language, level }) => {
		const skillLevel = CEFR_SKILL_LEVEL[level];
		if (skillLevel === undefined) return [];
		return (LANGUAGE_SKILLS[languageKey(language)] ?? []).map(
			({ skillId, writing }): MatchSkillClaim => ({
				skillId,
				level: writing && level === 'moedertaal' ? MOTHER_TONGUE_WRITING_LEVEL : skillLevel,
				source: 'zelf'
			})
		);
	});
	for (const claim of [...profile.skillClaims, ...licenceClaims, ...languageClaims]) {
		const known = claims.get(claim.skillId);
		if (!known || claim.level * SOURCE_WEIGHT[claim.source] > known.level * SOURCE_WEIGHT[known.source]) claims.set(claim.skillId, claim);
	}
	return claims;
}

const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { dutch: 'nederlands', english: 'engels', german: 'duits', deutsch: 'duits' };
function languageKey(language: string): string {
	const key = language.trim().toLowerCase();
	return LANGUAGE_ALIASES[key] ?? key;
}

/** Same title from the same provider (the same course in two places): one card, the nearest and best. */
function dedupeKey(offer: Offer): string {
	return `${offer.kind}|${offer.providerId}|${offer.title}`;
}

/**
 * Ranks the catalogue for one resident, on the device and offline. Pure: same input, same output.
 * Each kind is scored for what it is (see weights.ts: fit, progress, guidance); scores compare within
 * a family, so show families in separate lists. A first pass only scores; the full explanation is
 * built for the results that are returned. Ties: nearer first, then offer id. The same offer in two
 * places appears once.
 */
export function matchOffers(profile: MatchProfile, offers: readonly Offer[], options: MatchOptions = {}): MatchResult[] {
	const index = catalogueIndex(offers);
	const { ctx, ranked } = rankOffers(profile, offers, options);
	const limit = options.limit ?? DEFAULT_LIMIT;
	const results: MatchResult[] = [];
	for (let i = 0; i < ranked.length && results.length < limit; i++) results.push(explainResult(ranked[i]!.offer, ranked[i]!.score, ctx, index, options));
	return results;
}

/**
 * The first pass of `matchOffers` alone: every offer that would be listed, in the same order and with the
 * same score, without explanations. For followed searches, which only ask what passes, over the whole catalogue.
 */
export function scoreOffers(profile: MatchProfile, offers: readonly Offer[], options: MatchOptions = {}): { offer: Offer; score: number }[] {
	return rankOffers(profile, offers, options).ranked;
}

function rankOffers(profile: MatchProfile, offers: readonly Offer[], options: MatchOptions): { ctx: Context; ranked: { offer: Offer; score: number }[] } {
	const claims = profileClaims(profile);
	const outlook = options.outlook ?? NEUTRAL;
	const occupationSector = options.occupationSector ?? (() => undefined);
	const wishGap = wishGapSkills(profile, claims, options);
	let wishGapTotal = 0;
	for (const w of wishGap.values()) wishGapTotal += w;
	const ownOccupations = new Set(profile.experienceOccupationIds ?? []);
	const ownSectors = new Set<string>();
	for (const id of [...ownOccupations, ...profile.beroepswensen]) {
		const sector = occupationSector(id);
		if (sector !== undefined) ownSectors.add(sector);
	}
	const ctx: Context = {
		profile,
		claims,
		wishGap,
		wishGapTotal,
		nearJobs: [],
		nearBySkill: new Map(),
		nearCovered: [],
		ownOccupations,
		ownSectors,
		occupationSector,
		outlook,
		today: options.today
	};
	const near = nearJobs(offers, ctx);
	const nearBySkill = new Map<string, { job: number; level: number }[]>();
	near.forEach((job, i) => {
		for (const m of job.missing) nearBySkill.set(m.skillId, [...(nearBySkill.get(m.skillId) ?? []), { job: i, level: m.level }]);
	});
	ctx.nearJobs = near;
	ctx.nearBySkill = nearBySkill;
	ctx.nearCovered = new Array<number>(near.length).fill(0);
	const filters = options.filters;

	const keyed: { offer: Offer; key: number; minutes: number }[] = [];
	for (const offer of offers) {
		if (filters && !passesFilters(offer, filters, outlook)) continue;
		const key = assess(offer, ctx, null);
		if (key !== null) keyed.push({ offer, key, minutes: lastMinutes });
	}
	keyed.sort((a, b) => b.key - a.key || a.minutes - b.minutes || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));

	const ranked: { offer: Offer; score: number }[] = [];
	const seen = new Set<string>();
	for (const { offer, key } of keyed) {
		const dedupe = dedupeKey(offer);
		if (seen.has(dedupe)) continue;
		seen.add(dedupe);
		ranked.push({ offer, score: key >= HAS_MATCH ? key - HAS_MATCH : key });
	}
	return { ctx, ranked };
}

export interface VacatureFit {
	/** 0-100, as the resident's own list scores this vacature. */
	score: number;
	reasons: MatchReason[];
	matchedSkills: MatchedSkill[];
	missingSkills: MissingSkill[];
}

/**
 * One vacature for one person, scored and explained by the same rules as `matchOffers` (share of the
 * demanded skills, licences, education, wish, outlook): the employer's side of the match ("who fits").
 * Reach is not judged: an anonymous card has a region, not a place. With `explain: false` only the score.
 */
export function vacatureFit(profile: MatchProfile, offer: Extract<Offer, { kind: 'vacature' }>, options: Pick<MatchOptions, 'outlook'> & { explain?: boolean } = {}): VacatureFit {
	const ctx: Context = {
		profile,
		claims: profileClaims(profile),
		wishGap: new Map(),
		wishGapTotal: 0,
		nearJobs: [],
		nearBySkill: new Map(),
		nearCovered: [],
		ownOccupations: new Set(),
		ownSectors: new Set(),
		occupationSector: () => undefined,
		outlook: options.outlook ?? NEUTRAL,
		today: undefined
	};
	const explain: Explain | null = options.explain === false ? null : { reasons: [], matched: [], missing: [] };
	const key = assessFit(offer, null, ctx, explain);
	return { score: key >= HAS_MATCH ? key - HAS_MATCH : key, reasons: explain?.reasons ?? [], matchedSkills: explain?.matched ?? [], missingSkills: explain?.missing ?? [] };
}
