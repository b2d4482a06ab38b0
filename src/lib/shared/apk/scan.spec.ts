import { describe, expect, it } from 'vitest';
import { APK_2025_1, APK_2026_1, CURRENT_APK_VERSION } from '$lib/data/apk';
import { answersFor, CONTEXT, fullScan } from './fixtures';
import { currentModel, getModel, UnknownApkVersionError } from './registry';
import { scoreScan, trend, type CompletedApkScan } from './scan';
import { scoreApk } from './score';

describe('model registry', () => {
	it('returns each registered version and the current one for new scans', () => {
		expect(getModel('apk-2025.1')).toBe(APK_2025_1);
		expect(getModel('apk-2026.1')).toBe(APK_2026_1);
		expect(currentModel().version).toBe(CURRENT_APK_VERSION);
		expect(CURRENT_APK_VERSION).toBe('apk-2026.1');
	});

	it('refuses an unknown version instead of silently using another', () => {
		expect(() => getModel('apk-2099.1')).toThrow(UnknownApkVersionError);
		expect(() => getModel('toString')).toThrow(UnknownApkVersionError);
	});
});

describe('version pinning', () => {
	// 65 points: groen under the pilot's flat 60, oranje under 2026.1's 70 for werkvermogen.
	const answers = { ...fullScan(), ...answersFor('werkvermogen', [4, 4, 4, 4, 4]) };

	it('an old scan keeps the light it got with apk-2025.1', () => {
		const old = scoreScan({ modelVersion: 'apk-2025.1', answers, context: CONTEXT });
		expect(old.modelVersion).toBe('apk-2025.1');
		expect(old.blocks[0]).toMatchObject({ blockId: 'werkvermogen', score: 65, light: 'groen' });
	});

	it('the same answers under apk-2026.1 would give oranje', () => {
		const now = scoreScan({ modelVersion: 'apk-2026.1', answers, context: CONTEXT });
		expect(now.blocks[0]).toMatchObject({ blockId: 'werkvermogen', score: 65, light: 'oranje' });
	});

	it('the pilot marks below 40 as rood and its oranje starts at 40', () => {
		const rood = answersFor('energie', [3, 3, 5, 2, 3], CONTEXT, APK_2025_1);
		const oranje = answersFor('energie', [3, 3, 5, 3, 3], CONTEXT, APK_2025_1);
		expect(scoreApk(APK_2025_1, rood, CONTEXT).blocks[1]).toMatchObject({ score: 35, light: 'rood' });
		expect(scoreApk(APK_2025_1, oranje, CONTEXT).blocks[1]).toMatchObject({ score: 40, light: 'oranje' });
	});
});

describe('trend', () => {
	const scan = (completedAt: string, modelVersion: string, werkvermogen: number[]): CompletedApkScan => ({
		completedAt,
		modelVersion,
		answers: { ...fullScan(), ...answersFor('werkvermogen', werkvermogen) },
		context: CONTEXT
	});

	it('gives each block a series oldest first, each point scored with its own version', () => {
		const scans = [
			scan('2027-02-01T10:00:00Z', 'apk-2026.1', [5, 5, 5, 1, 5]),
			scan('2025-04-15T10:00:00Z', 'apk-2025.1', [4, 4, 4, 4, 4]),
			scan('2026-03-10T10:00:00Z', 'apk-2026.1', [4, 4, 4, 4, 4])
		];
		const series = trend(scans);
		expect(series.werkvermogen).toEqual([
			{ date: '2025-04-15T10:00:00Z', score: 65, light: 'groen' },
			{ date: '2026-03-10T10:00:00Z', score: 65, light: 'oranje' },
			{ date: '2027-02-01T10:00:00Z', score: 100, light: 'groen' }
		]);
		expect(series.energie.map((p) => p.date)).toEqual([
			'2025-04-15T10:00:00Z',
			'2026-03-10T10:00:00Z',
			'2027-02-01T10:00:00Z'
		]);
	});

	it('leaves out a block a scan did not complete instead of plotting a zero', () => {
		const noOccupation: CompletedApkScan = {
			...scan('2026-05-01T10:00:00Z', 'apk-2026.1', [3, 3, 3, 3, 3]),
			context: { occupationSkillIds: [], outlook: 'onbekend' }
		};
		const series = trend([noOccupation, scan('2026-01-01T10:00:00Z', 'apk-2026.1', [3, 3, 3, 3, 3])]);
		expect(series.vaardigheden.map((p) => p.date)).toEqual(['2026-01-01T10:00:00Z']);
		expect(series.werkvermogen).toHaveLength(2);
	});

	it('returns an empty series per block without scans', () => {
		expect(Object.values(trend([])).every((points) => points.length === 0)).toBe(true);
		expect(Object.keys(trend([]))).toHaveLength(7);
	});
});
