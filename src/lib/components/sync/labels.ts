import { m } from '$lib/paraglide/messages';
import { keyed, skillLabel, occupationLabel, woonplaatsLabel } from '$lib/components/paspoort/labels';

/** How a synced field is called on screen; the field name itself is only a fallback. */
const FIELD_LABELS: Record<string, () => string> = {
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
	phone: m.paspoort_field_phone,
	title: m.paspoort_field_title,
	occupationId: m.paspoort_field_occupation,
	employer: m.paspoort_field_employer,
	place: m.paspoort_field_place,
	startMonth: m.paspoort_field_start,
	endMonth: m.paspoort_field_end,
	description: m.paspoort_field_description,
	name: m.paspoort_field_certificate_name,
	institution: m.paspoort_field_institution,
	language: m.paspoort_field_language,
	skillId: m.sync_field_skill_id,
	level: m.sync_field_level,
	source: m.sync_field_source,
	lastUsedYear: m.sync_field_last_used_year
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

export function fieldLabel(field: string): string {
	return FIELD_LABELS[field]?.() ?? field;
}

export function valueLabel(field: string, value: unknown): string {
	if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return m.sync_conflict_empty();
	if (Array.isArray(value)) return value.map((v) => valueLabel(field === 'beroepswensen' ? 'occupationId' : field, v)).join(', ');
	return VALUE_LABELS[field]?.(String(value)) ?? String(value);
}
