import { z } from 'zod';
import { defineEntity } from '../entity';

export const SITUATIONS = ['werkend', 'werkzoekend', 'uitkering', 'studerend', 'anders'] as const;
export const AVAILABILITIES = ['direct', 'binnen_3_maanden', 'later', 'onbekend'] as const;

export const profileFields = z.object({
	displayName: z.string().trim().max(100).default(''),
	woonplaats: z.string().trim().max(100).default(''),
	situation: z.enum(SITUATIONS).nullable().default(null),
	about: z.string().max(2000).default(''),
	availability: z.enum(AVAILABILITIES).nullable().default(null)
});

export type ProfileValues = z.output<typeof profileFields>;

/** The resident's own description of themselves; an adviser does not edit it (they comment elsewhere). */
export const profileEntity = defineEntity({
	name: 'profile',
	fields: profileFields,
	writable: { inwoner: ['displayName', 'woonplaats', 'situation', 'about', 'availability'] },
	create: ['inwoner'],
	delete: [],
	singleton: true
});
