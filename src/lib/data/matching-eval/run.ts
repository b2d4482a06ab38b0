import type { Offer } from '$lib/shared/matching/catalogue-schema';
import { evaluate, type EvaluationReport } from '$lib/shared/matching/evaluation';
import { matchOffers } from '$lib/shared/matching/match';
import type { MatchOptions, MatchProfile } from '$lib/shared/matching/types';
import { CATALOGUE_MATCH_CONTEXT, DEMO_OFFERS } from '$lib/data/catalogue';
import { PERSONAS } from './personas';

/** The lists the resident page shows, as the evaluation measures them. */
export const EVAL_LISTS: Readonly<Record<string, readonly Offer['kind'][]>> = {
	vacatures: ['vacature'],
	opleidingen: ['opleiding', 'cursus']
};
/** A fixed day, so the figures do not change with the calendar. */
export const EVAL_TODAY = '2026-06-01';

export type Ranker = (profile: MatchProfile, offers: readonly Offer[], options: MatchOptions) => { offer: Offer }[];

/** Runs every persona through a ranker (the current matchOffers by default) and scores it against the judgments. */
export function evaluateMatching(rank: Ranker = matchOffers, offers: readonly Offer[] = DEMO_OFFERS): EvaluationReport {
	const kindOf = new Map(offers.map((o) => [o.id, o.kind] as const));
	const listOf = (id: string) => {
		const kind = kindOf.get(id);
		return Object.entries(EVAL_LISTS).find(([, kinds]) => kind !== undefined && kinds.includes(kind))?.[0];
	};
	return evaluate(
		PERSONAS.map((p) => ({
			personaId: p.id,
			judgments: new Map(Object.entries(p.judgments).map(([id, [grade]]) => [id, grade] as const)),
			rankings: Object.fromEntries(
				Object.entries(EVAL_LISTS).map(([list, kinds]) => [
					list,
					rank(p.profile, offers, { ...CATALOGUE_MATCH_CONTEXT, today: EVAL_TODAY, limit: 20, filters: { kinds } }).map((r) => r.offer.id)
				])
			),
			listOf
		}))
	);
}
