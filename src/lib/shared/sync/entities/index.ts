import type { z } from 'zod';
import type { EntitySpec } from '$lib/shared/sync/entity';
import { planItemEntity, voucherDraftEntity } from './aanbod';
import { berichtEntity } from './bericht';
import { apkAnswerEntity, apkScanEntity } from './apk';
import { certificateEntity, educationEntity, languageEntity, workExperienceEntity } from './paspoort';
import { followedSearchEntity } from './followed-search';
import { evcEvidenceEntity, evcOutcomeEntity, evcReviewEntity, evcTrackEntity } from './evc';
import { profileEntity } from './profile';
import { skillClaimEntity } from './skill-claim';

/**
 * Every synced portfolio entity, by name. Adding one here (and its table in server/sync/registry.ts) is
 * all sync needs; the device and the server derive their types from this object.
 */
export const entitySpecs = {
	profile: profileEntity,
	skillClaim: skillClaimEntity,
	workExperience: workExperienceEntity,
	education: educationEntity,
	certificate: certificateEntity,
	language: languageEntity,
	planItem: planItemEntity,
	voucherDraft: voucherDraftEntity,
	followedSearch: followedSearchEntity,
	apkScan: apkScanEntity,
	apkAnswer: apkAnswerEntity,
	evcTrack: evcTrackEntity,
	evcEvidence: evcEvidenceEntity,
	evcReview: evcReviewEntity,
	evcOutcome: evcOutcomeEntity,
	bericht: berichtEntity
} as const;

type Specs = typeof entitySpecs;
export type EntityName = keyof Specs;
/** A stored record of entity N, defaults filled in. */
export type ValuesOf<N extends EntityName> = z.output<Specs[N]['fields']>;
/** The fields of entity N. */
export type FieldOf<N extends EntityName> = keyof ValuesOf<N> & string;

const specs: Readonly<Record<string, EntitySpec>> = entitySpecs;

function isEntityName(name: string): name is EntityName {
	return Object.hasOwn(entitySpecs, name);
}

export function findEntitySpec(name: string): EntitySpec | undefined {
	return isEntityName(name) ? specs[name] : undefined;
}

export { profileEntity, skillClaimEntity };
