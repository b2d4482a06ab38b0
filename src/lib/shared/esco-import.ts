import Papa from 'papaparse';
import { z } from 'zod';
import { normalizeTerm } from '$lib/data/taxonomy/normalize';

/**
 * ESCO import: the official CSV files of the European classification (skills_<lang>.csv,
 * occupations_<lang>.csv, occupationSkillRelations_<lang>.csv, as in the ESCO v1.1/v1.2 download) read and
 * checked row by row, and matched with our own skills and occupations by label and synonym. Pure: the
 * server stores the suggestions, and a beheerder confirms each one before it becomes a standard id.
 */

export const ESCO_FILE_KINDS = ['skills', 'occupations', 'relations'] as const;
export type EscoFileKind = (typeof ESCO_FILE_KINDS)[number];
export type OurKind = 'skill' | 'occupation';

/** The columns of the official files, in their order; the page documents them. */
export const ESCO_COLUMNS: Record<EscoFileKind, readonly string[]> = {
	skills: ['conceptType', 'conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'modifiedDate', 'scopeNote', 'definition', 'inScheme', 'description'],
	occupations: [
		'conceptType',
		'conceptUri',
		'iscoGroup',
		'preferredLabel',
		'altLabels',
		'hiddenLabels',
		'status',
		'modifiedDate',
		'regulatedProfessionNote',
		'scopeNote',
		'definition',
		'inScheme',
		'description',
		'code'
	],
	relations: ['occupationUri', 'relationType', 'skillType', 'skillUri']
};

/** The columns the import reads; a file without them is not one of the official files. */
const REQUIRED_COLUMNS: Record<EscoFileKind, readonly string[]> = {
	skills: ['conceptUri', 'skillType', 'preferredLabel', 'altLabels'],
	occupations: ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels'],
	relations: ['occupationUri', 'relationType', 'skillUri']
};

export const MAX_ESCO_ROWS = 20_000;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const ESCO_URI: Record<OurKind, RegExp> = {
	skill: new RegExp(`^http://data\\.europa\\.eu/esco/skill/${UUID}$`),
	occupation: new RegExp(`^http://data\\.europa\\.eu/esco/occupation/${UUID}$`)
};
const CONCEPT_TYPE: Record<OurKind, string> = { skill: 'KnowledgeSkillCompetence', occupation: 'Occupation' };
export const RELATION_TYPES = ['essential', 'optional'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A message key with its parameters; the server words it in the person's language. */
export interface EscoIssue {
	/** The column the problem is in. */
	field: string;
	key: string;
	params?: Record<string, string>;
}

export interface EscoRowError {
	/** The row in a spreadsheet: the header is row 1. A label over several lines stays one row. */
	row: number;
	/** What the row is called, so the person finds it: its label or URI, or nothing. */
	label: string;
	issues: EscoIssue[];
}

export interface EscoConcept {
	row: number;
	uri: string;
	preferredLabel: string;
	altLabels: string[];
}

export interface EscoRelation {
	row: number;
	occupationUri: string;
	skillUri: string;
	relationType: RelationType;
}

export type EscoFileProblem = 'empty' | 'bad-csv' | 'unknown-kind' | 'too-many-rows';

export type EscoParsed =
	| { ok: true; kind: 'skills' | 'occupations'; rows: number; concepts: EscoConcept[]; relations: []; errors: EscoRowError[] }
	| { ok: true; kind: 'relations'; rows: number; concepts: []; relations: EscoRelation[]; errors: EscoRowError[] }
	| { ok: false; problem: EscoFileProblem };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Which official file the header belongs to, or null. */
export function escoFileKind(header: readonly string[]): EscoFileKind | null {
	const columns = new Set(header.map((h) => h.trim()));
	return ESCO_FILE_KINDS.find((kind) => REQUIRED_COLUMNS[kind].every((c) => columns.has(c))) ?? null;
}

/** altLabels hold one label per line (some exports use `|`); empty ones are dropped, doubles kept once. */
function labelList(value: string): string[] {
	return [...new Set(value.split(/[\n|]/).map((label) => label.trim()).filter((label) => label !== ''))];
}

function conceptRows(records: Record<string, string>[], kind: 'skills' | 'occupations'): { concepts: EscoConcept[]; errors: EscoRowError[] } {
	const ours: OurKind = kind === 'skills' ? 'skill' : 'occupation';
	const seen = new Map<string, number>();
	const concepts: EscoConcept[] = [];
	const errors: EscoRowError[] = [];
	records.forEach((values, i) => {
		const row = i + 2;
		const uri = (values.conceptUri ?? '').trim();
		const preferredLabel = (values.preferredLabel ?? '').trim();
		const conceptType = (values.conceptType ?? '').trim();
		const issues: EscoIssue[] = [];
		if (uri === '') issues.push({ field: 'conceptUri', key: 'esco_error_required' });
		else if (!ESCO_URI[ours].test(uri)) issues.push({ field: 'conceptUri', key: ours === 'skill' ? 'esco_error_skill_uri' : 'esco_error_occupation_uri' });
		else if (seen.has(uri)) issues.push({ field: 'conceptUri', key: 'esco_error_duplicate', params: { row: String(seen.get(uri)) } });
		else seen.set(uri, row);
		if (conceptType !== '' && conceptType !== CONCEPT_TYPE[ours]) issues.push({ field: 'conceptType', key: 'esco_error_concept_type', params: { expected: CONCEPT_TYPE[ours] } });
		if (preferredLabel === '') issues.push({ field: 'preferredLabel', key: 'esco_error_required' });
		else if (preferredLabel.length > 300) issues.push({ field: 'preferredLabel', key: 'esco_error_too_long' });
		if (issues.length > 0) errors.push({ row, label: preferredLabel.slice(0, 120) || uri.slice(0, 120), issues });
		else concepts.push({ row, uri, preferredLabel, altLabels: labelList(values.altLabels ?? '').filter((label) => label.length <= 300) });
	});
	return { concepts, errors };
}

function relationRows(records: Record<string, string>[]): { relations: EscoRelation[]; errors: EscoRowError[] } {
	const relations: EscoRelation[] = [];
	const errors: EscoRowError[] = [];
	records.forEach((values, i) => {
		const row = i + 2;
		const occupationUri = (values.occupationUri ?? '').trim();
		const skillUri = (values.skillUri ?? '').trim();
		const relationType = (values.relationType ?? '').trim();
		const issues: EscoIssue[] = [];
		if (occupationUri === '') issues.push({ field: 'occupationUri', key: 'esco_error_required' });
		else if (!ESCO_URI.occupation.test(occupationUri)) issues.push({ field: 'occupationUri', key: 'esco_error_occupation_uri' });
		if (skillUri === '') issues.push({ field: 'skillUri', key: 'esco_error_required' });
		else if (!ESCO_URI.skill.test(skillUri)) issues.push({ field: 'skillUri', key: 'esco_error_skill_uri' });
		if (!(RELATION_TYPES as readonly string[]).includes(relationType)) issues.push({ field: 'relationType', key: 'esco_error_relation_type' });
		if (issues.length > 0) errors.push({ row, label: occupationUri.slice(0, 120), issues });
		else relations.push({ row, occupationUri, skillUri, relationType: relationType as RelationType });
	});
	return { relations, errors };
}

/** Reads one of the official ESCO CSV files; which one it is follows from its header. */
export function parseEscoFile(text: string): EscoParsed {
	const clean = text.replace(/^\uFEFF/, '').replace(CONTROL, '');
	if (clean.trim() === '') return { ok: false, problem: 'empty' };
	const result = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimiter: ',' });
	if (result.errors.some((e) => e.type === 'Quotes')) return { ok: false, problem: 'bad-csv' };
	const [head, ...body] = result.data;
	if (!head) return { ok: false, problem: 'empty' };
	const header = head.map((h) => h.trim());
	const kind = escoFileKind(header);
	if (!kind) return { ok: false, problem: 'unknown-kind' };
	if (body.length === 0) return { ok: false, problem: 'empty' };
	if (body.length > MAX_ESCO_ROWS) return { ok: false, problem: 'too-many-rows' };
	const records = body.map((cells) => Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])));
	if (kind === 'relations') {
		const { relations, errors } = relationRows(records);
		return { ok: true, kind, rows: records.length, concepts: [], relations, errors };
	}
	const { concepts, errors } = conceptRows(records, kind);
	return { ok: true, kind, rows: records.length, concepts, relations: [], errors };
}

/** One of our skills or occupations, as the matcher sees it. */
export interface OurItem {
	id: string;
	label: string;
	labelEn: string;
	synonyms: readonly string[];
}

/** Why a suggestion was made, as data: which of our words met which of ESCO's. */
export interface MatchReason {
	/** `preferred` / `alt`: a whole label equal after normalising; `tokens`: shared words only. */
	match: 'preferred' | 'alt' | 'tokens';
	/** Our side: the label (Dutch or English) or one of the synonyms. */
	via: 'label' | 'synonym';
	ours: string;
	theirs: string;
	/** The shared words, for `tokens`. */
	tokens?: string[];
}

export interface Suggestion {
	ourId: string;
	uri: string;
	escoLabel: string;
	score: number;
	reason: MatchReason;
}

export const SCORES = { preferred: 100, preferredSynonym: 95, alt: 90, altSynonym: 85, tokensMax: 70 } as const;
/** Below this a shared word is a coincidence more often than not; no suggestion is made. */
export const MIN_SCORE = 35;

/** Words too short or too common to say two labels mean the same. */
const STOP_WORDS = new Set([
	'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'met', 'in', 'op', 'aan', 'te', 'bij', 'naar', 'om', 'uit', 'tot',
	'the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'in', 'on', 'to', 'at', 'by', 'from'
]);

function tokens(text: string): Set<string> {
	return new Set(
		normalizeTerm(text)
			.split(' ')
			.filter((t) => t.length > 2 && !STOP_WORDS.has(t))
	);
}

interface Term {
	text: string;
	via: MatchReason['via'];
}

function termsOf(item: OurItem): Term[] {
	const terms: Term[] = [{ text: item.label, via: 'label' }];
	if (item.labelEn) terms.push({ text: item.labelEn, via: 'label' });
	for (const synonym of item.synonyms) terms.push({ text: synonym, via: 'synonym' });
	return terms.filter((t) => normalizeTerm(t.text) !== '');
}

/**
 * The best ESCO concept for each of our items, if any scores at least MIN_SCORE: a preferred label equal to
 * our label 100 (95 through one of our synonyms), an alternative label 90 (85), else shared words up to 70.
 * Our Dutch and English labels both count, so a Dutch and an English file each find their matches.
 * The order of `ourItems` is kept; a tie goes to the concept that comes first in the file.
 */
export function suggestMatches(ourItems: readonly OurItem[], concepts: readonly EscoConcept[]): Suggestion[] {
	const preferred = new Map<string, EscoConcept>();
	const alt = new Map<string, { concept: EscoConcept; label: string }>();
	const byToken = new Map<string, number[]>();
	const conceptTokens = concepts.map((c) => tokens(c.preferredLabel));
	concepts.forEach((concept, i) => {
		const key = normalizeTerm(concept.preferredLabel);
		if (!preferred.has(key)) preferred.set(key, concept);
		for (const label of concept.altLabels) {
			const altKey = normalizeTerm(label);
			if (altKey !== '' && !alt.has(altKey)) alt.set(altKey, { concept, label });
		}
		for (const token of conceptTokens[i]!) byToken.set(token, [...(byToken.get(token) ?? []), i]);
	});

	const out: Suggestion[] = [];
	for (const item of ourItems) {
		let best: Suggestion | null = null;
		for (const term of termsOf(item)) {
			const key = normalizeTerm(term.text);
			const exact = preferred.get(key);
			if (exact) best = better(best, { ourId: item.id, uri: exact.uri, escoLabel: exact.preferredLabel, score: term.via === 'label' ? SCORES.preferred : SCORES.preferredSynonym, reason: { match: 'preferred', via: term.via, ours: term.text, theirs: exact.preferredLabel } });
			const viaAlt = alt.get(key);
			if (viaAlt) best = better(best, { ourId: item.id, uri: viaAlt.concept.uri, escoLabel: viaAlt.concept.preferredLabel, score: term.via === 'label' ? SCORES.alt : SCORES.altSynonym, reason: { match: 'alt', via: term.via, ours: term.text, theirs: viaAlt.label } });
		}
		if (!best) {
			// Shared words between our labels (not synonyms: they are often a single brand or abbreviation) and the preferred label.
			for (const term of termsOf(item).filter((t) => t.via === 'label')) {
				const ours = tokens(term.text);
				const candidates = new Set([...ours].flatMap((t) => byToken.get(t) ?? []));
				for (const i of [...candidates].sort((a, b) => a - b)) {
					const theirs = conceptTokens[i]!;
					const shared = [...ours].filter((t) => theirs.has(t));
					const score = Math.floor((SCORES.tokensMax * 2 * shared.length) / (ours.size + theirs.size));
					if (score < MIN_SCORE) continue;
					const concept = concepts[i]!;
					best = better(best, { ourId: item.id, uri: concept.uri, escoLabel: concept.preferredLabel, score, reason: { match: 'tokens', via: term.via, ours: term.text, theirs: concept.preferredLabel, tokens: shared } });
				}
			}
		}
		if (best) out.push(best);
	}
	return out;
}

function better(best: Suggestion | null, candidate: Suggestion): Suggestion {
	return !best || candidate.score > best.score ? candidate : best;
}

/** A confirmed standard id of one of ours. */
export interface MappingEntry {
	kind: OurKind;
	ourId: string;
	escoUri: string;
}

/**
 * The essential skills of an ESCO occupation that map to our skills, as our skill ids in the order of the
 * relations file, each once. Optional skills and ESCO skills we have no mapping for are left out.
 */
export function essentialSkillsOf(occupationUri: string, relations: readonly Pick<EscoRelation, 'occupationUri' | 'skillUri' | 'relationType'>[], mapping: readonly MappingEntry[]): string[] {
	const ours = new Map<string, string>();
	for (const entry of mapping) if (entry.kind === 'skill' && !ours.has(entry.escoUri)) ours.set(entry.escoUri, entry.ourId);
	const out = new Set<string>();
	for (const relation of relations) {
		if (relation.occupationUri !== occupationUri || relation.relationType !== 'essential') continue;
		const id = ours.get(relation.skillUri);
		if (id) out.add(id);
	}
	return [...out];
}

/** The page's forms: one suggestion (confirm, reject), one confirmed item (undo). */
export const escoSuggestionFormSchema = z.object({ id: z.uuid() });
export const escoUndoFormSchema = z.object({
	kind: z.enum(['skill', 'occupation']),
	ourId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/)
});
export const escoConfirmAllFormSchema = z.object({});
