import type { EntitySpec } from '../entity';
import { profileEntity } from './profile';
import { skillClaimEntity } from './skill-claim';

/** Every synced portfolio entity. Adding one here (and its table in server/sync/registry.ts) is all sync needs. */
export const entitySpecs: Record<string, EntitySpec> = {
	[profileEntity.name]: profileEntity as unknown as EntitySpec,
	[skillClaimEntity.name]: skillClaimEntity as unknown as EntitySpec
};

export function findEntitySpec(name: string): EntitySpec | undefined {
	return Object.hasOwn(entitySpecs, name) ? entitySpecs[name] : undefined;
}

export { profileEntity, skillClaimEntity };
