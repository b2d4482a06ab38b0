import { z } from 'zod';
import { MODALITIES } from '$lib/shared/matching/catalogue-schema';
import { defineEntity } from '$lib/shared/sync/entity';

/** The aanbod lists a search can follow, as on /mijn/aanbod (one list per kind of offer). */
export const FOLLOW_LISTS = ['vacatures', 'opleidingen', 'leerwerk', 'begeleiding'] as const;
export type FollowList = (typeof FOLLOW_LISTS)[number];
/** The minimum fit a resident can choose; 0 is "everything the list shows". */
export const MIN_FITS = [0, 40, 60, 80] as const;
/**
 * The most new offers a search keeps (a sync patch holds at most 100 values in a list); past that the newest
 * are kept. Which offers were already there stays on the device (see client/volgen.svelte.ts): a catalogue
 * of thousands of ids is not worth sending to the server.
 */
export const MAX_NEW_OFFERS = 100;

export const followedSearchFields = z.object({
	name: z.string().trim().min(1, { error: 'volgen_error_name' }).max(80, { error: 'volgen_error_too_long' }),
	list: z.enum(FOLLOW_LISTS),
	/** The filters of the aanbod list, as they were when the search was followed. */
	modality: z.enum(MODALITIES).nullable().default(null),
	maxCostEuros: z.number().int().min(0).max(1_000_000).nullable().default(null),
	kansberoepOnly: z.boolean().default(false),
	/** From "Wat past bij mij?": only offers that lead to this occupation. */
	occupationId: z.string().max(80).nullable().default(null),
	/** Only offers that score at least this much on the list's own scale (0-100). */
	minFit: z.number().int().min(0).max(100).default(0),
	/** New offers that passed since the resident last marked them seen. */
	newOfferIds: z.array(z.string().min(1).max(80)).max(MAX_NEW_OFFERS).default([]),
	/** When a device last found a new offer (ISO 8601); the weekly bericht is about searches with news since the last one. */
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
