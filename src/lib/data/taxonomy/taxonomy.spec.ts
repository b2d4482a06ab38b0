import { describe, expect, it } from 'vitest';
import { GEMEENTEN, WOONPLAATS_OPTIONS, isGemeenteId, isWoonplaatsId } from '$lib/data/gemeenten';
import {
	OCCUPATIONS,
	SECTORS,
	SKILLS,
	TAXONOMY_VERSION,
	normalizeTerm,
	occupationById,
	sectorById,
	skillById
} from './index';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

describe('skills taxonomy', () => {
	it('has a version that stored claims can refer to', () => {
		expect(TAXONOMY_VERSION).toMatch(/^\d{4}\.\d+$/);
	});

	it('has unique kebab-case ids for skills, occupations and sectors', () => {
		for (const ids of [SKILLS.map((s) => s.id), OCCUPATIONS.map((o) => o.id), SECTORS.map((s) => s.id)]) {
			expect(duplicates(ids)).toEqual([]);
			expect(ids.filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
		}
	});

	it('has at least 40 occupations and 300 distinct skills', () => {
		expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(40);
		expect(SKILLS.length).toBeGreaterThanOrEqual(300);
	});

	it('covers every sector with at least two occupations', () => {
		for (const sector of SECTORS) {
			expect(OCCUPATIONS.filter((o) => o.sector === sector.id).length, sector.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('gives every occupation 8 to 20 existing, distinct skills', () => {
		for (const occupation of OCCUPATIONS) {
			expect(occupation.skillIds.length, occupation.id).toBeGreaterThanOrEqual(8);
			expect(occupation.skillIds.length, occupation.id).toBeLessThanOrEqual(20);
			expect(occupation.skillIds.filter((id) => !skillById(id)), occupation.id).toEqual([]);
			expect(duplicates(occupation.skillIds), occupation.id).toEqual([]);
			expect(sectorById(occupation.sector), occupation.id).toBeDefined();
		}
	});

	it('uses every skill in at least one occupation', () => {
		const used = new Set(OCCUPATIONS.flatMap((o) => o.skillIds));
		expect(SKILLS.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
	});

	it('has no empty labels, descriptions or synonyms', () => {
		for (const skill of SKILLS) {
			expect(skill.label.trim(), skill.id).not.toBe('');
			expect(skill.labelEn.trim(), skill.id).not.toBe('');
			expect(skill.synonyms.length, skill.id).toBeGreaterThanOrEqual(1);
			expect(skill.synonyms.length, skill.id).toBeLessThanOrEqual(5);
			expect(skill.synonyms.filter((s) => normalizeTerm(s) === ''), skill.id).toEqual([]);
		}
		for (const occupation of OCCUPATIONS) {
			expect(occupation.label.trim(), occupation.id).not.toBe('');
			expect(occupation.labelEn.trim(), occupation.id).not.toBe('');
			expect(occupation.description.trim().length, occupation.id).toBeGreaterThan(40);
			expect(occupation.synonyms.filter((s) => normalizeTerm(s) === ''), occupation.id).toEqual([]);
		}
	});

	it('never lets a synonym point at two skills or at another skill’s label', () => {
		const owner = new Map<string, string>();
		for (const skill of SKILLS) owner.set(normalizeTerm(skill.label), skill.id);
		const conflicts: string[] = [];
		for (const skill of SKILLS) {
			for (const synonym of skill.synonyms) {
				const key = normalizeTerm(synonym);
				const existing = owner.get(key);
				if (existing !== undefined && existing !== skill.id) conflicts.push(`${skill.id}: "${synonym}" ↔ ${existing}`);
				owner.set(key, skill.id);
			}
		}
		expect(conflicts).toEqual([]);
	});

	it('never lets an occupation name point at two occupations', () => {
		const owner = new Map<string, string>();
		const conflicts: string[] = [];
		for (const occupation of OCCUPATIONS) {
			for (const name of [occupation.label, ...occupation.synonyms]) {
				const existing = owner.get(normalizeTerm(name));
				if (existing !== undefined && existing !== occupation.id) conflicts.push(`${occupation.id}: "${name}" ↔ ${existing}`);
				owner.set(normalizeTerm(name), occupation.id);
			}
		}
		expect(conflicts).toEqual([]);
	});

	it('leaves ESCO and CompetentNL ids empty rather than guessing them', () => {
		for (const item of [...SKILLS, ...OCCUPATIONS]) {
			expect(item.escoUri === null || item.escoUri.startsWith('http://data.europa.eu/esco/'), item.id).toBe(true);
			expect(item.competentNlId === null || item.competentNlId.trim() !== '', item.id).toBe(true);
		}
	});

	it('shares common skills across sectors', () => {
		const vcaSectors = new Set(OCCUPATIONS.filter((o) => o.skillIds.includes('veilig-werken-vca')).map((o) => o.sector));
		expect(vcaSectors.size).toBeGreaterThanOrEqual(4);
	});

	it('looks skills and occupations up by id', () => {
		expect(skillById('heftruck-rijden')?.label).toBe('Heftruck rijden');
		expect(occupationById('logistiek-medewerker')?.sector).toBe('logistiek');
		expect(skillById('bestaat-niet')).toBeUndefined();
		expect(occupationById('bestaat-niet')).toBeUndefined();
	});
});

describe('gemeenten', () => {
	it('lists the 14 Twente gemeenten with unique ids and CBS codes', () => {
		expect(GEMEENTEN).toHaveLength(14);
		expect(duplicates(GEMEENTEN.map((g) => g.id))).toEqual([]);
		expect(duplicates(GEMEENTEN.map((g) => g.cbsCode))).toEqual([]);
		expect(GEMEENTEN.filter((g) => !/^GM\d{4}$/.test(g.cbsCode))).toEqual([]);
		expect(GEMEENTEN.map((g) => g.name)).toContain('Hof van Twente');
	});

	it('offers the gemeenten plus "Buiten Twente" as woonplaats, that one last', () => {
		expect(WOONPLAATS_OPTIONS).toHaveLength(15);
		expect(WOONPLAATS_OPTIONS.at(-1)).toEqual({ id: 'buiten-twente', name: 'Buiten Twente', cbsCode: null });
		expect(isWoonplaatsId('buiten-twente')).toBe(true);
		expect(isGemeenteId('buiten-twente')).toBe(false);
		expect(isGemeenteId('rijssen-holten')).toBe(true);
		expect(isWoonplaatsId('zwolle')).toBe(false);
	});
});
