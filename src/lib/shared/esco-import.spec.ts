import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OCCUPATIONS, SKILLS } from '$lib/data/taxonomy';
import { ESCO_COLUMNS, essentialSkillsOf, parseEscoFile, suggestMatches, type EscoConcept, type OurItem } from './esco-import';

const fixture = (name: string) => readFileSync(`e2e/fixtures/esco/${name}`, 'utf8');
const SKILL = (n: number) => `http://data.europa.eu/esco/skill/3a0c5d1e-6b7f-4c2a-9d8e-1f2a3b4c5d0${n}`;
const OCCUPATION = (n: number) => `http://data.europa.eu/esco/occupation/7b1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e0${n}`;

function concepts(name: string): EscoConcept[] {
	const parsed = parseEscoFile(fixture(name));
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.concepts;
}

describe('ESCO import: reading the official files', () => {
	it('tells the three files apart by their header and reads labels over several lines', () => {
		const skills = parseEscoFile(fixture('skills_nl.csv'));
		expect(skills).toMatchObject({ ok: true, kind: 'skills', rows: 5, errors: [] });
		if (!skills.ok) return;
		expect(skills.concepts[0]).toEqual({ row: 2, uri: SKILL(1), preferredLabel: 'heftruck rijden', altLabels: ['vorkheftruck besturen', 'heftruck besturen'] });
		expect(skills.concepts.map((c) => c.row)).toEqual([2, 3, 4, 5, 6]);

		expect(parseEscoFile(fixture('skills_en.csv'))).toMatchObject({ ok: true, kind: 'skills', rows: 3, errors: [] });
		const occupations = parseEscoFile(fixture('occupations_nl.csv'));
		expect(occupations).toMatchObject({ ok: true, kind: 'occupations', rows: 2, errors: [] });
		if (occupations.ok) expect(occupations.concepts[1]).toMatchObject({ uri: OCCUPATION(2), preferredLabel: 'magazijnmedewerker', altLabels: ['orderpicker', 'magazijnier'] });
		const relations = parseEscoFile(fixture('occupationSkillRelations_nl.csv'));
		expect(relations).toMatchObject({ ok: true, kind: 'relations', rows: 5, errors: [] });
		if (relations.ok) expect(relations.relations[2]).toEqual({ row: 4, occupationUri: OCCUPATION(1), skillUri: SKILL(1), relationType: 'optional' });
	});

	it('the fixtures have exactly the official header', () => {
		const header = (name: string) => fixture(name).split('\n')[0]!.split(',');
		expect(header('skills_nl.csv')).toEqual([...ESCO_COLUMNS.skills]);
		expect(header('skills_en.csv')).toEqual([...ESCO_COLUMNS.skills]);
		expect(header('occupations_nl.csv')).toEqual([...ESCO_COLUMNS.occupations]);
		expect(header('occupationSkillRelations_nl.csv')).toEqual([...ESCO_COLUMNS.relations]);
	});

	it('reports every problem of a row with its column, as message keys', () => {
		const parsed = parseEscoFile(fixture('skills_nl_fouten.csv'));
		expect(parsed).toMatchObject({ ok: true, kind: 'skills', rows: 4 });
		if (!parsed.ok) return;
		expect(parsed.errors).toEqual([
			{ row: 3, label: 'orderpicken', issues: [{ field: 'conceptUri', key: 'esco_error_skill_uri' }] },
			{ row: 4, label: SKILL(3), issues: [{ field: 'preferredLabel', key: 'esco_error_required' }] },
			{ row: 5, label: 'heftruck besturen', issues: [{ field: 'conceptUri', key: 'esco_error_duplicate', params: { row: '2' } }] }
		]);
		expect(parsed.concepts.map((c) => c.row)).toEqual([2]);
	});

	it('checks the concept type, the kind of URI and the relation type', () => {
		const header = ESCO_COLUMNS.occupations.join(',');
		const occupations = parseEscoFile(`${header}\nKnowledgeSkillCompetence,${SKILL(1)},8332,chauffeur,,,released,,,,,,,\n`);
		expect(occupations.ok && occupations.errors[0]!.issues).toEqual([
			{ field: 'conceptUri', key: 'esco_error_occupation_uri' },
			{ field: 'conceptType', key: 'esco_error_concept_type', params: { expected: 'Occupation' } }
		]);
		const relations = parseEscoFile(`${ESCO_COLUMNS.relations.join(',')}\n${SKILL(1)},required,skill/competence,\n`);
		expect(relations.ok && relations.errors[0]!.issues).toEqual([
			{ field: 'occupationUri', key: 'esco_error_occupation_uri' },
			{ field: 'skillUri', key: 'esco_error_required' },
			{ field: 'relationType', key: 'esco_error_relation_type' }
		]);
	});

	it('refuses what is not one of the official files', () => {
		expect(parseEscoFile('')).toEqual({ ok: false, problem: 'empty' });
		expect(parseEscoFile('\uFEFF  \n')).toEqual({ ok: false, problem: 'empty' });
		expect(parseEscoFile('id,kind,title\nx,cursus,VCA\n')).toEqual({ ok: false, problem: 'unknown-kind' });
		expect(parseEscoFile(`${ESCO_COLUMNS.skills.join(',')}\n`)).toEqual({ ok: false, problem: 'empty' });
		expect(parseEscoFile(`${ESCO_COLUMNS.relations.join(',')}\n"${OCCUPATION(1)},essential\n`)).toEqual({ ok: false, problem: 'bad-csv' });
	});
});

describe('ESCO import: suggesting matches', () => {
	const ours: OurItem[] = [
		{ id: 'heftruck-rijden', label: 'Heftruck rijden', labelEn: 'Forklift driving', synonyms: ['vorkheftruck'] },
		{ id: 'orderpicken', label: 'Orders verzamelen', labelEn: 'Order picking', synonyms: ['orderpicken', 'picken'] },
		{ id: 'laden-lossen', label: 'Laden en lossen', labelEn: 'Loading and unloading', synonyms: ['lossen', 'beladen'] },
		{ id: 'lading-zekeren', label: 'Lading zekeren', labelEn: 'Securing loads', synonyms: [] },
		{ id: 'breien', label: 'Breien', labelEn: 'Knitting', synonyms: ['handwerken'] }
	];

	it('scores a Dutch file: label 100, synonym 95, alternative label 90, shared words at most 70', () => {
		const suggestions = suggestMatches(ours, concepts('skills_nl.csv'));
		expect(suggestions).toEqual([
			{ ourId: 'heftruck-rijden', uri: SKILL(1), escoLabel: 'heftruck rijden', score: 100, reason: { match: 'preferred', via: 'label', ours: 'Heftruck rijden', theirs: 'heftruck rijden' } },
			{ ourId: 'orderpicken', uri: SKILL(2), escoLabel: 'orderpicken', score: 95, reason: { match: 'preferred', via: 'synonym', ours: 'orderpicken', theirs: 'orderpicken' } },
			{ ourId: 'laden-lossen', uri: SKILL(3), escoLabel: 'goederen laden', score: 90, reason: { match: 'alt', via: 'label', ours: 'Laden en lossen', theirs: 'laden en lossen' } },
			{ ourId: 'lading-zekeren', uri: SKILL(4), escoLabel: 'lading zekeren in vrachtwagens', score: 56, reason: { match: 'tokens', via: 'label', ours: 'Lading zekeren', theirs: 'lading zekeren in vrachtwagens', tokens: ['lading', 'zekeren'] } }
		]);
		for (const s of suggestions) expect(s.score).toBeLessThanOrEqual(100);
	});

	it('matches an English file on our English labels, and a synonym on an alternative label at 85', () => {
		const suggestions = suggestMatches(ours, concepts('skills_en.csv'));
		expect(suggestions.map((s) => [s.ourId, s.uri, s.score, s.reason.match])).toEqual([
			['heftruck-rijden', SKILL(1), 100, 'preferred'],
			['orderpicken', SKILL(2), 90, 'alt']
		]);
		const viaSynonym = suggestMatches([{ id: 'x', label: 'Iets anders', labelEn: '', synonyms: ['Vorkheftruck besturen'] }], concepts('skills_nl.csv'));
		expect(viaSynonym).toEqual([{ ourId: 'x', uri: SKILL(1), escoLabel: 'heftruck rijden', score: 85, reason: { match: 'alt', via: 'synonym', ours: 'Vorkheftruck besturen', theirs: 'vorkheftruck besturen' } }]);
	});

	it('folds accents and case, and ignores small words when counting shared words', () => {
		const file: EscoConcept[] = [
			{ row: 2, uri: SKILL(7), preferredLabel: 'hygiene toepassen', altLabels: [] },
			{ row: 3, uri: SKILL(8), preferredLabel: 'werken in de zorg', altLabels: [] }
		];
		expect(suggestMatches([{ id: 'h', label: 'Hygiëne toepassen', labelEn: '', synonyms: [] }], file)[0]).toMatchObject({ uri: SKILL(7), score: 100 });
		expect(suggestMatches([{ id: 'z', label: 'In de keuken', labelEn: '', synonyms: [] }], file)).toEqual([]);
	});

	it('finds our real occupations in the Dutch occupations file', () => {
		const suggestions = suggestMatches(OCCUPATIONS, concepts('occupations_nl.csv'));
		expect(suggestions.find((s) => s.ourId === 'vrachtwagenchauffeur')).toMatchObject({ uri: OCCUPATION(1), score: 100 });
		expect(suggestions.find((s) => s.ourId === 'orderpicker')).toMatchObject({ uri: OCCUPATION(2), score: 90 });
		expect(suggestMatches(SKILLS, concepts('skills_nl.csv')).find((s) => s.ourId === 'heftruck-rijden')).toMatchObject({ uri: SKILL(1), score: 100 });
	});
});

describe('ESCO import: essential skills of an occupation', () => {
	it('lists the essential skills that map to ours, in file order, each once', () => {
		const parsed = parseEscoFile(fixture('occupationSkillRelations_nl.csv'));
		if (!parsed.ok) throw new Error(parsed.problem);
		const mapping = [
			{ kind: 'skill' as const, ourId: 'lading-zekeren', escoUri: SKILL(4) },
			{ kind: 'skill' as const, ourId: 'heftruck-rijden', escoUri: SKILL(1) },
			{ kind: 'occupation' as const, ourId: 'vrachtwagenchauffeur', escoUri: OCCUPATION(1) }
		];
		// SKILL(3) is essential but not mapped; SKILL(1) is only optional for the driver.
		expect(essentialSkillsOf(OCCUPATION(1), parsed.relations, mapping)).toEqual(['lading-zekeren']);
		expect(essentialSkillsOf(OCCUPATION(2), [...parsed.relations, ...parsed.relations], mapping)).toEqual(['heftruck-rijden']);
		expect(essentialSkillsOf(OCCUPATION(3), parsed.relations, mapping)).toEqual([]);
	});
});
