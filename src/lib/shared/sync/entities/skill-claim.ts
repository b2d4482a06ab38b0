import { z } from 'zod';
import { defineEntity } from '$lib/shared/sync/entity';
import { taxonomyId } from './paspoort';

export const SKILL_SOURCES = ['zelf', 'bewijs', 'gevalideerd', 'certificaat'] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

export const skillClaimFields = z.object({
	skillId: taxonomyId,
	level: z.number().int().min(1).max(4),
	source: z.enum(SKILL_SOURCES).default('zelf'),
	lastUsedYear: z.number().int().min(1950).max(2100).nullable().default(null)
});

export type SkillClaimValues = z.output<typeof skillClaimFields>;

/**
 * A resident claims a skill; only an adviser can mark it 'gevalideerd', because validation means
 * someone other than the resident checked it. The adviser may adjust level and source, nothing else.
 * The server itself (`systeem`) writes the source when someone outside the app confirmed the skill
 * through a single-use link the resident had sent them.
 */
export const skillClaimEntity = defineEntity({
	name: 'skillClaim',
	fields: skillClaimFields,
	writable: {
		inwoner: ['skillId', 'level', 'source', 'lastUsedYear'],
		adviseur: ['level', 'source'],
		systeem: ['source']
	},
	create: ['inwoner'],
	delete: ['inwoner'],
	refuseValues: (role, values) => (role !== 'adviseur' && role !== 'systeem' && values.source === 'gevalideerd' ? ['source'] : [])
});
