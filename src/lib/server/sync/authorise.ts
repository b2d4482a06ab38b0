import { forbiddenFields } from '$lib/shared/sync/authorise';
import type { SyncRole } from '$lib/shared/sync/entity';
import type { Mutation } from '$lib/shared/sync/protocol';
import { SyncError } from './errors';
import { serverEntity } from './registry';

/** Why this role may not apply this mutation (an unknown entity, a field it may not write), or null. */
export function mutationRefusal(role: SyncRole, mutation: Mutation): SyncError | null {
	const entity = serverEntity(mutation.entity);
	if (!entity) return new SyncError(400, 'sync_error_unknown_entity', ['entity']);
	const refused = forbiddenFields(entity.spec, role, mutation);
	return refused.length > 0 ? new SyncError(403, 'sync_error_forbidden_field', refused.map((f) => `patch.${f}`)) : null;
}

/** Refuses the whole request (403) before anything is written when any mutation oversteps the role. */
export function authoriseMutations(role: SyncRole, mutations: readonly Mutation[]): void {
	for (const [i, mutation] of mutations.entries()) {
		const refusal = mutationRefusal(role, mutation);
		if (refusal) throw new SyncError(refusal.status, refusal.code, refusal.fields.map((f) => `mutations.${i}.${f}`));
	}
}
