/**
 * Offline evaluation of a ranking against graded relevance judgments. Pure: the bench
 * and a Vitest floor both run it over the personas in src/lib/data/matching-eval.
 *
 * Unjudged offers count as grade 0. NDCG@k uses the gain 2^grade - 1 and the log2(rank + 1)
 * discount; the ideal ordering is the judgments sorted by grade. Precision@k counts offers graded
 * at least `relevantFrom` in the first k, divided by k or by the number of relevant offers when that
 * is smaller (a persona with two relevant vacatures can still score 1).
 */

export type Judgments = ReadonlyMap<string, number>;

const gain = (grade: number) => 2 ** grade - 1;

function dcg(grades: readonly number[], k: number): number {
	let sum = 0;
	for (let i = 0; i < Math.min(k, grades.length); i++) sum += gain(grades[i]!) / Math.log2(i + 2);
	return sum;
}

/** NDCG@k of a ranked list of ids, or null when the judgments hold nothing relevant (nothing to measure). */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k = 10): number | null {
	const ideal = dcg(
		[...judgments.values()].filter((g) => g > 0).sort((a, b) => b - a),
		k
	);
	if (ideal === 0) return null;
	return dcg(
		ranked.map((id) => judgments.get(id) ?? 0),
		k
	) / ideal;
}

/** Precision@k with relevance from `relevantFrom`, capped by the number of relevant offers; null when none is relevant. */
export function precisionAt(ranked: readonly string[], judgments: Judgments, k = 5, relevantFrom = 2): number | null {
	let relevant = 0;
	for (const g of judgments.values()) if (g >= relevantFrom) relevant++;
	if (relevant === 0) return null;
	let hits = 0;
	for (const id of ranked.slice(0, k)) if ((judgments.get(id) ?? 0) >= relevantFrom) hits++;
	return hits / Math.min(k, relevant);
}

export interface PersonaScore {
	personaId: string;
	list: string;
	ndcg10: number;
	precision5: number;
}

export interface EvaluationReport {
	lists: { list: string; personas: number; ndcg10: number; precision5: number }[];
	perPersona: PersonaScore[];
	/** The personas with the lowest mean NDCG@10 over their lists, worst first. */
	worst: { personaId: string; ndcg10: number }[];
}

export interface EvaluationCase {
	personaId: string;
	/** Judgments for every offer, whatever its kind. */
	judgments: Judgments;
	/** The ranked ids per list (e.g. vacatures, opleidingen), as the resident sees them. */
	rankings: Readonly<Record<string, readonly string[]>>;
	/** Which offer ids belong to which list, to keep only the judgments of that list. */
	listOf: (offerId: string) => string | undefined;
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

export function evaluate(cases: readonly EvaluationCase[], worstCount = 5): EvaluationReport {
	const perPersona: PersonaScore[] = [];
	for (const c of cases) {
		for (const [list, ranked] of Object.entries(c.rankings)) {
			const judgments = new Map([...c.judgments].filter(([id]) => c.listOf(id) === list));
			const ndcg10 = ndcgAt(ranked, judgments, 10);
			const precision5 = precisionAt(ranked, judgments, 5);
			if (ndcg10 === null || precision5 === null) continue;
			perPersona.push({ personaId: c.personaId, list, ndcg10, precision5 });
		}
	}
	const listNames = [...new Set(perPersona.map((p) => p.list))];
	const lists = listNames.map((list) => {
		const scores = perPersona.filter((p) => p.list === list);
		return { list, personas: scores.length, ndcg10: mean(scores.map((s) => s.ndcg10)), precision5: mean(scores.map((s) => s.precision5)) };
	});
	const byPersona = new Map<string, number[]>();
	for (const p of perPersona) byPersona.set(p.personaId, [...(byPersona.get(p.personaId) ?? []), p.ndcg10]);
	const worst = [...byPersona]
		.map(([personaId, values]) => ({ personaId, ndcg10: mean(values) }))
		.sort((a, b) => a.ndcg10 - b.ndcg10 || (a.personaId < b.personaId ? -1 : 1))
		.slice(0, worstCount);
	return { lists, perPersona, worst };
}
