import { z } from 'zod';
import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { offerSchema, OFFER_LEVELS, type Offer, type OfferLevel } from './matching/catalogue-schema';
import { EDUCATION_LEVELS } from './sync/entities/paspoort';

/**
 * Vacatures and BBL-plaatsen an employer posts for their own organisation. The employer fills in a form
 * (employerOfferSchema); while the offer is open it is published as an ordinary catalogue offer
 * (toCatalogueOffer), so devices match it like any other.
 */

export const EMPLOYER_OFFER_KINDS = ['vacature', 'leerwerktraject'] as const;
export type EmployerOfferKind = (typeof EMPLOYER_OFFER_KINDS)[number];

export const EMPLOYER_OFFER_STATUSES = ['open', 'gepauzeerd', 'gesloten'] as const;
export type EmployerOfferStatus = (typeof EMPLOYER_OFFER_STATUSES)[number];

export const SKILL_IMPORTANCES = ['must', 'nice'] as const;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];

export const MAX_OFFER_SKILLS = 30;
/** An end date at most this many days ahead: a vacature that stays forever is not a vacature. */
export const MAX_OPEN_DAYS = 366;

/** BBL is mbo: the levels a leerwerkplek can have. */
export const BBL_LEVELS: readonly OfferLevel[] = OFFER_LEVELS.filter((l) => l.startsWith('mbo-'));

const GEMEENTE_IDS = new Set<string>(WOONPLAATS_OPTIONS.map((o) => o.id));

/** The skills as the form posts them: `skill-id:must:2` entries separated by commas or new lines. */
export function parseSkillList(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	return value
		.split(/[\n,]+/)
		.map((s) => s.trim())
		.filter(Boolean)
		.map((entry) => {
			const [skillId = '', importance = '', level = ''] = entry.split(':').map((s) => s.trim());
			return { skillId, importance, level };
		});
}

export function formatSkillList(skills: readonly OfferSkill[]): string {
	return skills.map((s) => `${s.skillId}:${s.importance}:${s.level}`).join(',');
}

const offerSkillSchema = z.object({
	skillId: z.string().refine((id) => skillById(id) !== undefined, { error: 'vacatures_error_skill_unknown' }),
	importance: z.enum(SKILL_IMPORTANCES, { error: 'vacatures_error_skill_importance' }),
	level: z.coerce.number({ error: 'vacatures_error_skill_level' }).int({ error: 'vacatures_error_skill_level' }).min(1, { error: 'vacatures_error_skill_level' }).max(4, { error: 'vacatures_error_skill_level' })
});
export type OfferSkill = z.output<typeof offerSkillSchema>;

const text = (max: number) => z.string({ error: 'vacatures_error_required' }).trim().min(1, { error: 'vacatures_error_required' }).max(max, { error: 'vacatures_error_too_long' });
const date = z.iso.date({ error: 'vacatures_error_date' });
/** Only a well-formed date is compared with today; a malformed one already has its own error. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const hours = z.coerce.number({ error: 'vacatures_error_hours' }).int({ error: 'vacatures_error_hours' }).min(1, { error: 'vacatures_error_hours' }).max(40, { error: 'vacatures_error_hours' });
const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

function addDays(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The employer's form; `today` (ISO date) is when it is saved: the end date must still be ahead. */
export function employerOfferSchema(today: string) {
	return z
		.object({
			kind: z.enum(EMPLOYER_OFFER_KINDS, { error: 'vacatures_error_kind' }),
			title: text(160),
			description: text(1000),
			occupationId: z.string({ error: 'vacatures_error_occupation' }).refine((id) => occupationById(id) !== undefined, { error: 'vacatures_error_occupation' }),
			skills: z.preprocess(
				parseSkillList,
				z
					.array(offerSkillSchema, { error: 'vacatures_error_skills_none' })
					.min(1, { error: 'vacatures_error_skills_none', abort: true })
					.max(MAX_OFFER_SKILLS, { error: 'vacatures_error_skills_many' })
					.refine((skills) => new Set(skills.map((s) => s.skillId)).size === skills.length, { error: 'vacatures_error_skill_twice' })
					.refine((skills) => skills.some((s) => s.importance === 'must'), { error: 'vacatures_error_must' })
			),
			level: z.enum(EDUCATION_LEVELS, { error: 'vacatures_error_level' }),
			hoursMin: hours,
			hoursMax: hours,
			gemeenteId: z.string().refine((id) => GEMEENTE_IDS.has(id), { error: 'vacatures_error_gemeente' }),
			startDate: date,
			// Checked here, not with the fields below, so its error shows even when other fields are wrong.
			endDate: date
				.refine((d) => !ISO_DAY.test(d) || d >= today, { error: 'vacatures_error_end_past' })
				.refine((d) => !ISO_DAY.test(d) || d <= addDays(today, MAX_OPEN_DAYS), { error: 'vacatures_error_end_far' }),
			/** Only for a BBL-plaats: the school that gives the diploma, and how long the route takes. */
			schoolProviderId: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, { error: 'vacatures_error_school' }).optional()),
			durationWeeks: z.preprocess(
				emptyToUndefined,
				z.coerce.number({ error: 'vacatures_error_weeks' }).int({ error: 'vacatures_error_weeks' }).min(1, { error: 'vacatures_error_weeks' }).max(260, { error: 'vacatures_error_weeks' }).optional()
			)
		})
		.superRefine((offer, ctx) => {
			if (offer.hoursMin > offer.hoursMax) ctx.addIssue({ code: 'custom', path: ['hoursMax'], message: 'vacatures_error_hours_range' });
			if (offer.kind === 'leerwerktraject') {
				if (!BBL_LEVELS.includes(offer.level as OfferLevel)) ctx.addIssue({ code: 'custom', path: ['level'], message: 'vacatures_error_bbl_level' });
				if (!offer.schoolProviderId) ctx.addIssue({ code: 'custom', path: ['schoolProviderId'], message: 'vacatures_error_school' });
				if (offer.durationWeeks === undefined) ctx.addIssue({ code: 'custom', path: ['durationWeeks'], message: 'vacatures_error_weeks' });
				// A BBL route starts on its date: once that has passed, residents cannot join it any more.
				if (offer.startDate < today) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'vacatures_error_start_past' });
			}
		});
}
export type EmployerOfferInput = z.output<ReturnType<typeof employerOfferSchema>>;

export const offerStatusSchema = z.object({
	id: z.uuid({ error: 'vacatures_error_offer' }),
	status: z.enum(EMPLOYER_OFFER_STATUSES, { error: 'vacatures_error_status' })
});

export const hideOfferSchema = z.object({
	id: z.uuid({ error: 'vacatures_error_offer' }),
	reason: z.string().trim().min(5, { error: 'vacatures_error_reason' }).max(500, { error: 'vacatures_error_reason' })
});

export const unhideOfferSchema = z.object({ id: z.uuid({ error: 'vacatures_error_offer' }) });

/** The statuses an employer can move an offer to from each status; closing is for good. */
export const NEXT_STATUSES: Record<EmployerOfferStatus, readonly EmployerOfferStatus[]> = {
	open: ['gepauzeerd', 'gesloten'],
	gepauzeerd: ['open', 'gesloten'],
	gesloten: []
};

/** The catalogue id of an employer's offer, and of the provider record that stands for the employer. */
export const catalogueOfferId = (offerId: string) => `wg-${offerId}`;
export const employerProviderId = (organisationId: string) => `wg-${organisationId}`;

export interface EmployerOfferState {
	status: EmployerOfferStatus;
	hiddenAt: Date | null;
	endDate: string;
}

/** Whether residents see it: open, not hidden by a beheerder, and not past its end date. */
export function isLive(offer: EmployerOfferState, today: string): boolean {
	return offer.status === 'open' && offer.hiddenAt === null && offer.endDate >= today;
}

/** The BBL school teaches what the occupation needs; the demanded skills are its entry requirements. */
const BBL_TAUGHT_LEVEL = 3;

/** The catalogue offer residents match against: must-skills are the demands, nice-skills ride along. */
export function toCatalogueOffer(input: { id: string; organisationId: string; data: EmployerOfferInput }): Offer {
	const { data } = input;
	const must = data.skills.filter((s) => s.importance === 'must').map((s) => ({ skillId: s.skillId, minLevel: s.level }));
	const nice = data.skills.filter((s) => s.importance === 'nice').map((s) => ({ skillId: s.skillId, minLevel: s.level }));
	const base = {
		id: catalogueOfferId(input.id),
		title: data.title,
		providerId: employerProviderId(input.organisationId),
		gemeenteId: data.gemeenteId,
		modality: 'werkplek' as const,
		description: data.description,
		targetOccupationIds: [data.occupationId],
		requiredSkills: must,
		niceSkills: nice,
		labourMarketPerspective: false,
		demo: false
	};
	if (data.kind === 'vacature') {
		return offerSchema.parse({ ...base, kind: 'vacature', educationLevel: data.level, hoursPerWeekMin: data.hoursMin, hoursPerWeekMax: data.hoursMax, closesAt: data.endDate });
	}
	const occupationSkills = occupationById(data.occupationId)?.skillIds ?? [];
	const taught = (occupationSkills.length > 0 ? occupationSkills : data.skills.map((s) => s.skillId)).slice(0, 30);
	return offerSchema.parse({
		...base,
		kind: 'leerwerktraject',
		level: data.level,
		schoolProviderId: data.schoolProviderId,
		skillsTaught: taught,
		taughtLevel: BBL_TAUGHT_LEVEL,
		durationWeeks: data.durationWeeks,
		hoursPerWeek: data.hoursMax,
		costEuros: 0,
		startDates: [data.startDate]
	});
}

/** The skills to suggest for an occupation: its first five (core) skills as must, the rest as nice. */
export function suggestedSkills(occupationId: string): OfferSkill[] {
	const ids = occupationById(occupationId)?.skillIds ?? [];
	return ids.slice(0, MAX_OFFER_SKILLS).map((skillId, i) => ({ skillId, importance: i < 5 ? 'must' : 'nice', level: 2 }));
}
