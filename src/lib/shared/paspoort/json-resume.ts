import { staticIds, type StandardIdLookup, type StandardIds } from '$lib/shared/standard-ids';
import { byRecency, type PaspoortLabels, type PaspoortSnapshot } from './snapshot';

/** The standard ids of a skill or occupation as extra fields (the schema allows them): only the ones known. */
function idFields(ids: StandardIds): Record<string, string> {
	const out: Record<string, string> = {};
	if (ids.escoUri) out.esco = ids.escoUri;
	if (ids.competentNlId) out.competentNl = ids.competentNlId;
	return out;
}

/**
 * The JSON Resume (jsonresume.org, schema v1) of a paspoort; contact details only when asked for. Skills and
 * jobs carry their standard ids (`esco`, `competentNl`) where known, from `standardIds` (confirmed mappings).
 */
export function toJsonResume(
	snapshot: PaspoortSnapshot,
	labels: PaspoortLabels,
	options: { includeContact: boolean; now?: Date; standardIds?: StandardIdLookup }
): Record<string, unknown> {
	const ids = options.standardIds ?? staticIds;
	const { profile } = snapshot;
	const wish = profile.beroepswensen?.[0];
	const basics: Record<string, unknown> = {
		name: profile.displayName ?? '',
		label: wish ? labels.occupation(wish) : '',
		summary: profile.about ?? '',
		location: { city: profile.woonplaats ? labels.woonplaats(profile.woonplaats) : '', region: 'Twente', countryCode: 'NL' }
	};
	if (options.includeContact) {
		if (profile.contactEmail) basics.email = profile.contactEmail;
		if (profile.phone) basics.phone = profile.phone;
	}
	return {
		$schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
		basics,
		work: byRecency(snapshot.workExperiences).map((w) => ({
			name: w.employer || undefined,
			position: w.title,
			location: w.place || undefined,
			startDate: w.startMonth ?? undefined,
			endDate: w.endMonth ?? undefined,
			summary: w.description || undefined,
			...(w.occupationId ? idFields(ids('occupation', w.occupationId)) : {})
		})),
		education: snapshot.educations.map((e) => ({
			institution: e.institution || undefined,
			area: e.name,
			studyType: e.level ? labels.educationLevel(e.level) : undefined,
			startDate: e.startYear ? String(e.startYear) : undefined,
			endDate: e.endYear ? String(e.endYear) : undefined
		})),
		certificates: snapshot.certificates.map((c) => ({
			name: c.name,
			issuer: c.issuer || undefined,
			date: c.issuedMonth ?? undefined
		})),
		skills: [...snapshot.skillClaims]
			.sort((a, b) => b.level - a.level)
			.map((s) => ({ name: labels.skill(s.skillId), level: labels.skillLevel(s.level), keywords: [s.source], ...idFields(ids('skill', s.skillId)) })),
		languages: snapshot.languages.map((l) => ({ language: l.language, fluency: l.level })),
		meta: { version: 'v1.0.0', lastModified: (options.now ?? new Date()).toISOString().slice(0, 19) }
	};
}
