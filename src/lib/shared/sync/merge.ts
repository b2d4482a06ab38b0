import type { EntityValues } from './entity';
import type { MutationOp } from './protocol';

/** Per field: the portfolio version of its last write and who wrote it. */
export type FieldVersions = Record<string, [version: number, writer: string]>;

export interface FieldConflict {
	/** null: the whole record is gone on the server. */
	field: string | null;
	serverValue: unknown;
	clientValue: unknown;
}

export function sameValue(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The per-field rule of a patch: a field someone *else* changed after `baseVersion` (the newest server
 * state the writer had seen) keeps the server value and is reported. A writer's own later writes never
 * conflict with its earlier ones, and proposing the value the server already has is no conflict.
 */
export function resolvePatch(
	current: { values: EntityValues; fieldVersions: FieldVersions },
	patch: EntityValues,
	baseVersion: number,
	writer: string
): { accepted: EntityValues; conflicts: FieldConflict[] } {
	const accepted: EntityValues = {};
	const conflicts: FieldConflict[] = [];
	for (const [field, value] of Object.entries(patch)) {
		const last = current.fieldVersions[field];
		const changedByOther = last !== undefined && last[0] > baseVersion && last[1] !== writer;
		if (changedByOther && !sameValue(current.values[field], value)) {
			conflicts.push({ field, serverValue: current.values[field], clientValue: value });
		} else {
			accepted[field] = value;
		}
	}
	return { accepted, conflicts };
}

export function stampFields(fieldVersions: FieldVersions, fields: string[], version: number, writer: string): FieldVersions {
	const next = { ...fieldVersions };
	for (const field of fields) next[field] = [version, writer];
	return next;
}

export interface PendingChange {
	op: MutationOp;
	patch?: EntityValues;
}

/**
 * The optimistic local value of one record: the server's state with the still-pending local changes
 * replayed on top in outbox order (the rebase after a pull). `undefined` means absent or deleted.
 * A create on an absent record starts from the entity's defaults.
 */
export function rebase(
	server: EntityValues | undefined,
	pending: readonly PendingChange[],
	defaults: EntityValues = {}
): EntityValues | undefined {
	let value = server;
	for (const change of pending) {
		if (change.op === 'delete') value = undefined;
		else if (change.op === 'create') value = { ...(value ?? defaults), ...change.patch };
		else if (value) value = { ...value, ...change.patch };
	}
	return value;
}
