import { z } from 'zod';
import type { EntityValues } from './entity';
import { findEntitySpec } from './entities';

/** A push carries at most this many mutations; the client sends its outbox in batches. */
export const MAX_PUSH_MUTATIONS = 100;
export const PULL_PAGE_SIZE = 500;
export const MAX_PULL_PAGE_SIZE = 1000;

export const MUTATION_OPS = ['create', 'patch', 'delete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/** Flat JSON values and small lists of them travel in a patch; entity schemas narrow them further. */
const scalar = z.union([z.string().max(20_000), z.number(), z.boolean(), z.null()]);
const patchValue = z.union([scalar, z.array(scalar).max(100)]);

const rawMutation = z
	.object({
		mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
		entity: z.string().min(1).max(64),
		entityId: z.uuid(),
		op: z.enum(MUTATION_OPS),
		patch: z.record(z.string().max(64), patchValue).optional(),
		baseVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
	})
	.strict();

export type Mutation = Omit<z.output<typeof rawMutation>, 'patch'> & { patch?: EntityValues };

type AnySpec = NonNullable<ReturnType<typeof findEntitySpec>>;
type PayloadSchemas = { create: z.ZodType; patch: z.ZodType };
/** Built once per entity: making a zod schema costs far more than running it, and a push checks hundreds. */
const payloadSchemas = new WeakMap<AnySpec, PayloadSchemas>();

function payloadSchema(spec: AnySpec, op: 'create' | 'patch'): z.ZodType {
	let schemas = payloadSchemas.get(spec);
	if (!schemas) {
		schemas = { create: spec.fields.strict(), patch: spec.fields.partial().strict() };
		payloadSchemas.set(spec, schemas);
	}
	return schemas[op];
}

/**
 * Checks a mutation's payload against its entity: a create must make a whole record once defaults are
 * filled in, a patch is a non-empty subset of fields, a delete carries nothing. Only the fields the
 * client sent are kept, so a create that meets an existing record (two offline devices) changes just
 * those. Unknown entities and fields are errors.
 */
export function parseEntityPayload(
	entity: string,
	op: MutationOp,
	patch: EntityValues | undefined
): { ok: true; patch?: EntityValues } | { ok: false; path: string; message: string } {
	const spec = findEntitySpec(entity);
	if (!spec) return { ok: false, path: 'entity', message: 'sync_error_unknown_entity' };
	if (op === 'delete') {
		return patch === undefined ? { ok: true } : { ok: false, path: 'patch', message: 'sync_error_delete_patch' };
	}
	if (!patch) return { ok: false, path: 'patch', message: 'sync_error_patch_missing' };
	const schema = payloadSchema(spec, op);
	const result = schema.safeParse(patch);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		return { ok: false, path: ['patch', ...issue.path].join('.'), message: issue.message };
	}
	const parsed = result.data as EntityValues;
	const values = Object.fromEntries(Object.keys(patch).map((k) => [k, parsed[k]]));
	if (op === 'patch' && Object.keys(values).length === 0) return { ok: false, path: 'patch', message: 'sync_error_patch_missing' };
	return { ok: true, patch: values };
}

export const mutationSchema = rawMutation.transform((m, ctx): Mutation => {
	const payload = parseEntityPayload(m.entity, m.op, m.patch);
	if (!payload.ok) {
		ctx.issues.push({ code: 'custom', message: payload.message, path: payload.path.split('.'), input: m });
		return z.NEVER;
	}
	return { ...m, patch: payload.patch };
});

/**
 * A push: its envelope is checked here, each mutation's payload on the server one by one, so a mutation
 * the server refuses (an older app, a rule that changed) is answered as refused and never blocks the
 * mutations after it.
 */
export const pushBodySchema = z
	.object({
		clientId: z.uuid(),
		portfolioId: z.uuid(),
		mutations: z.array(rawMutation).max(MAX_PUSH_MUTATIONS)
	})
	.strict()
	.refine((body) => body.mutations.every((m, i, all) => i === 0 || m.mutationId > all[i - 1]!.mutationId), {
		message: 'sync_error_mutation_order',
		path: ['mutations']
	});

/** A push as the server reads it: each mutation's payload is still to be checked against its entity. */
export type PushBody = Omit<z.output<typeof pushBodySchema>, 'mutations'> & { mutations: RawMutation[] };
export type RawMutation = Mutation;

export interface Conflict {
	mutationId: number;
	entity: string;
	entityId: string;
	/** The field the server kept; null when the record was deleted on the server (delete wins). */
	field: string | null;
	serverValue: unknown;
	clientValue: unknown;
	/**
	 * Set when the server refused the mutation as a whole (not valid, not allowed): why, in the person's
	 * language. Nothing of it was applied; the next pull brings the server's state of the record.
	 */
	refused?: string;
}

export interface PushResponse {
	lastMutationId: number;
	version: number;
	/** Conflicts of every mutation in the request, also of ones applied by an earlier, lost delivery. */
	conflicts: Conflict[];
}

const cursorQuery = z.object({
	since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
	limit: z.coerce.number().int().min(1).max(MAX_PULL_PAGE_SIZE).default(PULL_PAGE_SIZE)
});

export const pullQuerySchema = cursorQuery;
export const catalogueQuerySchema = cursorQuery;

export interface PulledRecord {
	entity: string;
	id: string;
	version: number;
	deleted: boolean;
	data: EntityValues | null;
}

export interface PullResponse {
	portfolioId: string;
	/** Every change up to and including this version is in this page or an earlier one. */
	cursor: number;
	hasMore: boolean;
	records: PulledRecord[];
}

export interface CatalogueRecord {
	kind: string;
	id: string;
	version: number;
	deleted: boolean;
	data: unknown;
}

export interface CataloguePullResponse {
	cursor: number;
	hasMore: boolean;
	records: CatalogueRecord[];
}

/** The status a pull gets when its cursor is older than the tombstone horizon: start over. */
export const REBOOTSTRAP_STATUS = 410;
