import { describe, expect, it } from 'vitest';
import { parseEntityPayload } from '$lib/shared/sync/protocol';

const scanId = '0190a6c4-0000-7000-8000-000000000001';

describe('apkAnswer entity', () => {
	it('accepts an answer to a fixed question and to a skill question of block 4', () => {
		expect(parseEntityPayload('apkAnswer', 'create', { scanId, questionId: 'werkvermogen.aankunnen', value: 4 }).ok).toBe(true);
		expect(parseEntityPayload('apkAnswer', 'create', { scanId, questionId: 'vaardigheden.skill.lassen', value: 2 }).ok).toBe(true);
	});

	it('refuses a question no model version asks, and a rating off the scale', () => {
		expect(parseEntityPayload('apkAnswer', 'create', { scanId, questionId: 'werkvermogen.bestaat-niet', value: 3 })).toMatchObject({
			ok: false,
			message: 'apk_error_unknown_question'
		});
		expect(parseEntityPayload('apkAnswer', 'create', { scanId, questionId: 'werkvermogen.aankunnen', value: 9 }).ok).toBe(false);
	});
});

describe('apkScan entity', () => {
	it('needs a model version and a start time, and takes only known statuses', () => {
		expect(parseEntityPayload('apkScan', 'create', { modelVersion: 'apk-2026.1', startedAt: '2026-03-01T10:00:00.000Z' }).ok).toBe(true);
		expect(parseEntityPayload('apkScan', 'create', { modelVersion: 'apk-2026.1' }).ok).toBe(false);
		expect(parseEntityPayload('apkScan', 'patch', { status: 'gedeeld' }).ok).toBe(false);
	});
});
