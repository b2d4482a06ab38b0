import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

/**
 * Points behind the score, in one place so the explanation shown to residents and the code that
 * ranks can never disagree. A validated or certified skill counts fully; a self-declared one counts
 * for less because nobody checked it.
 */
export const SOURCE_WEIGHT: Readonly<Record<SkillSource, number>> = {
	zelf: 0.6,
	bewijs: 0.8,
	gevalideerd: 1,
	certificaat: 1
};

export const POINTS = {
	/** Share of the required skills the person has, weighted by source. */
	skills: 50,
	/** Given when an offer asks nothing up front, so open training is not buried. */
	noEntryRequirements: 25,
	/** A level below the required one still counts for this part of the skill's weight. */
	partialLevelFactor: 0.5,
	beroepswens: 25,
	teachesWishSkillEach: 5,
	teachesWishSkillMax: 15,
	kansberoep: 10,
	krimp: -10,
	educationBelowRequired: -20,
	levelAboveReach: -10,
	hoursExceed: -15,
	closeBy: 5,
	closeByMinutes: 20
} as const;

/**
 * The taxonomy's skills a driving licence proves, at `LICENCE_LEVEL` with the weight of a certificate:
 * a resident who ticked licence B is not told "Auto rijden (rijbewijs B)" is missing. C and CE need B first.
 */
export const LICENCE_SKILLS: Readonly<Record<string, readonly string[]>> = {
	B: ['rijbewijs-b'],
	BE: ['rijbewijs-b'],
	C: ['rijbewijs-b', 'rijbewijs-ce'],
	CE: ['rijbewijs-b', 'rijbewijs-ce'],
	D: ['rijbewijs-b']
};
export const LICENCE_LEVEL = 3;
