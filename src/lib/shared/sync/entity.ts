import type { z } from 'zod';

/** The roles that write portfolio data through sync. Employers and admins only read. */
export const SYNC_ROLES = ['inwoner', 'adviseur'] as const;
/**
 * `systeem` is the server itself (a bericht it leaves for the resident); no session ever has it, so no
 * push can write as it.
 */
export type SyncRole = (typeof SYNC_ROLES)[number] | 'systeem';

export type EntityValues = Record<string, unknown>;

/**
 * What a synced portfolio entity is, independent of storage: its fields, and who may write what.
 * The server binds a spec to a table (server/sync/registry.ts); the client stores it generically.
 */
export interface EntitySpec<Shape extends z.ZodRawShape = z.ZodRawShape> {
	name: string;
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
	refuseValues?: (role: SyncRole, values: EntityValues) => string[];
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

export function defineEntity<Shape extends z.ZodRawShape>(spec: EntitySpec<Shape>): EntitySpec<Shape> {
	return spec;
}
