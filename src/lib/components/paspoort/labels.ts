import { BUITEN_TWENTE, WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { getLocale } from '$lib/paraglide/runtime';
import type { PaspoortLabels } from '$lib/shared/paspoort/snapshot';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

type Message = () => string;

/**
 * The messages `keyed` can look up, imported file by file: a computed key on paraglide's `m` would put
 * every message of the app into the first load of each page that shows a label.
 */
const modules = import.meta.glob<Record<string, Message>>(
	[
		'../../paraglide/messages/paspoort_{situation,level,availability,skill_level,source,cefr,licence,kind}_*.js',
		'../../paraglide/messages/{delen_section,evc_kind,evc_verdict,evc_outcome_kind,talentpool_region}_*.js'
	],
	{ eager: true }
);
const messages: Record<string, Message | undefined> = Object.assign({}, ...Object.values(modules));

export type KeyedPrefix =
	| `paspoort_${'situation' | 'level' | 'availability' | 'skill_level' | 'source' | 'cefr' | 'licence' | 'kind'}_`
	| `${'delen_section' | 'evc_kind' | 'evc_verdict' | 'evc_outcome_kind' | 'talentpool_region'}_`;

/** A message by computed key, e.g. `paspoort_situation_${value}`; the value itself when there is none. */
export function keyed(prefix: KeyedPrefix, value: string | number): string {
	return messages[`${prefix}${value}`]?.() ?? String(value);
}

export const situationLabel = (v: string) => keyed('paspoort_situation_', v);
export const educationLevelLabel = (v: string) => keyed('paspoort_level_', v);
export const availabilityLabel = (v: string) => keyed('paspoort_availability_', v);
export const skillLevelLabel = (v: number) => keyed('paspoort_skill_level_', v);
export const sourceLabel = (v: SkillSource) => keyed('paspoort_source_', v);
export const cefrLabel = (v: string) => keyed('paspoort_cefr_', v);
export const licenceLabel = (v: string) => keyed('paspoort_licence_', v);

export function skillLabel(id: string): string {
	const skill = skillById(id);
	if (!skill) return id;
	return getLocale() === 'en' ? skill.labelEn : skill.label;
}

export function occupationLabel(id: string): string {
	const occupation = occupationById(id);
	if (!occupation) return id;
	return getLocale() === 'en' ? occupation.labelEn : occupation.label;
}

/** A gemeente by its own name; "outside Twente" is interface text, in the interface language. */
export function woonplaatsLabel(id: string): string {
	if (id === BUITEN_TWENTE.id) return keyed('talentpool_region_', id);
	return WOONPLAATS_OPTIONS.find((o) => o.id === id)?.name ?? id;
}

export const paspoortLabels: PaspoortLabels = {
	skill: skillLabel,
	occupation: occupationLabel,
	woonplaats: woonplaatsLabel,
	educationLevel: educationLevelLabel,
	skillLevel: skillLevelLabel
};
