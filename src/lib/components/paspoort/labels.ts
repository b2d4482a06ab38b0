import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { PaspoortLabels } from '$lib/shared/paspoort/snapshot';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

type Messages = Record<string, (() => string) | undefined>;
const messages = m as unknown as Messages;

/** A message by computed key, e.g. `paspoort_situation_${value}`; the value itself when there is none. */
export function keyed(prefix: string, value: string | number): string {
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

export function woonplaatsLabel(id: string): string {
	return WOONPLAATS_OPTIONS.find((o) => o.id === id)?.name ?? id;
}

export const paspoortLabels: PaspoortLabels = {
	skill: skillLabel,
	occupation: occupationLabel,
	woonplaats: woonplaatsLabel,
	educationLevel: educationLevelLabel,
	skillLevel: skillLevelLabel
};
