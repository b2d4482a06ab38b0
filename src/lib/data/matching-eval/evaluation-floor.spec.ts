import { describe, expect, it } from 'vitest';
import { DEMO_OFFERS } from '$lib/data/catalogue';
import { PERSONAS } from './personas';
import { evaluateMatching } from './run';

/**
 * A floor under the matching quality: a change that quietly makes the ranking worse fails
 * here. The floors sit a little below the figures reached when they were set (vacatures NDCG@10
 * 0.98, P@5 0.99; opleidingen NDCG@10 0.85, P@5 0.83); raise them when matching improves.
 */
const FLOORS = {
	vacatures: { ndcg10: 0.95, precision5: 0.95 },
	opleidingen: { ndcg10: 0.83, precision5: 0.78 }
} as const;

describe('matching evaluation set', () => {
	it('has at least 40 personas, each judging offers that exist, with a reason', () => {
		expect(PERSONAS.length).toBeGreaterThanOrEqual(40);
		const ids = new Set(DEMO_OFFERS.map((o) => o.id));
		expect(new Set(PERSONAS.map((p) => p.id)).size).toBe(PERSONAS.length);
		for (const p of PERSONAS) {
			for (const [offerId, [grade, reason]] of Object.entries(p.judgments)) {
				expect(ids.has(offerId), `${p.id} judges unknown offer ${offerId}`).toBe(true);
				expect([0, 1, 2, 3]).toContain(grade);
				expect(reason.length, `${p.id} ${offerId} needs a reason`).toBeGreaterThan(5);
			}
		}
	});

	it('keeps NDCG@10 and precision@5 per list above their floors', () => {
		const report = evaluateMatching();
		for (const [list, floor] of Object.entries(FLOORS)) {
			const figures = report.lists.find((l) => l.list === list)!;
			expect(figures.personas).toBeGreaterThanOrEqual(35);
			expect(figures.ndcg10, `${list} NDCG@10`).toBeGreaterThanOrEqual(floor.ndcg10);
			expect(figures.precision5, `${list} precision@5`).toBeGreaterThanOrEqual(floor.precision5);
		}
	});
});
