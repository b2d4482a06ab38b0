import type { EducationLevel } from '$lib/shared/sync/entities/paspoort';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';
import type { FundingRuleSet } from '$lib/shared/funding/types';
import type { Modality, Offer, OfferKind, OfferLevel, TrainingOffer } from './catalogue-schema';
import type { OutlookLookup } from './outlook';
import type { RankFamily } from './weights';

export interface MatchSkillClaim {
	skillId: string;
	level: number;
	source: SkillSource;
}

export interface MatchProfile {
	skillClaims: readonly MatchSkillClaim[];
	beroepswensen: readonly string[];
	/** Driving licences from the profile (B, CE, …): each proves the driving skills it stands for. */
	drivingLicences?: readonly string[];
	/** Languages from the paspoort (CEFR level or 'moedertaal'): each counts as the matching language skill. */
	languages?: readonly { language: string; level: string }[];
	/** Occupations from the person's work experience: their own sector, for training that builds on it. */
	experienceOccupationIds?: readonly string[];
	educationLevel: EducationLevel | null;
	/** Gemeente id, or 'buiten-twente'. */
	woonplaats: string;
	/** Only used for the funding hint: TFvV also accepts people who work in Twente. */
	werkgemeente?: string | null;
	employed?: boolean;
	constraints: {
		maxTravelMinutes?: number;
		/** The most hours a week the person can spend on work or study. */
		hoursPerWeek?: number;
		modalities?: readonly Modality[];
	};
}

export interface OfferFilters {
	kinds?: readonly OfferKind[];
	gemeenteIds?: readonly string[];
	levels?: readonly OfferLevel[];
	modalities?: readonly Modality[];
	maxCostEuros?: number;
	kansberoepOnly?: boolean;
	/** Only offers that lead to one of these occupations ("Wat past bij mij?" links here). */
	occupationIds?: readonly string[];
}

export interface MatchOptions {
	filters?: OfferFilters;
	/** How many results get a full explanation; default 50. */
	limit?: number;
	/** ISO date: training that never starts on or after it, and closed vacatures, are left out. */
	today?: string;
	/** Kansberoep lookup; without one every occupation counts as 'neutraal'. */
	outlook?: OutlookLookup;
	/** The skills of an occupation, to find what training teaches towards a beroepswens. */
	occupationSkillIds?: (occupationId: string) => readonly string[] | undefined;
	/** The sector of an occupation, to recognise training in the person's own field. */
	occupationSector?: (occupationId: string) => string | undefined;
	/** Rules to compute the funding hint with; without them the hint is null. */
	fundingRules?: FundingRuleSet;
}

export type MatchReason =
	| { code: 'beroepswens'; points: number; occupationId: string }
	| { code: 'skills-matched'; points: number; matched: number; required: number }
	| { code: 'skills-confirmed'; points: number; count: number }
	| { code: 'skills-missing'; points: number; count: number }
	| { code: 'no-entry-requirements'; points: number }
	| { code: 'entry-missing'; points: number; count: number }
	| { code: 'licence-missing'; points: number; skillId: string }
	| { code: 'teaches-wish-skills'; points: number; skillIds: readonly string[] }
	| { code: 'closes-near-job'; points: number; vacatureId: string; skillIds: readonly string[] }
	| { code: 'own-sector'; points: number; occupationId: string | null }
	| { code: 'teaches-nothing-new'; points: number }
	| { code: 'kansberoep'; points: number; occupationId: string }
	| { code: 'krimp'; points: number; occupationId: string }
	| { code: 'education-one-below'; points: number; required: EducationLevel; have: EducationLevel }
	| { code: 'education-below-required'; points: number; required: EducationLevel; have: EducationLevel }
	| { code: 'level-fits'; points: number; level: OfferLevel | null }
	| { code: 'level-above-reach'; points: number; level: OfferLevel }
	| { code: 'free'; points: number }
	| { code: 'guidance-base'; points: number }
	| { code: 'guidance-no-wish'; points: number }
	| { code: 'close-by'; points: number; minutes: number }
	| { code: 'travel'; points: number; minutes: number }
	| { code: 'travel-unknown'; points: number }
	| { code: 'online'; points: number }
	| { code: 'next-start'; points: number; date: string };

export type MatchReasonCode = MatchReason['code'];

export interface MatchedSkill {
	skillId: string;
	level: number;
	requiredLevel: number;
	source: SkillSource;
}

export interface MissingSkill {
	skillId: string;
	requiredLevel: number;
	/** The level the person has now, or null when they do not have the skill at all. */
	haveLevel: number | null;
}

export interface FundingHint {
	eligibleRuleIds: string[];
	tfvvEligible: boolean;
}

export interface MatchResult {
	offer: Offer;
	/** How the offer was ranked: scores compare only within one family. */
	family: RankFamily;
	/** 0-100, the sum of the reasons' points (never below 0 or above 100). */
	score: number;
	reasons: MatchReason[];
	matchedSkills: MatchedSkill[];
	missingSkills: MissingSkill[];
	closingOffers: TrainingOffer[];
	fundingHint: FundingHint | null;
}
