import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sampleLabels, sampleSnapshot } from './fixtures';
import { standardIdLookup } from '$lib/shared/standard-ids';
import { toJsonResume } from './json-resume';

const { validate } = createRequire(import.meta.url)('@jsonresume/schema') as {
	validate: (resume: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};

function validateResume(resume: unknown): Promise<{ valid: boolean; errors: unknown }> {
	return new Promise((resolve) => validate(resume, (errors, valid) => resolve({ valid, errors })));
}

describe('JSON Resume export', () => {
	it('validates against the official JSON Resume schema', async () => {
		const resume = toJsonResume(sampleSnapshot, sampleLabels, { includeContact: true, now: new Date('2026-11-22T10:00:00Z') });
		expect(await validateResume(resume)).toEqual({ valid: true, errors: null });
	});

	it('lists the current job first and keeps skill sources visible', () => {
		const resume = toJsonResume(sampleSnapshot, sampleLabels, { includeContact: true }) as {
			work: { position: string; endDate?: string }[];
			skills: { name: string; keywords: string[] }[];
		};
		expect(resume.work.map((w) => w.position)).toEqual(['Orderpicker', 'Vakkenvuller']);
		expect(resume.work[0]!.endDate).toBeUndefined();
		expect(resume.skills).toEqual([
			{ name: 'Orders verzamelen', level: 'expert', keywords: ['zelf'] },
			{ name: 'Reachtruck rijden', level: 'ervaren', keywords: ['gevalideerd'] }
		]);
	});

	it('leaves contact details out unless asked for', async () => {
		const resume = toJsonResume(sampleSnapshot, sampleLabels, { includeContact: false }) as { basics: Record<string, unknown> };
		expect(resume.basics.email).toBeUndefined();
		expect(resume.basics.phone).toBeUndefined();
		expect(JSON.stringify(resume)).not.toContain('06-12345678');
		expect((await validateResume(resume)).valid).toBe(true);
	});

	it('produces a valid resume for an empty paspoort', async () => {
		const empty = { profile: {}, workExperiences: [], educations: [], certificates: [], languages: [], skillClaims: [] };
		expect((await validateResume(toJsonResume(empty, sampleLabels, { includeContact: true }))).valid).toBe(true);
	});

	it('gives skills and jobs their standard ids where known, and stays valid', async () => {
		const esco = 'http://data.europa.eu/esco/skill/3a0c5d1e-6b7f-4c2a-9d8e-1f2a3b4c5d02';
		const job = 'http://data.europa.eu/esco/occupation/7b1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e02';
		const standardIds = standardIdLookup([
			{ kind: 'skill', ourId: 'orders-verzamelen', escoUri: esco },
			{ kind: 'occupation', ourId: 'orderpicker', escoUri: job }
		]);
		const resume = toJsonResume(sampleSnapshot, sampleLabels, { includeContact: false, standardIds }) as {
			work: Record<string, unknown>[];
			skills: Record<string, unknown>[];
		};
		expect(resume.skills).toEqual([
			{ name: 'Orders verzamelen', level: 'expert', keywords: ['zelf'], esco },
			{ name: 'Reachtruck rijden', level: 'ervaren', keywords: ['gevalideerd'] }
		]);
		expect(resume.work[0]).toMatchObject({ position: 'Orderpicker', esco: job });
		expect(resume.work[1]).not.toHaveProperty('esco');
		expect(await validateResume(resume)).toEqual({ valid: true, errors: null });
	});
});
