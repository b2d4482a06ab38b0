import { m } from '$lib/paraglide/messages';
import type { EntityName, FieldOf } from '$lib/shared/sync/entities';
import { keyed, skillLabel, occupationLabel, woonplaatsLabel } from '$lib/components/paspoort/labels';

type Labels<N extends EntityName> = Partial<Record<FieldOf<N>, () => string>>;

const PROFILE: Labels<'profile'> = {
	displayName: m.paspoort_field_display_name,
	woonplaats: m.paspoort_field_woonplaats,
	situation: m.paspoort_field_situation,
	about: m.paspoort_field_about,
	availability: m.paspoort_field_availability,
	educationLevel: m.paspoort_field_education_level,
	beroepswensen: m.paspoort_field_beroepswensen,
	drivingLicences: m.paspoort_licences,
	hoursPerWeek: m.paspoort_field_hours,
	maxTravelMinutes: m.paspoort_field_travel,
	constraints: m.paspoort_field_constraints,
	contactEmail: m.paspoort_field_contact_email,
	phone: m.paspoort_field_phone
};

/**
 * How a synced field is called on screen, per entity (typed: a renamed field fails to compile here); the
 * field name itself is only a fallback.
 */
const FIELD_LABELS: { [N in EntityName]?: Labels<N> } = {
	profile: PROFILE,
	workExperience: {
		title: m.paspoort_field_title,
		occupationId: m.paspoort_field_occupation,
		employer: m.paspoort_field_employer,
		place: m.paspoort_field_place,
		startMonth: m.paspoort_field_start,
		endMonth: m.paspoort_field_end,
		description: m.paspoort_field_description
	},
	education: { name: m.paspoort_field_certificate_name, institution: m.paspoort_field_institution, level: m.sync_field_level },
	certificate: { name: m.paspoort_field_certificate_name },
	language: { language: m.paspoort_field_language, level: m.sync_field_level },
	skillClaim: { skillId: m.sync_field_skill_id, level: m.sync_field_level, source: m.sync_field_source, lastUsedYear: m.sync_field_last_used_year },
	planItem: { title: m.paspoort_field_title, description: m.paspoort_field_description },
	evcEvidence: { title: m.paspoort_field_title }
};

const VALUE_LABELS: Record<string, (value: string) => string> = {
	situation: (v) => keyed('paspoort_situation_', v),
	availability: (v) => keyed('paspoort_availability_', v),
	educationLevel: (v) => keyed('paspoort_level_', v),
	woonplaats: woonplaatsLabel,
	occupationId: occupationLabel,
	skillId: skillLabel,
	source: (v) => keyed('paspoort_source_', v)
};

export function fieldLabel(entity: string, field: string): string {
	const labels = Object.hasOwn(FIELD_LABELS, entity) ? (FIELD_LABELS[entity as EntityName] as Record<string, (() => string) | undefined>) : undefined;
	return labels?.[field]?.() ?? field;
}

export function valueLabel(field: string, value: unknown): string {
	if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return m.sync_conflict_empty();
	if (Array.isArray(value)) return value.map((v) => valueLabel(field === 'beroepswensen' ? 'occupationId' : field, v)).join(', ');
	return VALUE_LABELS[field]?.(String(value)) ?? String(value);
}
