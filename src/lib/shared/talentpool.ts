import { z } from 'zod';
import { GEMEENTEN } from '$lib/data/gemeenten';
import { AVAILABILITIES } from './sync/entities/profile';
import { EDUCATION_LEVELS, MAX_BEROEPSWENSEN, taxonomyId } from './sync/entities/paspoort';
import { SKILL_SOURCES } from './sync/entities/skill-claim';

export const TALENT_REGIONS = ['twente', 'buiten-twente'] as const;
export type TalentRegion = (typeof TALENT_REGIONS)[number];

/** A card shows at most this many skills: enough to search on, not a fingerprint of one person. */
export const MAX_CARD_SKILLS = 30;

/**
 * The anonymous talentpool card. `strict` because this is the privacy boundary: only ids from the taxonomy,
 * fixed choices and a month, so nothing the resident typed (name, contact, free text) can pass.
 */
export const talentCardSchema = z.strictObject({
	beroepswensen: z.array(taxonomyId).max(MAX_BEROEPSWENSEN),
	skills: z
		.array(z.strictObject({ skillId: taxonomyId, level: z.number().int().min(1).max(4), source: z.enum(SKILL_SOURCES) }))
		.max(MAX_CARD_SKILLS),
	educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
	region: z.enum(TALENT_REGIONS).nullable(),
	availability: z.enum(AVAILABILITIES).nullable(),
	/** Month of the last update (not the day), so a card is not tied to one moment of activity. */
	updatedMonth: z.string().regex(/^\d{4}-\d{2}$/)
});
export type TalentCard = z.output<typeof talentCardSchema>;

/** What an employer sees in the search list: the card and its own random id. */
export interface TalentCardView extends TalentCard {
	id: string;
}

/** A gemeente is too precise in small villages; the region is enough to judge travel. */
export function regionOf(woonplaats: string): TalentRegion | null {
	if (!woonplaats) return null;
	return GEMEENTEN.some((g) => g.id === woonplaats) ? 'twente' : 'buiten-twente';
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const talentFilterSchema = z.object({
	occupation: optional(taxonomyId),
	skill: optional(taxonomyId),
	region: optional(z.enum(TALENT_REGIONS)),
	/** Minimum education level. */
	level: optional(z.enum(EDUCATION_LEVELS)),
	/** 1-based page of TALENT_PAGE_SIZE cards, newest first. */
	page: optional(z.coerce.number().int().min(1).max(10_000))
});
export type TalentFilter = z.output<typeof talentFilterSchema>;

/** Cards per page of search results. */
export const TALENT_PAGE_SIZE = 20;

/** One page of search results, with the count over every page. */
export interface TalentSearchResult {
	cards: TalentCardView[];
	total: number;
	page: number;
	pages: number;
}

/** The education levels at or above a minimum, in order. */
export function levelsFrom(minimum: (typeof EDUCATION_LEVELS)[number]): (typeof EDUCATION_LEVELS)[number][] {
	return EDUCATION_LEVELS.slice(EDUCATION_LEVELS.indexOf(minimum));
}

/** The filter one card passes: the specification the database search (searchCards) is tested against. */
export function matchesFilter(card: TalentCard, filter: TalentFilter): boolean {
	if (filter.occupation && !card.beroepswensen.includes(filter.occupation)) return false;
	if (filter.skill && !card.skills.some((s) => s.skillId === filter.skill)) return false;
	if (filter.region && card.region !== filter.region) return false;
	if (filter.level) {
		if (!card.educationLevel) return false;
		if (EDUCATION_LEVELS.indexOf(card.educationLevel) < EDUCATION_LEVELS.indexOf(filter.level)) return false;
	}
	return true;
}

export const contactRequestSchema = z.object({
	cardId: z.uuid({ error: 'talentpool_error_card' }),
	message: z.string().trim().min(10, { error: 'talentpool_error_message' }).max(1000, { error: 'talentpool_error_message' })
});
