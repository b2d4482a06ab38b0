import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apkAnswerId, apkPlanItemId, derivedId } from './record-ids';

describe('derived record ids', () => {
	it('are the same for the same parts on any device, and valid UUIDs for sync', async () => {
		const a = await apkAnswerId('0190a6c4-0000-7000-8000-000000000001', 'werkvermogen.nu');
		expect(await apkAnswerId('0190a6c4-0000-7000-8000-000000000001', 'werkvermogen.nu')).toBe(a);
		expect(z.uuid().safeParse(a).success).toBe(true);
	});

	it('differ per question, per scan and per kind of record', async () => {
		const scan = '0190a6c4-0000-7000-8000-000000000001';
		const ids = new Set([
			await apkAnswerId(scan, 'a'),
			await apkAnswerId(scan, 'b'),
			await apkAnswerId('0190a6c4-0000-7000-8000-000000000002', 'a'),
			await apkPlanItemId(scan, 'a')
		]);
		expect(ids.size).toBe(4);
	});

	it('does not let parts run into each other', async () => {
		expect(await derivedId('ab', 'c')).not.toBe(await derivedId('a', 'bc'));
	});
});
