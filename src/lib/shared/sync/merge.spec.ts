import { describe, expect, it } from 'vitest';
import { rebase, resolvePatch, stampFields } from './merge';

const current = {
	values: { level: 2, lastUsedYear: 2020 },
	fieldVersions: { level: [5, 'device-a'], lastUsedYear: [3, 'device-b'] } as Record<string, [number, string]>
};

describe('resolvePatch', () => {
	it('keeps a field someone else changed after the writer’s base and reports it', () => {
		expect(resolvePatch(current, { level: 4, lastUsedYear: 2024 }, 4, 'device-b')).toEqual({
			accepted: { lastUsedYear: 2024 },
			conflicts: [{ field: 'level', serverValue: 2, clientValue: 4 }]
		});
	});

	it('accepts when the writer had seen the change, wrote it itself, or proposes the same value', () => {
		expect(resolvePatch(current, { level: 4 }, 5, 'device-b').conflicts).toEqual([]);
		expect(resolvePatch(current, { level: 4 }, 0, 'device-a').conflicts).toEqual([]);
		expect(resolvePatch(current, { level: 2 }, 0, 'device-b')).toEqual({ accepted: { level: 2 }, conflicts: [] });
	});

	it('stamps written fields with the version and writer', () => {
		expect(stampFields(current.fieldVersions, ['level'], 9, 'x')).toEqual({ level: [9, 'x'], lastUsedYear: [3, 'device-b'] });
	});
});

describe('rebase', () => {
	it('replays pending changes over the server state in order', () => {
		expect(rebase({ a: 1, b: 1 }, [{ op: 'patch', patch: { a: 2 } }, { op: 'patch', patch: { b: 3 } }])).toEqual({ a: 2, b: 3 });
		expect(rebase(undefined, [{ op: 'create', patch: { a: 1 } }, { op: 'patch', patch: { a: 2 } }])).toEqual({ a: 2 });
	});

	it('lets a delete win and ignores a patch on a missing record', () => {
		expect(rebase({ a: 1 }, [{ op: 'delete' }, { op: 'patch', patch: { a: 2 } }])).toBeUndefined();
		expect(rebase(undefined, [{ op: 'patch', patch: { a: 2 } }])).toBeUndefined();
	});
});
