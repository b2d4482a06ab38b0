import type { EntitySpec, SyncRole } from './entity';
import type { Mutation } from './protocol';

/**
 * The fields of a mutation this role may not write, or ['*'] when it may not create/delete at all.
 * Shared so the client can hide what the server would refuse; the server decides.
 */
export function forbiddenFields(spec: EntitySpec, role: SyncRole, mutation: Pick<Mutation, 'op' | 'patch'>): string[] {
	if (mutation.op === 'delete') return spec.delete.includes(role) ? [] : ['*'];
	if (mutation.op === 'create' && !spec.create.includes(role)) return ['*'];
	const allowed = new Set<string>(spec.writable[role] ?? []);
	const values = mutation.patch ?? {};
	const refused = Object.keys(values).filter((f) => !allowed.has(f));
	refused.push(...(spec.refuseValues?.(role, values) ?? []));
	return [...new Set(refused)];
}
