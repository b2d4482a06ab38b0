import type { z } from 'zod';

/** The roles that write portfolio data through sync. Employers and admins only read. */
export const SYNC_ROLES = ['inwoner', 'adviseur'] as const;
/**
 * `systeem` is the server itself (a bericht it leaves for the resident); no session ever has it, so no
 * push can write as it.
 */
export type SyncRole = (typeof SYNC_ROLES)[number] | 'systeem';

export type EntityValues = Record<string, unknown>;

/** A record-level rule that failed: the field it is about and the message key to show. */
export interface RuleIssue {
	field: string;
	message: string;
}

/**
 * What a synced portfolio entity is, independent of storage: its fields, who may write what, and the
 * rules a whole record must meet. The server binds a spec to a table (server/sync/registry.ts); the
 * device stores it generically.
 */
/**
 * Any entity's shape. A zod object is invariant in its shape, so the registry's list of specs (of different
 * shapes) is typed with this; code that knows the entity gets its exact type from `entitySpecs`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyShape = any;

export interface EntitySpec<Name extends string = string, Shape extends z.ZodRawShape = AnyShape> {
	name: Name;
	/** The full record as created; `patch` validates against its partial. */
	fields: z.ZodObject<Shape>;
	/** Fields each role may write. A role that is missing writes nothing. */
	writable: Partial<Record<SyncRole, readonly (keyof Shape & string)[]>>;
	create: readonly SyncRole[];
	delete: readonly SyncRole[];
	/**
	 * Value-level rules a field list cannot express (e.g. only an adviser validates a skill):
	 * returns the fields whose proposed value this role may not write.
	 */
	refuseValues?(role: SyncRole, values: EntityValues): string[];
	/**
	 * Rules over the whole record that one field's schema cannot express (e.g. proof shows at least one
	 * werkproces). They run on the device before an edit is queued and on the server on the merged row,
	 * so a record that breaks them is never stored anywhere.
	 */
	rules?(record: z.output<z.ZodObject<Shape>>): RuleIssue[];
	/** Singletons have one row per portfolio whose id is the portfolio id. */
	singleton?: boolean;
}

/** The values a new record gets for the fields its creator left out. */
export function entityDefaults(spec: EntitySpec): EntityValues {
	const defaults: EntityValues = {};
	for (const [field, schema] of Object.entries(spec.fields.shape)) {
		const result = (schema as z.ZodType).safeParse(undefined);
		if (result.success && result.data !== undefined) defaults[field] = result.data;
	}
	return defaults;
}

/** The first broken record-level rule of this record, or null; a record that is gone breaks none. */
export function recordRuleIssue(spec: EntitySpec, record: EntityValues | undefined): RuleIssue | null {
	if (!record || !spec.rules) return null;
	return spec.rules(record as never)[0] ?? null;
}

export function defineEntity<const Name extends string, Shape extends z.ZodRawShape>(spec: EntitySpec<Name, Shape>): EntitySpec<Name, Shape> {
	return spec;
}
