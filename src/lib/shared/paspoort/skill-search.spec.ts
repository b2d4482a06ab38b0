import { describe, expect, it } from 'vitest';
import type { Skill } from '$lib/data/taxonomy';
import { createSkillSearch } from './skill-search';

const search = createSkillSearch();

function topId(query: string, locale?: 'nl' | 'en'): string | undefined {
	return search.search(query, { locale })[0]?.skill.id;
}

describe('createSkillSearch', () => {
	it('returns nothing for an empty or blank query', () => {
		expect(search.search('')).toEqual([]);
		expect(search.search('   ')).toEqual([]);
		expect(search.search(' - ')).toEqual([]);
	});

	it('finds a skill by its Dutch label', () => {
		expect(topId('zorgplan')).toBe('werken-met-zorgplan');
		expect(topId('Heftruck rijden')).toBe('heftruck-rijden');
	});

	it('forgives a typo', () => {
		expect(topId('heftruk')).toBe('heftruck-rijden');
		expect(topId('excell')).toBe('microsoft-excel');
		expect(topId('verzorgen wondn')).toBe('wondverzorging');
	});

	it('finds a skill by a synonym and reports which synonym matched', () => {
		const [first] = search.search('vorkheftruck');
		expect(first?.skill.id).toBe('heftruck-rijden');
		expect(first?.matchedSynonym).toBe('vorkheftruck');
		expect(topId('reachtruck')).toBe('heftruck-rijden');
		expect(topId('EHBO')).toBe('eerste-hulp');
	});

	it('does not report a synonym when the label itself matched', () => {
		const [first] = search.search('Heftruck rijden');
		expect(first?.matchedSynonym).toBeUndefined();
	});

	it('completes a word that is still being typed', () => {
		expect(topId('heftr')).toBe('heftruck-rijden');
		expect(topId('orderpi')).toBe('orderpicken');
	});

	it('ignores case and accents', () => {
		expect(topId('HYGIENE')).toBe('hygienisch-werken');
		expect(topId('hygiëne')).toBe('hygienisch-werken');
		expect(topId('clientdossier')).toBe('rapporteren-clientdossier');
	});

	it('returns each skill once, best first, within the limit', () => {
		const results = search.search('lassen', { limit: 5 });
		expect(results.length).toBeGreaterThan(1);
		expect(results.length).toBeLessThanOrEqual(5);
		const ids = results.map((r) => r.skill.id);
		expect(new Set(ids).size).toBe(ids.length);
		const scores = results.map((r) => r.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('ranks an exact synonym above a label that only contains the word', () => {
		const ids = search.search('kassa').map((r) => r.skill.id);
		expect(ids.indexOf('afrekenen-kassa')).toBeLessThan(ids.indexOf('kassa-afsluiten'));
	});

	it('finds skills by their English label, first in the English locale', () => {
		expect(topId('forklift', 'en')).toBe('heftruck-rijden');
		expect(topId('first aid', 'en')).toBe('eerste-hulp');
	});

	it('still finds a skill when one word of the query matches nothing', () => {
		expect(topId('heftruck qwxz')).toBe('heftruck-rijden');
	});

	it('searches only the skills it was given', () => {
		const only: Skill[] = [
			{ id: 'breien', label: 'Breien', labelEn: 'Knitting', synonyms: ['handwerken'], category: 'vakkennis', escoUri: null, competentNlId: null }
		];
		const small = createSkillSearch(only);
		expect(small.search('heftruck')).toEqual([]);
		expect(small.search('handwerk')[0]?.skill.id).toBe('breien');
	});
});
