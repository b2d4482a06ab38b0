import { z } from 'zod';
import { EDUCATION_LEVELS } from '$lib/shared/sync/entities/paspoort';
import { OFFER_KINDS, sourceRefSchema } from '$lib/shared/matching/catalogue-schema';
import type { FundingRuleSet } from './types';

/**
 * Validation for funding rules as the beheerder edits them. The refinements carry the rule of
 * docs/product.md §6.2: no value without saying what it is, and a "bevestigd" value only with its source.
 */
const isoDate = z.iso.date({ error: 'funding_error_date' });

export const configurableValueSchema = z
	.object({
		value: z.number().min(0).nullable(),
		configurable: z.literal(true),
		status: z.enum(['bevestigd', 'voorbeeld', 'onbekend']),
		note: z.string().trim().min(1, { error: 'funding_error_note_required' }).max(600),
		source: sourceRefSchema.nullable()
	})
	.superRefine((v, ctx) => {
		if ((v.status === 'onbekend') !== (v.value === null)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'funding_error_value_status' });
		if (v.status === 'bevestigd' && v.source === null) ctx.addIssue({ code: 'custom', path: ['source'], message: 'funding_error_source_required' });
	});

const ruleBase = {
	id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/),
	name: z.string().trim().min(1).max(160),
	nameEn: z.string().trim().min(1).max(160),
	sources: z.array(sourceRefSchema).min(1, { error: 'funding_error_source_required' }),
	checkedAt: isoDate,
	appliesTo: z.array(z.enum(OFFER_KINDS)).min(1),
	maxAmountEuros: configurableValueSchema
};

export const fundingRuleSchema = z.discriminatedUnion('kind', [
	z.object({
		...ruleBase,
		kind: z.literal('tfvv'),
		eligibleEducationLevels: z.array(z.enum(EDUCATION_LEVELS)).min(1),
		regionGemeenteIds: z.array(z.string().min(1)).min(1),
		coFinancingShare: configurableValueSchema.refine((v) => v.value === null || v.value <= 1, { message: 'funding_error_share', path: ['value'] }),
		processSteps: z.array(z.string().min(1)).min(1)
	}),
	z.object({ ...ruleBase, kind: z.literal('werkgever') }),
	z.object({ ...ruleBase, kind: z.literal('slim'), availableFrom: isoDate, availableUntil: isoDate }),
	z.object({ ...ruleBase, kind: z.literal('eigen-budget') }),
	z.object({ ...ruleBase, kind: z.literal('levenlanglerenkrediet') }),
	z.object({ ...ruleBase, kind: z.literal('stap'), lastApplicationDate: isoDate })
]);

export const fundingRuleSetSchema = z
	.object({
		version: z.string().regex(/^\d{4}-\d+$/),
		validFrom: isoDate,
		validUntil: isoDate.nullable(),
		changeNote: z.string().trim().min(1).max(600),
		rules: z.array(fundingRuleSchema).min(1)
	})
	.superRefine((set, ctx) => {
		if (set.validUntil !== null && set.validUntil < set.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'funding_error_period' });
		const ids = set.rules.map((r) => r.id);
		if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['rules'], message: 'funding_error_duplicate' });
	}) satisfies z.ZodType<FundingRuleSet>; // the schema and the hand-written types must describe the same data
