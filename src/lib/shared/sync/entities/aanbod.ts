import { z } from 'zod';
import { defineEntity } from '$lib/shared/sync/entity';

const isoDate = z.iso.date({ error: 'plan_error_date' }).nullable().default(null);

export const PLAN_ITEM_KINDS = ['doel', 'actie'] as const;
export const PLAN_STATUSES = ['open', 'bezig', 'klaar'] as const;
/** Where an item came from; 'apk' items are added by the Loopbaan-APK results, 'gesprek' by an adviser. */
export const PLAN_ORIGINS = ['apk', 'matching', 'gesprek', 'zelf'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanOrigin = (typeof PLAN_ORIGINS)[number];

export const planItemFields = z.object({
	kind: z.enum(PLAN_ITEM_KINDS).default('actie'),
	title: z.string().trim().min(1, { error: 'plan_error_title' }).max(160, { error: 'plan_error_too_long' }),
	description: z.string().trim().max(2000, { error: 'plan_error_too_long' }).default(''),
	status: z.enum(PLAN_STATUSES).default('open'),
	dueDate: isoDate,
	completedOn: isoDate,
	origin: z.enum(PLAN_ORIGINS).default('zelf'),
	/** The catalogue offer this item is about, when it came from matching or a voucher. */
	offerId: z.string().max(80).nullable().default(null)
});
export type PlanItemValues = z.output<typeof planItemFields>;

const PLAN_FIELDS = Object.keys(planItemFields.shape) as (keyof PlanItemValues)[];

/**
 * Goals and actions of the ontwikkelplan. An adviser may add and update items during a gesprek
 * (through writeEntities); only the resident removes them, because it is their plan.
 */
export const planItemEntity = defineEntity({
	name: 'planItem',
	fields: planItemFields,
	writable: { inwoner: PLAN_FIELDS, adviseur: PLAN_FIELDS },
	create: ['inwoner', 'adviseur'],
	delete: ['inwoner']
});

export const voucherDraftFields = z.object({
	offerId: z.string().min(1).max(80),
	motivation: z.string().trim().max(2000, { error: 'voucher_error_too_long' }).default(''),
	/** Gemeente of the employer: TFvV also accepts people who work in Twente. */
	werkgemeente: z.string().max(80).nullable().default(null),
	employed: z.boolean().default(false),
	/** Who pays the co-financing share, in the resident's words. */
	coFinancing: z.string().trim().max(500, { error: 'voucher_error_too_long' }).default(''),
	/** ISO timestamp set on the device once the server accepted the application. */
	submittedAt: z.string().max(40).nullable().default(null)
});
export type VoucherDraftValues = z.output<typeof voucherDraftFields>;

/** The resident's aanvraag while it is written, offline too; submitting copies it to the server's voucher_application. */
export const voucherDraftEntity = defineEntity({
	name: 'voucherDraft',
	fields: voucherDraftFields,
	writable: { inwoner: Object.keys(voucherDraftFields.shape) as (keyof VoucherDraftValues)[] },
	create: ['inwoner'],
	delete: ['inwoner']
});
