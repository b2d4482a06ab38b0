import { z } from 'zod';
import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { defineEntity } from '$lib/shared/sync/entity';
import { EDUCATION_LEVELS, idList, wholeNumber } from './paspoort';

export const SITUATIONS = ['werkend', 'werkend-ontslagdreiging', 'werkzoekend', 'student', 'zzp', 'herintreder', 'anders'] as const;
export const AVAILABILITIES = ['direct', 'binnen_3_maanden', 'later', 'onbekend'] as const;
export const DRIVING_LICENCES = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'T'] as const;

const woonplaatsIds = WOONPLAATS_OPTIONS.map((o) => o.id) as [string, ...string[]];

export const profileFields = z.object({
	displayName: z.string().trim().max(100, { error: 'paspoort_error_too_long' }).default(''),
	/** A Twente gemeente id, 'buiten-twente', or empty when not chosen yet. */
	woonplaats: z.union([z.enum(woonplaatsIds), z.literal('')], { error: 'paspoort_error_choice' }).default(''),
	situation: z.enum(SITUATIONS).nullable().default(null),
	about: z.string().max(2000, { error: 'paspoort_error_too_long' }).default(''),
	availability: z.enum(AVAILABILITIES).nullable().default(null),
	educationLevel: z.enum(EDUCATION_LEVELS).nullable().default(null),
	beroepswensen: idList,
	drivingLicences: z.array(z.enum(DRIVING_LICENCES)).max(DRIVING_LICENCES.length).default([]),
	hoursPerWeek: wholeNumber('paspoort_error_hours').min(1, { error: 'paspoort_error_hours' }).max(60, { error: 'paspoort_error_hours' }).nullable().default(null),
	maxTravelMinutes: wholeNumber('paspoort_error_travel').min(0, { error: 'paspoort_error_travel' }).max(240, { error: 'paspoort_error_travel' }).nullable().default(null),
	constraints: z.string().max(1000, { error: 'paspoort_error_too_long' }).default(''),
	/** Contact details only appear on a CV when the resident chooses so. */
	contactEmail: z.union([z.email({ error: 'error_email_invalid' }), z.literal('')]).default(''),
	phone: z
		.string()
		.trim()
		.max(30, { error: 'paspoort_error_phone' })
		.regex(/^[+0-9 ()-]*$/, { error: 'paspoort_error_phone' })
		.default('')
});

export type ProfileValues = z.output<typeof profileFields>;

const PROFILE_FIELDS = Object.keys(profileFields.shape) as (keyof ProfileValues)[];

/** The resident's own description of themselves; an adviser does not edit it (they comment elsewhere). */
export const profileEntity = defineEntity({
	name: 'profile',
	fields: profileFields,
	writable: { inwoner: PROFILE_FIELDS },
	create: ['inwoner'],
	delete: [],
	singleton: true
});
