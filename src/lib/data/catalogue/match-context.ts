import type { MatchOptions } from '$lib/shared/matching/types';
import { ruleSetByVersion } from '$lib/shared/funding/options';
import { occupationById } from '$lib/data/taxonomy';
import { CURRENT_FUNDING_RULES_VERSION, FUNDING_RULE_SETS } from '$lib/data/funding';
import { occupationOutlook } from './kansberoepen';

/**
 * What matchOffers needs besides the profile and the offers, wired to the shipped datasets: the
 * Kansberoepenlijst, the taxonomy's occupation skills and the funding rules in force.
 */
export const CATALOGUE_MATCH_CONTEXT = {
	outlook: occupationOutlook,
	occupationSkillIds: (occupationId: string) => occupationById(occupationId)?.skillIds,
	occupationSector: (occupationId: string) => occupationById(occupationId)?.sector,
	fundingRules: ruleSetByVersion(FUNDING_RULE_SETS, CURRENT_FUNDING_RULES_VERSION)
} as const satisfies MatchOptions;
