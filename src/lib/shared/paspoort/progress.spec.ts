import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from './fixtures';
import { paspoortProgress } from './progress';
import type { PaspoortSnapshot } from './snapshot';

const empty: PaspoortSnapshot = { profile: {}, workExperiences: [], educations: [], certificates: [], languages: [], skillClaims: [] };

describe('paspoort progress', () => {
	it('starts at 0 % with the profile as first step', () => {
		expect(paspoortProgress(empty)).toMatchObject({ percent: 0, next: 'profiel' });
	});

	it('counts partial steps and points at the first unfinished one', () => {
		const progress = paspoortProgress({
			...empty,
			profile: { displayName: 'Sanne', woonplaats: 'enschede', situation: 'werkzoekend', educationLevel: 'mbo-2', beroepswensen: ['orderpicker'] },
			workExperiences: sampleSnapshot.workExperiences,
			skillClaims: sampleSnapshot.skillClaims
		});
		// profiel 1 + ervaring 1 + skills 2/5 + 0 + 0 = 2.4 of 5
		expect(progress.percent).toBe(48);
		expect(progress.next).toBe('skills');
	});

	it('reaches 100 % when every step is complete', () => {
		const five = Array.from({ length: 5 }, (_, i) => ({ ...sampleSnapshot.skillClaims[0]!, id: `s${i}`, skillId: `skill-${i}` }));
		const progress = paspoortProgress({
			...sampleSnapshot,
			profile: { ...sampleSnapshot.profile, situation: 'werkend', educationLevel: 'mbo-2' },
			skillClaims: five
		});
		expect(progress).toMatchObject({ percent: 100, next: null });
	});
});
