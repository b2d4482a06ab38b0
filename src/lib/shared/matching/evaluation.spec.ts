import { describe, expect, it } from 'vitest';
import { evaluate, ndcgAt, precisionAt } from './evaluation';

const j = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('ndcgAt', () => {
	it('is 1 for the ideal order and less when a relevant offer is ranked lower', () => {
		const judgments = j({ a: 3, b: 2, c: 1 });
		expect(ndcgAt(['a', 'b', 'c'], judgments)).toBeCloseTo(1);
		const swapped = ndcgAt(['c', 'b', 'a'], judgments)!;
		expect(swapped).toBeLessThan(1);
		// DCG of [1,2,3] over DCG of [3,2,1], with gain 2^g - 1 and discount log2(i + 2).
		const dcg = (g: number[]) => g.reduce((s, x, i) => s + (2 ** x - 1) / Math.log2(i + 2), 0);
		expect(swapped).toBeCloseTo(dcg([1, 2, 3]) / dcg([3, 2, 1]));
	});

	it('counts unjudged offers as 0 and only looks at the first k', () => {
		const judgments = j({ a: 3 });
		expect(ndcgAt(['x', 'a'], judgments)).toBeCloseTo(1 / Math.log2(3));
		expect(ndcgAt(['x', 'y', 'a'], judgments, 2)).toBe(0);
	});

	it('is null when nothing is relevant', () => {
		expect(ndcgAt(['a'], j({ a: 0 }))).toBeNull();
	});
});

describe('precisionAt', () => {
	it('counts grade 2 and up in the first k, capped by the number of relevant offers', () => {
		const judgments = j({ a: 3, b: 2, c: 1 });
		expect(precisionAt(['a', 'c', 'b', 'x', 'y'], judgments)).toBe(1);
		expect(precisionAt(['x', 'y', 'z', 'w', 'a'], judgments)).toBe(0.5);
		expect(precisionAt(['a', 'b', 'x', 'y', 'z', 'q'], j({ a: 3, b: 3, c: 3, d: 3, e: 3, f: 3 }))).toBe(0.4);
		expect(precisionAt(['a'], j({ a: 1 }))).toBeNull();
	});
});

describe('evaluate', () => {
	it('averages per list and names the worst personas', () => {
		const listOf = (id: string) => (id.startsWith('v') ? 'vacatures' : 'opleidingen');
		const report = evaluate([
			{ personaId: 'good', judgments: j({ v1: 3, o1: 3 }), rankings: { vacatures: ['v1'], opleidingen: ['o1'] }, listOf },
			{ personaId: 'bad', judgments: j({ v1: 3, o1: 3 }), rankings: { vacatures: ['v2', 'v3', 'v4', 'v5', 'v6'], opleidingen: ['o1'] }, listOf }
		]);
		expect(report.lists).toEqual([
			{ list: 'vacatures', personas: 2, ndcg10: 0.5, precision5: 0.5 },
			{ list: 'opleidingen', personas: 2, ndcg10: 1, precision5: 1 }
		]);
		expect(report.worst[0]).toEqual({ personaId: 'bad', ndcg10: 0.5 });
	});
});
