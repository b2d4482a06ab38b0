import { describe, expect, it } from 'vitest';
import { APK_2026_1, type ApkAnswerValue, type ApkBlockId, type TrafficLight } from '$lib/data/apk';
import { answersFor, CONTEXT, FIVE_SKILLS, fullScan } from './fixtures';
import { scoreApk, type ApkContext, type BlockResult } from './score';

function scoreBlock(blockId: ApkBlockId, values: readonly ApkAnswerValue[], context: ApkContext = CONTEXT): BlockResult {
	const result = scoreApk(APK_2026_1, answersFor(blockId, values, context), context);
	return result.blocks.find((block) => block.blockId === blockId)!;
}

type Case = [values: ApkAnswerValue[], score: number, light: TrafficLight];

/**
 * Just below, at and just above both thresholds of every block in apk-2026.1. Scores move in
 * steps of 5, so "just below" is the nearest score a resident can actually get.
 * Thresholds: groen >= 70 and rood < 45, except arbeidsmarkt: groen >= 65 and rood < 40.
 */
const BOUNDARIES: Record<ApkBlockId, Case[]> = {
	werkvermogen: [
		[[4, 4, 4, 2, 4], 75, 'groen'],
		[[4, 4, 4, 3, 4], 70, 'groen'],
		[[4, 4, 4, 4, 4], 65, 'oranje'],
		[[3, 3, 3, 3, 3], 50, 'oranje'],
		[[3, 3, 3, 4, 3], 45, 'oranje'],
		[[3, 3, 3, 5, 3], 40, 'rood']
	],
	energie: [
		[[4, 4, 2, 4, 4], 75, 'groen'],
		[[4, 4, 3, 4, 4], 70, 'groen'],
		[[4, 4, 4, 4, 4], 65, 'oranje'],
		[[3, 3, 3, 3, 3], 50, 'oranje'],
		[[3, 3, 4, 3, 3], 45, 'oranje'],
		[[3, 3, 5, 3, 3], 40, 'rood']
	],
	motivatie: [
		[[4, 4, 4, 3, 'nee-tevreden'], 75, 'groen'],
		[[4, 4, 4, 4, 'weet-niet'], 70, 'groen'],
		[[4, 4, 4, 4, 'ja-weet-niet-wat'], 65, 'oranje'],
		[[3, 3, 3, 3, 'weet-niet'], 50, 'oranje'],
		[[3, 3, 3, 3, 'ja-weet-niet-wat'], 45, 'oranje'],
		[[3, 3, 3, 2, 'ja-weet-niet-wat'], 40, 'rood']
	],
	vaardigheden: [
		[[4, 4, 4, 4, 4], 75, 'groen'],
		[[4, 4, 4, 4, 3], 70, 'groen'],
		[[4, 4, 4, 3, 3], 65, 'oranje'],
		[[3, 3, 3, 3, 3], 50, 'oranje'],
		[[3, 3, 3, 3, 2], 45, 'oranje'],
		[[3, 3, 3, 2, 2], 40, 'rood']
	],
	// With a neutral outlook (50 points, counted twice).
	arbeidsmarkt: [
		[[2, 'binnen-3-maanden', 4], 70, 'groen'],
		[[2, '3-tot-6-maanden', 4], 65, 'groen'],
		[[3, '3-tot-6-maanden', 4], 60, 'oranje'],
		[[3, '6-tot-12-maanden', 3], 45, 'oranje'],
		[[4, '6-tot-12-maanden', 3], 40, 'oranje'],
		[[4, 'langer', 3], 35, 'rood']
	],
	ontwikkeling: [
		[[4, true, 4, 4, 3], 75, 'groen'],
		[[4, true, 4, 4, 4], 70, 'groen'],
		[[4, true, 4, 4, 5], 65, 'oranje'],
		[[3, false, 3, 4, 2], 50, 'oranje'],
		[[3, false, 3, 3, 2], 45, 'oranje'],
		[[3, false, 3, 3, 3], 40, 'rood']
	],
	randvoorwaarden: [
		[['1-2-uur', 2, 4, 4, true], 75, 'groen'],
		[['1-2-uur', 3, 4, 4, true], 70, 'groen'],
		[['1-2-uur', 4, 4, 4, true], 65, 'oranje'],
		[['meer-dan-5-uur', 3, 3, 3, false], 50, 'oranje'],
		[['3-5-uur', 3, 3, 3, false], 45, 'oranje'],
		[['1-2-uur', 3, 3, 3, false], 40, 'rood']
	]
};

describe('scoreApk traffic-light boundaries (apk-2026.1)', () => {
	it('covers every block of the model', () => {
		expect(Object.keys(BOUNDARIES).sort()).toEqual(APK_2026_1.blocks.map((b) => b.id).sort());
	});

	for (const [blockId, cases] of Object.entries(BOUNDARIES) as [ApkBlockId, Case[]][]) {
		it.each(cases)(`${blockId}: %j scores %i (%s)`, (values, score, light) => {
			const block = scoreBlock(blockId, values);
			expect(block).toMatchObject({ complete: true, score, light });
			const model = APK_2026_1.blocks.find((b) => b.id === blockId)!;
			expect(block.explanation).toEqual(model.explanations[light]);
			expect(block.nextSteps).toEqual(model.nextSteps[light]);
		});
	}
});

describe('reverse-scored items', () => {
	it('a health complaint answered "altijd" lowers werkvermogen, "nooit" raises it', () => {
		expect(scoreBlock('werkvermogen', [5, 5, 5, 1, 5]).score).toBe(100);
		expect(scoreBlock('werkvermogen', [5, 5, 5, 5, 5]).score).toBe(80);
	});

	it('dreading exams lowers ontwikkeling', () => {
		expect(scoreBlock('ontwikkeling', [5, true, 5, 5, 1]).score).toBe(100);
		expect(scoreBlock('ontwikkeling', [5, true, 5, 5, 5]).score).toBe(80);
	});

	it('a large automation risk lowers arbeidsmarkt', () => {
		const low = scoreBlock('arbeidsmarkt', [1, 'binnen-3-maanden', 5]);
		const high = scoreBlock('arbeidsmarkt', [5, 'binnen-3-maanden', 5]);
		expect([low.score, high.score]).toEqual([80, 60]);
	});

	it('"nee" on a yes-is-better question scores zero for that item', () => {
		expect(scoreBlock('randvoorwaarden', ['meer-dan-5-uur', 1, 5, 5, true]).score).toBe(100);
		expect(scoreBlock('randvoorwaarden', ['meer-dan-5-uur', 1, 5, 5, false]).score).toBe(80);
	});
});

describe('incomplete blocks', () => {
	it('reports a partly answered block without a score, light or advice', () => {
		const answers = answersFor('energie', [5, 5, 1, 5, 5]);
		delete (answers as Record<string, unknown>)['energie.balans'];
		const result = scoreApk(APK_2026_1, answers, CONTEXT);
		expect(result.blocks.find((b) => b.blockId === 'energie')).toEqual({
			blockId: 'energie',
			answered: 4,
			total: 5,
			complete: false,
			score: null,
			light: null,
			explanation: null,
			nextSteps: []
		});
	});

	it('counts a value outside the scale as unanswered, not as zero', () => {
		const answers = { ...answersFor('werkvermogen', [5, 5, 5, 1, 5]), 'werkvermogen.lichaam': 7 };
		const block = scoreApk(APK_2026_1, answers, CONTEXT).blocks[0]!;
		expect(block).toMatchObject({ blockId: 'werkvermogen', answered: 4, complete: false, score: null });
	});

	it('reports overall progress and completes only when every block is answered', () => {
		const partial = scoreApk(APK_2026_1, answersFor('werkvermogen', [3, 3, 3, 3, 3]), CONTEXT);
		expect(partial).toMatchObject({ modelVersion: 'apk-2026.1', answered: 5, total: 33, complete: false });
		expect(partial.blocks.filter((b) => b.complete).map((b) => b.blockId)).toEqual(['werkvermogen']);

		const full = scoreApk(APK_2026_1, fullScan(), CONTEXT);
		expect(full).toMatchObject({ answered: 33, total: 33, complete: true });
	});

	it('keeps block 4 open when no occupation is chosen, so the scan cannot complete', () => {
		const context: ApkContext = { occupationSkillIds: [], outlook: 'onbekend' };
		const result = scoreApk(APK_2026_1, fullScan(CONTEXT), context);
		expect(result.blocks.find((b) => b.blockId === 'vaardigheden')).toMatchObject({ total: 0, complete: false, score: null });
		expect(result.complete).toBe(false);
	});
});

describe('block 4 from the occupation', () => {
	it('scores the ratings of exactly the occupation’s skills', () => {
		const answers = answersFor('vaardigheden', [5, 5, 5, 5, 1]);
		expect(Object.keys(answers)).toEqual(FIVE_SKILLS.map((id) => `vaardigheden.skill.${id}`));
		expect(scoreBlock('vaardigheden', [5, 5, 5, 5, 1])).toMatchObject({ score: 80, answered: 5, total: 5 });
	});

	it('asks again after a change of occupation, ignoring ratings of skills the new one lacks', () => {
		const answers = answersFor('vaardigheden', [5, 5, 5, 5, 5]);
		const newOccupation: ApkContext = { occupationSkillIds: ['veilig-werken-vca', 'wondzorg'], outlook: 'neutraal' };
		const block = scoreApk(APK_2026_1, answers, newOccupation).blocks.find((b) => b.blockId === 'vaardigheden');
		expect(block).toMatchObject({ answered: 1, total: 2, complete: false });
	});
});

describe('block 5 uses the occupation’s outlook', () => {
	const values: ApkAnswerValue[] = [2, 'binnen-3-maanden', 4];

	it.each([
		['kansberoep', 90, 'groen'],
		['neutraal', 70, 'groen'],
		['krimp', 50, 'oranje'],
		// Unknown is left out: the score is the mean of the three answers (75, 100, 75).
		['onbekend', 83, 'groen']
	] as const)('%s gives %i (%s)', (outlook, score, light) => {
		const context: ApkContext = { ...CONTEXT, outlook };
		expect(scoreBlock('arbeidsmarkt', values, context)).toMatchObject({ score, light });
	});

	it('a shrinking occupation cannot reach groen even with the best answers', () => {
		const context: ApkContext = { ...CONTEXT, outlook: 'krimp' };
		expect(scoreBlock('arbeidsmarkt', [1, 'binnen-3-maanden', 5], context)).toMatchObject({ score: 60, light: 'oranje' });
	});

	it('the outlook alone does not complete the block', () => {
		const context: ApkContext = { ...CONTEXT, outlook: 'kansberoep' };
		const block = scoreApk(APK_2026_1, {}, context).blocks.find((b) => b.blockId === 'arbeidsmarkt');
		expect(block).toMatchObject({ answered: 0, total: 3, complete: false, score: null });
	});
});
