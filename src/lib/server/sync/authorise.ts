import { forbiddenFields } from '../../shared/sync/authorise';
import type { SyncRole } from '../../shared/sync/entity';
import type { Mutation } from '../../shared/sync/protocol';
import { SyncError } from './errors';
import { serverEntity } from './registry';

/** Refuses the whole request (403) before anything is written when any mutation oversteps the role. */
export function authoriseMutations(role: SyncRole, mutations: readonly Mutation[]): void {
	for (const [i, mutation] of mutations.entries()) {
		const entity = serverEntity(mutation.entity);
		if (!entity) throw new SyncError(400, 'sync_error_unknown_entity', [`mutations.${i}.entity`]);
		const refused = forbiddenFields(entity.spec, role, mutation);
		if (refused.length > 0) {
			throw new SyncError(403, 'sync_error_forbidden_field', refused.map((f) => `mutations.${i}.patch.${f}`));
		}
	}
}
