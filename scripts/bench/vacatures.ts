/**
 * "Who fits this vacature": one employer's offer ranked against 10 000 anonymous talentpool cards with the
 * shared matching rules (rankCandidates), timed in Node. The database hands over only cards that hold one of
 * the offer's skills; here every card does, the worst case for the ranking.
 */
import { performance } from 'node:perf_hooks';
import { occupationById } from '../../src/lib/data/taxonomy';
import { rankCandidates, type CandidateOffer } from '../../src/lib/shared/matching/candidates';
import type { TalentCard } from '../../src/lib/shared/talentpool';
import { employerOfferSchema, toCatalogueOffer } from '../../src/lib/shared/vacatures';
import type { Figure } from './sync';

const CARDS = 10_000;
const RUNS = 20;
const BUDGET_MS = 200;

export function benchVacatures(): Figure[] {
	const today = new Date().toISOString().slice(0, 10);
	const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
	const cook = occupationById('kok')!.skillIds;
	const data = employerOfferSchema(today).parse({
		kind: 'vacature',
		title: 'Kok',
		description: 'Koken voor onze gasten.',
		occupationId: 'kok',
		skills: cook.map((id, i) => `${id}:${i < 5 ? 'must' : 'nice'}:2`).join(','),
		level: 'mbo-3',
		hoursMin: '24',
		hoursMax: '36',
		gemeenteId: 'oldenzaal',
		startDate: day(10),
		endDate: day(30)
	});
	const offer = toCatalogueOffer({ id: '00000000-0000-4000-8000-000000000000', organisationId: '00000000-0000-4000-8000-000000000001', data }) as CandidateOffer;
	let seed = 1;
	const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
	const cards = Array.from({ length: CARDS }, (_, i) => {
		const skills = cook.filter(() => random() < 0.4).map((skillId) => ({ skillId, level: 1 + Math.floor(random() * 4), source: 'zelf' as const }));
		const card: TalentCard = { beroepswensen: random() < 0.3 ? ['kok'] : [], skills: skills.length ? skills : [{ skillId: cook[0]!, level: 2, source: 'zelf' }], educationLevel: 'mbo-2', region: 'twente', availability: 'direct', updatedMonth: today.slice(0, 7) };
		return { id: `card-${i}`, card };
	});
	let start = performance.now();
	rankCandidates(offer, cards, { limit: 20 });
	const first = performance.now() - start;
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		start = performance.now();
		rankCandidates(offer, cards, { limit: 20 });
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const p50 = times[Math.floor(RUNS * 0.5)]!;
	const max = times.at(-1)!;
	return [
		{ name: `who fits: 1 vacature × ${CARDS} cards, first call (cold)`, value: `${first.toFixed(1)} ms`, budget: 'n/a', ok: null },
		{ name: `who fits: 1 vacature × ${CARDS} cards, median`, value: `${p50.toFixed(1)} ms`, budget: `< ${BUDGET_MS} ms`, ok: p50 < BUDGET_MS },
		{ name: `who fits: 1 vacature × ${CARDS} cards, slowest of ${RUNS}`, value: `${max.toFixed(1)} ms`, budget: `< ${BUDGET_MS} ms`, ok: max < BUDGET_MS }
	];
}
