import type { SkillClaimValues } from '$lib/shared/sync/entities/skill-claim';
import type { ProfileValues } from '$lib/shared/sync/entities/profile';
import type { CertificateValues, EducationValues, LanguageValues, WorkExperienceValues } from '$lib/shared/sync/entities/paspoort';

type WithId<T> = T & { id: string };

/** Everything in a resident's paspoort at one moment, as the exports read it. */
export interface PaspoortSnapshot {
	profile: Partial<ProfileValues>;
	workExperiences: WithId<WorkExperienceValues>[];
	educations: WithId<EducationValues>[];
	certificates: WithId<CertificateValues>[];
	languages: WithId<LanguageValues>[];
	skillClaims: WithId<SkillClaimValues>[];
}

/** Labels come from the taxonomy and the message files, so the exports stay free of both. */
export interface PaspoortLabels {
	skill(id: string): string;
	occupation(id: string): string;
	woonplaats(id: string): string;
	educationLevel(level: string): string;
	skillLevel(level: number): string;
}

/** Newest first; a job without an end date is current and comes first. */
export function byRecency<T extends { startMonth: string | null; endMonth: string | null }>(items: T[]): T[] {
	return [...items].sort((a, b) => (b.endMonth ?? '9999').localeCompare(a.endMonth ?? '9999') || (b.startMonth ?? '').localeCompare(a.startMonth ?? ''));
}
