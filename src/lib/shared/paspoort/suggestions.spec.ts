import { describe, expect, it } from 'vitest';
import { occupationById, type Occupation } from '$lib/data/taxonomy';
import { findOccupations } from './skill-search';
import { suggestSkills } from './suggestions';

function occupation(id: string, skillIds: string[]): Occupation {
	return {
		id,
		label: id,
		labelEn: id,
		synonyms: [],
		sector: 'techniek',
		typicalLevel: 'mbo-2',
		description: '',
		skillIds,
		escoUri: null,
		competentNlId: null
	};
}

const fixtures = new Map(
	[
		occupation('lasser', ['lassen', 'tekening-lezen', 'slijpen', 'vca']),
		occupation('monteur', ['monteren', 'tekening-lezen', 'storing', 'vca']),
		occupation('kok', ['koken', 'haccp', 'afwassen', 'plannen'])
	].map((o) => [o.id, o])
);
const lookup = (id: string) => fixtures.get(id);

describe('suggestSkills', () => {
	it('suggests the skills of one occupation in core-first order', () => {
		const suggestions = suggestSkills({ occupationIds: ['kok'], claimedSkillIds: [] }, lookup);
		expect(suggestions).toEqual([
			{ skillId: 'koken', occupationIds: ['kok'] },
			{ skillId: 'haccp', occupationIds: ['kok'] },
			{ skillId: 'afwassen', occupationIds: ['kok'] },
			{ skillId: 'plannen', occupationIds: ['kok'] }
		]);
	});

	it('leaves out skills the resident already claimed', () => {
		const ids = suggestSkills({ occupationIds: ['kok'], claimedSkillIds: ['koken', 'afwassen'] }, lookup).map((s) => s.skillId);
		expect(ids).toEqual(['haccp', 'plannen']);
	});

	it('ranks a skill shared by several occupations above a core skill of only one', () => {
		const suggestions = suggestSkills({ occupationIds: ['lasser', 'monteur'], claimedSkillIds: [] }, lookup);
		expect(suggestions[0]).toEqual({ skillId: 'tekening-lezen', occupationIds: ['lasser', 'monteur'] });
		const ids = suggestions.map((s) => s.skillId);
		expect(ids.slice(1, 3)).toEqual(['lassen', 'monteren']);
		expect(ids.filter((id) => id === 'vca')).toHaveLength(1);
	});

	it('breaks ties in the order the occupations were given', () => {
		const ids = suggestSkills({ occupationIds: ['monteur', 'lasser'], claimedSkillIds: [] }, lookup).map((s) => s.skillId);
		expect(ids.slice(1, 3)).toEqual(['monteren', 'lassen']);
	});

	it('respects the limit and ignores unknown or repeated occupations', () => {
		expect(suggestSkills({ occupationIds: ['onbekend'], claimedSkillIds: [] }, lookup)).toEqual([]);
		expect(suggestSkills({ occupationIds: ['kok', 'kok'], claimedSkillIds: [], limit: 2 }, lookup)).toEqual([
			{ skillId: 'koken', occupationIds: ['kok'] },
			{ skillId: 'haccp', occupationIds: ['kok'] }
		]);
	});

	it('works on the real taxonomy: a logistics job suggests order picking first', () => {
		const suggestions = suggestSkills({ occupationIds: ['logistiek-medewerker'], claimedSkillIds: [] });
		expect(suggestions[0]?.skillId).toBe('orderpicken');
		expect(suggestions).toHaveLength(occupationById('logistiek-medewerker')?.skillIds.length ?? -1);
	});
});

describe('findOccupations', () => {
	it('finds an occupation by label, synonym and with a typo', () => {
		expect(findOccupations('vrachtwagenchauffeur')[0]?.occupation.id).toBe('vrachtwagenchauffeur');
		expect(findOccupations('magazijnmedewerker')[0]).toMatchObject({
			occupation: { id: 'logistiek-medewerker' },
			matchedSynonym: 'magazijnmedewerker'
		});
		expect(findOccupations('verzorgnde')[0]?.occupation.id).toBe('verzorgende-ig');
		expect(findOccupations('elektricien')[0]?.occupation.id).toBe('elektromonteur');
	});

	it('returns nothing for an empty query and one result per occupation', () => {
		expect(findOccupations('  ')).toEqual([]);
		const ids = findOccupations('medewerker', { limit: 50 }).map((r) => r.occupation.id);
		expect(ids.length).toBeGreaterThan(3);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
