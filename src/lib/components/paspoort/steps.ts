import { m } from '$lib/paraglide/messages';
import type { PaspoortStep } from '$lib/shared/paspoort/progress';

export const STEP_HREF: Record<PaspoortStep, string> = {
	profiel: '/mijn/profiel',
	ervaring: '/mijn/ervaring',
	skills: '/mijn/skills',
	opleiding: '/mijn/opleiding',
	talen: '/mijn/talen'
};

const TITLES: Record<PaspoortStep, () => string> = {
	profiel: m.paspoort_step_profiel,
	ervaring: m.paspoort_step_ervaring,
	skills: m.paspoort_step_skills,
	opleiding: m.paspoort_step_opleiding,
	talen: m.paspoort_step_talen
};

const TEXTS: Record<PaspoortStep, () => string> = {
	profiel: m.paspoort_step_profiel_text,
	ervaring: m.paspoort_step_ervaring_text,
	skills: m.paspoort_step_skills_text,
	opleiding: m.paspoort_step_opleiding_text,
	talen: m.paspoort_step_talen_text
};

export const stepTitle = (step: PaspoortStep) => TITLES[step]();
export const stepText = (step: PaspoortStep) => TEXTS[step]();
