import { z } from 'zod';
import { EDUCATION_LEVELS } from '$lib/shared/sync/entities/paspoort';

/**
 * The catalogue as the beheerder edits it and the device replicates it. One schema serves the
 * catalogue editor (field errors), the sync boundary and the demo data's integrity test.
 */

export const OFFER_KINDS = ['opleiding', 'cursus', 'vacature', 'leerwerktraject', 'loopbaangesprek', 'workshop'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Kinds that teach something and can therefore close a skill gap or be funded. */
export const TRAINING_KINDS: readonly OfferKind[] = ['opleiding', 'cursus', 'leerwerktraject'];

export const MODALITIES = ['klassikaal', 'online', 'hybride', 'werkplek'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Levels an offer is pitched at; the same scale as the paspoort's education levels. */
export const OFFER_LEVELS = ['mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo', 'wo'] as const;
export type OfferLevel = (typeof OFFER_LEVELS)[number];

export const PROVIDER_KINDS = ['mbo', 'hbo', 'wo', 'particulier', 'werkgever', 'loopbaan'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, { error: 'catalogue_error_id' });
const text = (max: number) => z.string().trim().min(1, { error: 'catalogue_error_required' }).max(max, { error: 'catalogue_error_too_long' });
const isoDate = z.iso.date({ error: 'catalogue_error_date' });
const skillLevel = z.number().int().min(1).max(4);
/** Addresses a resident can open: only http(s), so a `javascript:` or `data:` link can never reach a page. */
const webAddress = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'catalogue_error_url' });
const euros = z.number().int({ error: 'catalogue_error_euros' }).min(0).max(100_000);

export const sourceRefSchema = z.object({
	title: text(300),
	/** A public address, or null when the source is a document known only by its title and year. */
	url: webAddress.nullable(),
	reference: z.string().max(300).nullable()
});
export type SourceRef = z.output<typeof sourceRefSchema>;

export const providerSchema = z.object({
	id,
	name: text(160),
	kind: z.enum(PROVIDER_KINDS),
	gemeenteId: id,
	website: webAddress.nullable(),
	description: text(600),
	demo: z.boolean()
});
export type Provider = z.output<typeof providerSchema>;

export const requiredSkillSchema = z.object({ skillId: id, minLevel: skillLevel });
export type RequiredSkill = z.output<typeof requiredSkillSchema>;

/** Skills an employer would like but does not demand ("nice"): shown and counted, never held against anyone. */
const niceSkills = z.array(requiredSkillSchema).max(30).optional();

const offerBase = {
	id,
	title: text(160),
	providerId: id,
	gemeenteId: id,
	modality: z.enum(MODALITIES),
	description: text(1000),
	/** Occupations the offer leads to: the link to beroepswensen and the Kansberoepenlijst. */
	targetOccupationIds: z.array(id).max(10),
	/** Entry requirements for training, the job's demands for a vacature. */
	requiredSkills: z.array(requiredSkillSchema).max(30),
	/** True when the provider documented a labour-market perspective without a kansberoep (TFvV art. 4). */
	labourMarketPerspective: z.boolean(),
	demo: z.boolean()
};

/** What training offers share: they teach skills up to a level and start on fixed dates. */
const trainingFields = {
	skillsTaught: z.array(id).min(1).max(30),
	/** The level a participant reaches in every taught skill when finishing (1-4). */
	taughtLevel: skillLevel,
	durationWeeks: z.number().int().min(1).max(260),
	hoursPerWeek: z.number().int().min(1).max(40),
	costEuros: euros,
	startDates: z.array(isoDate).min(1).max(12)
};

const opleidingSchema = z.object({
	...offerBase,
	kind: z.literal('opleiding'),
	level: z.enum(OFFER_LEVELS),
	...trainingFields
});

const cursusSchema = z.object({
	...offerBase,
	kind: z.literal('cursus'),
	level: z.enum(OFFER_LEVELS).nullable(),
	certificate: text(160),
	...trainingFields
});

const leerwerktrajectSchema = z.object({
	...offerBase,
	kind: z.literal('leerwerktraject'),
	level: z.enum(OFFER_LEVELS),
	/** The school that awards the diploma; providerId is the employer offering the BBL place. */
	schoolProviderId: id,
	niceSkills,
	...trainingFields
});

const vacatureSchema = z.object({
	...offerBase,
	kind: z.literal('vacature'),
	niceSkills,
	educationLevel: z.enum(EDUCATION_LEVELS),
	hoursPerWeekMin: z.number().int().min(1).max(40),
	hoursPerWeekMax: z.number().int().min(1).max(40),
	closesAt: isoDate
});

const guidanceFields = {
	durationWeeks: z.number().int().min(1).max(26),
	hoursPerWeek: z.number().int().min(1).max(40),
	costEuros: euros,
	startDates: z.array(isoDate).min(1).max(12)
};

const loopbaangesprekSchema = z.object({ ...offerBase, kind: z.literal('loopbaangesprek'), ...guidanceFields });
const workshopSchema = z.object({ ...offerBase, kind: z.literal('workshop'), ...guidanceFields });

export const offerSchema = z
	.discriminatedUnion('kind', [
		opleidingSchema,
		cursusSchema,
		leerwerktrajectSchema,
		vacatureSchema,
		loopbaangesprekSchema,
		workshopSchema
	])
	.superRefine((offer, ctx) => {
		if (offer.kind === 'vacature' && offer.hoursPerWeekMin > offer.hoursPerWeekMax) {
			ctx.addIssue({ code: 'custom', path: ['hoursPerWeekMax'], message: 'catalogue_error_hours_range' });
		}
		const seen = new Set<string>();
		offer.requiredSkills.forEach((r, i) => {
			if (seen.has(r.skillId)) ctx.addIssue({ code: 'custom', path: ['requiredSkills', i, 'skillId'], message: 'catalogue_error_duplicate' });
			seen.add(r.skillId);
		});
	});
export type Offer = z.output<typeof offerSchema>;
export type TrainingOffer = Extract<Offer, { kind: 'opleiding' | 'cursus' | 'leerwerktraject' }>;

export function isTraining(offer: Offer): offer is TrainingOffer {
	return offer.kind === 'opleiding' || offer.kind === 'cursus' || offer.kind === 'leerwerktraject';
}

export const OUTLOOKS = ['kansberoep', 'krimp'] as const;

export const kansberoepSchema = z.object({
	occupationId: id,
	outlook: z.enum(OUTLOOKS),
	source: sourceRefSchema,
	checkedAt: isoDate,
	/** False while the entry is an example that nobody checked against the official list. */
	verified: z.boolean(),
	demo: z.boolean()
});
export type Kansberoep = z.output<typeof kansberoepSchema>;
export type Outlook = 'kansberoep' | 'neutraal' | 'krimp' | 'onbekend';
