import { m } from '$lib/paraglide/messages';

/** How a synced field is called on screen; the field name itself is only a fallback. */
const FIELD_LABELS: Record<string, () => string> = {
	displayName: m.sync_profile_display_name,
	woonplaats: m.sync_profile_woonplaats,
	situation: m.sync_profile_situation,
	about: m.sync_profile_about,
	availability: m.sync_profile_availability,
	skillId: m.sync_field_skill_id,
	level: m.sync_field_level,
	source: m.sync_field_source,
	lastUsedYear: m.sync_field_last_used_year
};

const VALUE_LABELS: Record<string, Record<string, () => string>> = {
	situation: {
		werkend: m.sync_situation_werkend,
		werkzoekend: m.sync_situation_werkzoekend,
		uitkering: m.sync_situation_uitkering,
		studerend: m.sync_situation_studerend,
		anders: m.sync_situation_anders
	},
	availability: {
		direct: m.sync_availability_direct,
		binnen_3_maanden: m.sync_availability_binnen_3_maanden,
		later: m.sync_availability_later,
		onbekend: m.sync_availability_onbekend
	}
};

export function fieldLabel(field: string): string {
	return FIELD_LABELS[field]?.() ?? field;
}

export function valueLabel(field: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return m.sync_conflict_empty();
	return VALUE_LABELS[field]?.[String(value)]?.() ?? String(value);
}
