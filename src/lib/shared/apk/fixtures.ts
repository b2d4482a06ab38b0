import { APK_2026_1, type ApkAnswerValue, type ApkAnswers, type ApkBlockId, type ApkModel } from '$lib/data/apk';
import type { ApkContext } from './score';
import { blockQuestions } from './questions';

/** Test helpers: answers given in question order, so a fixture reads like the form a resident fills in. */

export const FIVE_SKILLS = ['veilig-werken-vca', 'heftruck-rijden', 'orderpicken', 'voorraadbeheer', 'klantgericht-werken'];

export const CONTEXT: ApkContext = { occupationSkillIds: FIVE_SKILLS, outlook: 'neutraal' };

export function answersFor(
	blockId: ApkBlockId,
	values: readonly ApkAnswerValue[],
	context: ApkContext = CONTEXT,
	model: ApkModel = APK_2026_1
): ApkAnswers {
	const block = model.blocks.find((b) => b.id === blockId);
	if (!block) throw new Error(`no block ${blockId}`);
	const questions = blockQuestions(block, context);
	if (questions.length !== values.length) throw new Error(`${blockId} has ${questions.length} questions`);
	return Object.fromEntries(questions.map((question, i) => [question.id, values[i]!]));
}

/** A full scan in which every block gets the same middle-of-the-road answers. */
export function fullScan(context: ApkContext = CONTEXT): ApkAnswers {
	return {
		...answersFor('werkvermogen', [3, 3, 3, 3, 3], context),
		...answersFor('energie', [3, 3, 3, 3, 3], context),
		...answersFor('motivatie', [3, 3, 3, 3, 'weet-niet'], context),
		...answersFor('vaardigheden', [3, 3, 3, 3, 3], context),
		...answersFor('arbeidsmarkt', [3, 'weet-niet', 3], context),
		...answersFor('ontwikkeling', [3, true, 3, 3, 3], context),
		...answersFor('randvoorwaarden', ['1-2-uur', 3, 3, 3, true], context)
	};
}
