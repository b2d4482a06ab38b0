import { describe, expect, it } from 'vitest';
import { APK_2025_1, APK_2026_1, APK_MODELS, type ApkModel, type LocalizedText, type NextStep } from './index';
import { TALK_TO_ADVISEUR } from './actions';

const BLOCK_ORDER = ['werkvermogen', 'energie', 'motivatie', 'vaardigheden', 'arbeidsmarkt', 'ontwikkeling', 'randvoorwaarden'];
const LIGHTS = ['groen', 'oranje', 'rood'] as const;

const filled = (text: LocalizedText) => text.nl.trim().length > 0 && text.en.trim().length > 0;
/** One plain sentence: a single full stop, at the end. */
const oneSentence = (text: string) => /^[^.!?]+[.!?]$/.test(text);

describe.each(Object.values(APK_MODELS).map((model) => [model.version, model] as [string, ApkModel]))('%s', (_version, model) => {
	it('has the seven blocks in the order of docs/product.md §3.1', () => {
		expect(model.blocks.map((b) => b.id)).toEqual(BLOCK_ORDER);
	});

	it('has 3 to 6 questions per block, each with a unique id under its block', () => {
		const ids: string[] = [];
		for (const block of model.blocks) {
			const count = block.kind === 'skills' ? block.maxQuestions : block.questions.length;
			expect(count, block.id).toBeGreaterThanOrEqual(3);
			expect(count, block.id).toBeLessThanOrEqual(6);
			if (block.kind === 'skills') continue;
			for (const question of block.questions) {
				expect(question.id.startsWith(`${block.id}.`), question.id).toBe(true);
				ids.push(question.id);
			}
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('writes every text in Dutch and English and labels every answer', () => {
		for (const block of model.blocks) {
			expect(filled(block.title) && filled(block.intro), block.id).toBe(true);
			const questions = block.kind === 'skills' ? [] : block.questions;
			for (const question of questions) {
				expect(filled(question.text), question.id).toBe(true);
				if (question.help) expect(filled(question.help), question.id).toBe(true);
				if (question.type === 'likert') expect(question.anchors.every(filled), question.id).toBe(true);
				if (question.type === 'choice') {
					expect(question.options.every((o) => filled(o.label)), question.id).toBe(true);
					expect(new Set(question.options.map((o) => o.id)).size, question.id).toBe(question.options.length);
				}
			}
		}
	});

	it('keeps every score a multiple of 5, so each threshold is a score a resident can reach', () => {
		for (const block of model.blocks) {
			const { groen, rood } = block.thresholds;
			expect(0 < rood && rood < groen && groen <= 100, block.id).toBe(true);
			expect([groen % 5, rood % 5], block.id).toEqual([0, 0]);
			const questions = block.kind === 'skills' ? [] : block.questions;
			for (const question of questions) {
				if (question.type === 'choice') expect(question.options.every((o) => o.points % 25 === 0), question.id).toBe(true);
			}
			if (block.kind === 'market') {
				expect(Object.values(block.outlookPoints).every((p) => p === null || p % 25 === 0)).toBe(true);
				// Five items in total keeps the step at 5 points.
				expect(block.questions.length + block.outlookWeight).toBe(5);
			}
			if (block.kind === 'fixed') expect(block.questions.length, block.id).toBe(5);
		}
	});

	it('explains every light in one plain sentence and offers next steps for it', () => {
		for (const block of model.blocks) {
			for (const light of LIGHTS) {
				const explanation = block.explanations[light];
				expect(oneSentence(explanation.nl) && oneSentence(explanation.en), `${block.id} ${light}`).toBe(true);
				const steps = block.nextSteps[light];
				expect(steps.length, `${block.id} ${light}`).toBeGreaterThan(0);
				expect(steps.every((s) => filled(s.title) && filled(s.description))).toBe(true);
				expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
			}
			expect(block.nextSteps.rood, `${block.id}: rood always offers a conversation`).toContainEqual(TALK_TO_ADVISEUR);
		}
	});

	it('gives one action id one content, so the ontwikkelplan can recognise an action by id', () => {
		const byId = new Map<string, NextStep>();
		for (const step of model.blocks.flatMap((b) => LIGHTS.flatMap((light) => b.nextSteps[light]))) {
			expect(byId.get(step.id) ?? step, step.id).toEqual(step);
			byId.set(step.id, step);
		}
	});
});

describe('apk-2025.1 keeps its scoring rules', () => {
	// Scans taken in the pilot are re-scored with this version; a change here would change their results.
	it('uses groen >= 60 and rood < 40 for every block', () => {
		expect(APK_2025_1.blocks.map((b) => b.thresholds)).toEqual(Array(7).fill({ groen: 60, rood: 40 }));
	});

	it('asks the same items with the same direction and points', () => {
		const rules = APK_2025_1.blocks.map((block) =>
			block.kind === 'skills'
				? [block.id, block.questionIdPrefix, block.maxQuestions]
				: [
						block.id,
						block.questions.map((q) =>
							q.type === 'choice' ? `${q.id}:${q.options.map((o) => `${o.id}=${o.points}`).join(',')}` : `${q.id}:${q.higherIsBetter ? '+' : '-'}`
						),
						block.kind === 'market' ? [block.outlookPoints, block.outlookWeight] : null,
						block.weights ?? null
					]
		);
		expect(rules).toEqual([
			['werkvermogen', ['werkvermogen.aankunnen:+', 'werkvermogen.lichaam:+', 'werkvermogen.tempo:+', 'werkvermogen.klachten:-', 'werkvermogen.vooruit:+'], null, null],
			['energie', ['energie.na-werk:+', 'energie.uitgerust:+', 'energie.op:-', 'energie.bewegen:+', 'energie.balans:+'], null, null],
			[
				'motivatie',
				[
					'motivatie.plezier:+',
					'motivatie.waarden:+',
					'motivatie.doel:+',
					'motivatie.sterke-kanten:+',
					'motivatie.richting:nee-tevreden=100,ja-weet-wat=100,weet-niet=50,ja-weet-niet-wat=25'
				],
				null,
				null
			],
			['vaardigheden', 'vaardigheden.skill.', 6],
			[
				'arbeidsmarkt',
				[
					'arbeidsmarkt.automatisering:-',
					'arbeidsmarkt.zoekduur:binnen-3-maanden=100,3-tot-6-maanden=75,6-tot-12-maanden=25,langer=0,weet-niet=50',
					'arbeidsmarkt.netwerk:+'
				],
				[{ kansberoep: 100, neutraal: 50, krimp: 0, onbekend: null }, 2],
				null
			],
			[
				'ontwikkeling',
				['ontwikkeling.zin-in-leren:+', 'ontwikkeling.cursus-gedaan:+', 'ontwikkeling.aanpassen:+', 'ontwikkeling.durven:+', 'ontwikkeling.opzien-tegen-leren:-'],
				null,
				null
			],
			[
				'randvoorwaarden',
				[
					'randvoorwaarden.tijd:geen=0,1-2-uur=50,3-5-uur=75,meer-dan-5-uur=100',
					'randvoorwaarden.geld:-',
					'randvoorwaarden.taal:+',
					'randvoorwaarden.digitaal:+',
					'randvoorwaarden.reizen:+'
				],
				null,
				null
			]
		]);
	});
});

describe('models are read-only', () => {
	it('refuses a change to a shared model at runtime', () => {
		const thresholds = APK_2026_1.blocks[0]!.thresholds as { groen: number };
		expect(() => {
			thresholds.groen = 10;
		}).toThrow(TypeError);
		expect(APK_2026_1.blocks[0]!.thresholds.groen).toBe(70);
	});
});
