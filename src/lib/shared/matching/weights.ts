import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';
import type { OfferKind } from './catalogue-schema';

/**
 * Points behind the scores, in one place so the explanation shown to residents and the code that
 * ranks can never disagree. A validated or certified skill counts fully; a self-declared skill is
 * still a skill and counts almost fully, because nobody checked it yet.
 */
export const SOURCE_WEIGHT: Readonly<Record<SkillSource, number>> = {
	zelf: 0.85,
	bewijs: 0.95,
	gevalideerd: 1,
	certificaat: 1
};

/**
 * Each kind is ranked for what it is, on its own 0-100 scale (decisions.md, "Matching per kind"):
 * - `fit` (vacatures): how well the person fits the job now;
 * - `progress` (opleidingen, cursussen, leerwerktrajecten): how far the offer brings the person;
 * - `guidance` (loopbaangesprekken, workshops): help with choosing, for everyone.
 */
export type RankFamily = 'fit' | 'progress' | 'guidance';

export const FAMILY_OF_KIND: Readonly<Record<OfferKind, RankFamily>> = {
	vacature: 'fit',
	opleiding: 'progress',
	cursus: 'progress',
	leerwerktraject: 'progress',
	loopbaangesprek: 'guidance',
	workshop: 'guidance'
};

export const POINTS = {
	// --- vacatures (fit) ---
	/** Share of the required skills the person has at the required level, weighted by source. */
	skills: 75,
	/** A skill below the required level still counts for this part of its weight. */
	partialLevelFactor: 0.5,
	beroepswens: 15,
	kansberoep: 5,
	krimp: -5,
	closeBy: 5,
	closeByMinutes: 20,
	/** One education level short: a small penalty, employers often accept experience instead. */
	educationOneBelow: -5,
	/** Two or more levels short. */
	educationBelowRequired: -20,
	/** The job needs a driving licence the person does not have. */
	licenceMissing: -10,

	// --- opleidingen, cursussen, leerwerktrajecten (progress) ---
	/** Leads to an occupation the person wants. */
	trainingWish: 35,
	/** Teaches the skills still missing for the beroepswens (share, core skills count double). */
	teachesWishSkills: 20,
	/** Closes (part of) the gap to a vacature the person nearly fits. */
	closesNearJob: 25,
	/** A vacature counts as "nearly fits" from this share of its required skills. */
	nearJobShare: 0.5,
	/** Up to this many weeks an offer is a short route: it may close a near job's gap for any occupation. */
	shortRouteWeeks: 12,
	/** Builds on the person's own sector, work experience or skills. */
	ownSector: 10,
	/** Level fits the person's education (same or one up). */
	levelFits: 5,
	levelAboveReach: -10,
	/** Entry requirements the person does not meet yet. */
	entryMissing: -10,
	/** Free to the participant, or towards a kansberoep (fundable through TFvV). */
	funding: 5,

	// --- loopbaangesprekken, workshops (guidance) ---
	guidanceBase: 50,
	/** Someone without a beroepswens gets most out of a conversation about choosing. */
	guidanceNoWish: 30,
	guidanceFree: 10,
	guidanceCloseBy: 10
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
/** Required skills that stand for a driving licence: missing one is a hard requirement. */
export const LICENCE_SKILL_IDS: ReadonlySet<string> = new Set(['rijbewijs-b', 'rijbewijs-ce']);

/**
 * Languages from the paspoort count as the matching language skills, self-declared. CEFR to the
 * skill scale 1-4: A1-A2 basic (1), B1 (2), B2 (3), C1, C2 and moedertaal (4). Writing at
 * moedertaal level is not assumed beyond 3: speaking a language at home says little about spelling.
 */
export const LANGUAGE_SKILLS: Readonly<Record<string, readonly { skillId: string; writing: boolean }[]>> = {
	nederlands: [
		{ skillId: 'nederlands-spreken', writing: false },
		{ skillId: 'nederlands-schrijven', writing: true }
	],
	engels: [{ skillId: 'engels', writing: false }],
	duits: [{ skillId: 'duits', writing: false }]
};
export const CEFR_SKILL_LEVEL: Readonly<Record<string, number>> = { A1: 1, A2: 1, B1: 2, B2: 3, C1: 4, C2: 4, moedertaal: 4 };
export const MOTHER_TONGUE_WRITING_LEVEL = 3;
