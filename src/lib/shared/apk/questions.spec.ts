import { describe, expect, it } from 'vitest';
import { APK_2026_1, type SkillLabel, type SkillsBlock } from '$lib/data/apk';
import { OCCUPATIONS, skillById } from '$lib/data/taxonomy';
import { occupationSkillIds, scanQuestions, skillQuestions } from './questions';

const block = APK_2026_1.blocks.find((b): b is SkillsBlock => b.kind === 'skills')!;

const LABELS: Record<string, SkillLabel> = {
	'heftruck-rijden': { id: 'heftruck-rijden', label: 'Heftruck rijden', labelEn: 'Driving a forklift' },
	'orderpicken': { id: 'orderpicken', label: 'Orders verzamelen', labelEn: 'Order picking' }
};

describe('block 4 questions from an occupation’s skills', () => {
	it('asks "Hoe goed kun je: <skill>?" in both languages, in the occupation’s order', () => {
		const questions = skillQuestions(block, ['orderpicken', 'heftruck-rijden'], (id) => LABELS[id]);
		expect(questions.map((q) => [q.id, q.text.nl, q.text.en])).toEqual([
			['vaardigheden.skill.orderpicken', 'Hoe goed kun je: Orders verzamelen?', 'How well can you do this: Order picking?'],
			['vaardigheden.skill.heftruck-rijden', 'Hoe goed kun je: Heftruck rijden?', 'How well can you do this: Driving a forklift?']
		]);
		expect(questions[0]).toMatchObject({ type: 'likert', higherIsBetter: true });
		expect(questions[0]!.type === 'likert' && questions[0]!.anchors[4].nl).toBe('Heel goed, ik kan het anderen leren');
	});

	it('asks at most six, skipping duplicates, so the scan stays short', () => {
		const ids = ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h'];
		expect(skillQuestions(block, ids).map((q) => q.id.replace('vaardigheden.skill.', ''))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});

	it('keeps a skill without a known label, showing its id, so the question set never depends on labels', () => {
		expect(skillQuestions(block, ['onbekende-skill'])[0]!.text.nl).toBe('Hoe goed kun je: onbekende-skill?');
	});

	it('lists every question of a scan in block order', () => {
		const questions = scanQuestions(APK_2026_1, { occupationSkillIds: ['orderpicken'], labelOf: (id) => LABELS[id] });
		expect(questions).toHaveLength(5 + 5 + 5 + 1 + 3 + 5 + 5);
		expect(questions[0]!.id).toBe('werkvermogen.aankunnen');
		expect(questions[15]!.id).toBe('vaardigheden.skill.orderpicken');
		expect(questions.at(-1)!.id).toBe('randvoorwaarden.reizen');
	});
});

describe('block 4 with the taxonomy', () => {
	const occupation = OCCUPATIONS.find((o) => o.skillIds.length > block.maxQuestions)!;

	it('rates the first six skills of an occupation with their taxonomy labels', () => {
		const questions = skillQuestions(block, occupationSkillIds(occupation.id));
		const expected = [...new Set(occupation.skillIds)].slice(0, 6);
		expect(questions.map((q) => q.id)).toEqual(expected.map((id) => `vaardigheden.skill.${id}`));
		expect(questions.map((q) => q.text.nl)).toEqual(expected.map((id) => `Hoe goed kun je: ${skillById(id)!.label}?`));
		expect(questions.map((q) => q.text.en)).toEqual(expected.map((id) => `How well can you do this: ${skillById(id)!.labelEn}?`));
	});

	it('has no skills for an unknown or missing occupation', () => {
		expect(occupationSkillIds('bestaat-niet')).toEqual([]);
		expect(occupationSkillIds(null)).toEqual([]);
	});
});
