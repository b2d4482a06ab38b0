import type { PaspoortSnapshot } from './snapshot';

export const PASPOORT_STEPS = ['profiel', 'ervaring', 'skills', 'opleiding', 'talen'] as const;
export type PaspoortStep = (typeof PASPOORT_STEPS)[number];

/** Five skills is what a matching needs to say something useful; fewer still counts in part. */
export const SKILLS_TARGET = 5;

export interface PaspoortProgress {
	percent: number;
	steps: { step: PaspoortStep; done: number }[];
	/** The first step that is not complete, for the guided first run. */
	next: PaspoortStep | null;
}

/** How complete a paspoort is, per step (0–1) and overall, in the order the first run walks through. */
export function paspoortProgress(snapshot: PaspoortSnapshot): PaspoortProgress {
	const p = snapshot.profile;
	const profileFields = [p.displayName, p.woonplaats, p.situation, p.educationLevel, p.beroepswensen?.length];
	const done: Record<PaspoortStep, number> = {
		profiel: profileFields.filter(Boolean).length / profileFields.length,
		ervaring: snapshot.workExperiences.length > 0 ? 1 : 0,
		skills: Math.min(snapshot.skillClaims.length, SKILLS_TARGET) / SKILLS_TARGET,
		opleiding: snapshot.educations.length + snapshot.certificates.length > 0 ? 1 : 0,
		talen: snapshot.languages.length > 0 ? 1 : 0
	};
	const steps = PASPOORT_STEPS.map((step) => ({ step, done: done[step] }));
	const percent = Math.round((steps.reduce((sum, s) => sum + s.done, 0) / steps.length) * 100);
	return { percent, steps, next: steps.find((s) => s.done < 1)?.step ?? null };
}
