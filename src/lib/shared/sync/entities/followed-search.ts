import { z } from 'zod';
import { MODALITIES } from '$lib/shared/matching/catalogue-schema';
import { defineEntity } from '$lib/shared/sync/entity';

/** The aanbod lists a search can follow, as on /mijn/aanbod (one list per kind of offer). */
export const FOLLOW_LISTS = ['vacatures', 'opleidingen', 'leerwerk', 'begeleiding'] as const;
export type FollowList = (typeof FOLLOW_LISTS)[number];
/** The minimum fit a resident can choose; 0 is "everything the list shows". */
export const MIN_FITS = [0, 40, 60, 80] as const;
/** A catalogue of 5 000 offers: no list can hold more ids than that. */
const MAX_OFFER_IDS = 5_000;

const offerIds = z.array(z.string().min(1).max(80)).max(MAX_OFFER_IDS).default([]);

export const followedSearchFilters = z.object({
	modality: z.enum(MODALITIES).nullable().default(null),
	maxCostEuros: z.number().int().min(0).max(1_000_000).nullable().default(null),
	kansberoepOnly: z.boolean().default(false),
	/** From "Wat past bij mij?": only offers that lead to this occupation. */
	occupationId: z.string().max(80).nullable().default(null)
});
export type FollowedSearchFilters = z.output<typeof followedSearchFilters>;

export const followedSearchFields = z.object({
	name: z.string().trim().min(1, { error: 'volgen_error_name' }).max(80, { error: 'volgen_error_too_long' }),
	list: z.enum(FOLLOW_LISTS),
	filters: followedSearchFilters.default({ modality: null, maxCostEuros: null, kansberoepOnly: false, occupationId: null }),
	/** Only offers that score at least this much on the list's own scale (0-100). */
	minFit: z.number().int().min(0).max(100).default(0),
	/** The offers that passed when the device last looked: anything passing later and not in here is new. */
	seenOfferIds: offerIds,
	/** New offers that passed since the resident last marked them seen. */
	newOfferIds: offerIds,
	/** When the device last found a new offer (ISO 8601); the weekly mail tells about searches found new since the last one. */
	collectedAt: z.iso.datetime({ offset: true }).nullable().default(null)
});
export type FollowedSearchValues = z.output<typeof followedSearchFields>;

/**
 * A search the resident follows from the aanbod list. The match runs on the device, where the paspoort is:
 * the device writes which offers are new, the server only counts that something is (weekly mail).
 */
export const followedSearchEntity = defineEntity({
	name: 'followedSearch',
	fields: followedSearchFields,
	writable: { inwoner: Object.keys(followedSearchFields.shape) as (keyof FollowedSearchValues)[] },
	create: ['inwoner'],
	delete: ['inwoner']
});
