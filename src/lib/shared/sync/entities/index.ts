import type { EntitySpec } from '../entity';
import { planItemEntity, voucherDraftEntity } from './aanbod';
import { berichtEntity } from './bericht';
import { apkAnswerEntity, apkScanEntity } from './apk';
import { certificateEntity, educationEntity, languageEntity, workExperienceEntity } from './paspoort';
import { evcEvidenceEntity, evcOutcomeEntity, evcReviewEntity, evcTrackEntity } from './evc';
import { profileEntity } from './profile';
import { skillClaimEntity } from './skill-claim';

/** Every synced portfolio entity. Adding one here (and its table in server/sync/registry.ts) is all sync needs. */
export const entitySpecs: Record<string, EntitySpec> = {
	[profileEntity.name]: profileEntity as unknown as EntitySpec,
	[skillClaimEntity.name]: skillClaimEntity as unknown as EntitySpec,
	[workExperienceEntity.name]: workExperienceEntity as unknown as EntitySpec,
	[educationEntity.name]: educationEntity as unknown as EntitySpec,
	[certificateEntity.name]: certificateEntity as unknown as EntitySpec,
	[languageEntity.name]: languageEntity as unknown as EntitySpec,
	[planItemEntity.name]: planItemEntity as unknown as EntitySpec,
	[voucherDraftEntity.name]: voucherDraftEntity as unknown as EntitySpec,
	[apkScanEntity.name]: apkScanEntity as unknown as EntitySpec,
	[apkAnswerEntity.name]: apkAnswerEntity as unknown as EntitySpec,
	...Object.fromEntries([evcTrackEntity, evcEvidenceEntity, evcReviewEntity, evcOutcomeEntity].map((e) => [e.name, e as unknown as EntitySpec])),
	[berichtEntity.name]: berichtEntity as unknown as EntitySpec
};

export function findEntitySpec(name: string): EntitySpec | undefined {
	return Object.hasOwn(entitySpecs, name) ? entitySpecs[name] : undefined;
}

export { certificateEntity, educationEntity, languageEntity, profileEntity, skillClaimEntity, workExperienceEntity };
export { planItemEntity, voucherDraftEntity } from './aanbod';
export { apkAnswerEntity, apkScanEntity } from './apk';
