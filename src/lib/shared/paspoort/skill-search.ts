import MiniSearch from 'minisearch';
import { normalizeTerm, OCCUPATIONS, SKILLS, type Occupation, type Skill } from '$lib/data/taxonomy';

export type SearchLocale = 'nl' | 'en';

export interface SearchOptions {
	/** Most results to return; the picker on a phone shows about ten. */
	limit?: number;
	locale?: SearchLocale;
}

/** Where a searchable text came from; it decides the weight and whether we report it back. */
export type TermKind = 'label' | 'synonym' | 'labelEn';

export interface SearchableTerm {
	text: string;
	kind: TermKind;
}

export interface TermHit<T> {
	item: T;
	score: number;
	/** The synonym that matched best, when it was a synonym rather than the label. */
	matchedSynonym?: string;
}

export interface TermSearch<T> {
	search(query: string, options?: SearchOptions): TermHit<T>[];
}

interface TermDocument {
	id: number;
	itemId: string;
	text: string;
	kind: TermKind;
}

const DEFAULT_LIMIT = 10;

/**
 * A resident typing Dutch still finds a skill by its English label, and the other way round,
 * but the labels of their own language rank first.
 */
const KIND_WEIGHT: Record<SearchLocale, Record<TermKind, number>> = {
	nl: { label: 1, synonym: 0.9, labelEn: 0.5 },
	en: { labelEn: 1, label: 0.7, synonym: 0.6 }
};

/** One typo in short words, two in long ones: "heftruk", "excell", "verpleegkundge". */
function fuzziness(term: string): number {
	if (term.length < 4) return 0;
	return term.length < 8 ? 1 : 2;
}

function processTerm(term: string): string | null {
	const normalized = normalizeTerm(term);
	return normalized === '' ? null : normalized;
}

/**
 * Builds a typo-tolerant index in which every label and synonym is its own small document.
 * Short documents make an exact synonym hit ("vorkheftruck") outrank a long label that merely
 * contains the word, and tell us which synonym matched. Results are folded back to one per item.
 */
export function createTermSearch<T extends { id: string }>(
	items: readonly T[],
	termsOf: (item: T) => readonly SearchableTerm[]
): TermSearch<T> {
	const byId = new Map(items.map((item) => [item.id, item]));
	const documents: TermDocument[] = [];
	for (const item of items) {
		for (const term of termsOf(item)) {
			documents.push({ id: documents.length, itemId: item.id, text: term.text, kind: term.kind });
		}
	}

	const index = new MiniSearch<TermDocument>({
		fields: ['text'],
		storeFields: ['itemId', 'text', 'kind'],
		processTerm
	});
	index.addAll(documents);

	return {
		search(query, options = {}) {
			if (normalizeTerm(query) === '') return [];
			const weights = KIND_WEIGHT[options.locale ?? 'nl'];
			const searchOptions = {
				prefix: (term: string) => term.length >= 2,
				fuzzy: fuzziness,
				boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
					weights[(stored?.kind as TermKind | undefined) ?? 'label']
			};
			// Every word must match when possible; a query with one unknown word still finds the rest.
			let results = index.search(query, { ...searchOptions, combineWith: 'AND' });
			if (results.length === 0) results = index.search(query, { ...searchOptions, combineWith: 'OR' });

			const best = new Map<string, TermHit<T>>();
			for (const result of results) {
				const item = byId.get(result.itemId as string);
				if (!item || best.has(item.id)) continue;
				// Results arrive sorted by score, so the first document per item is its best match.
				const hit: TermHit<T> = { item, score: result.score };
				if (result.kind === 'synonym') hit.matchedSynonym = result.text as string;
				best.set(item.id, hit);
			}
			return [...best.values()].slice(0, options.limit ?? DEFAULT_LIMIT);
		}
	};
}

export interface SkillSearchResult {
	skill: Skill;
	score: number;
	matchedSynonym?: string;
}

export interface SkillSearch {
	search(query: string, options?: SearchOptions): SkillSearchResult[];
}

function skillTerms(skill: Skill): SearchableTerm[] {
	return [
		{ text: skill.label, kind: 'label' },
		{ text: skill.labelEn, kind: 'labelEn' },
		...skill.synonyms.map((text) => ({ text, kind: 'synonym' as const }))
	];
}

/** Builds the offline skill index once per picker; a few hundred skills index in milliseconds. */
export function createSkillSearch(skills: readonly Skill[] = SKILLS): SkillSearch {
	const terms = createTermSearch(skills, skillTerms);
	return {
		search(query, options) {
			return terms.search(query, options).map(({ item, score, matchedSynonym }) =>
				matchedSynonym === undefined ? { skill: item, score } : { skill: item, score, matchedSynonym }
			);
		}
	};
}

export interface OccupationSearchResult {
	occupation: Occupation;
	score: number;
	matchedSynonym?: string;
}

let occupationIndex: TermSearch<Occupation> | undefined;

/** Occupations never change at run time, so the index is built on first use and kept. */
function occupationSearch(): TermSearch<Occupation> {
	occupationIndex ??= createTermSearch(OCCUPATIONS, (occupation) => [
		{ text: occupation.label, kind: 'label' },
		{ text: occupation.labelEn, kind: 'labelEn' },
		...occupation.synonyms.map((text) => ({ text, kind: 'synonym' as const }))
	]);
	return occupationIndex;
}

/** Finds the occupation for a werkervaring entry from what the resident types, typos included. */
export function findOccupations(query: string, options?: SearchOptions): OccupationSearchResult[] {
	return occupationSearch()
		.search(query, options)
		.map(({ item, score, matchedSynonym }) =>
			matchedSynonym === undefined ? { occupation: item, score } : { occupation: item, score, matchedSynonym }
		);
}
