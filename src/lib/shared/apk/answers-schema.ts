import { z } from 'zod';
import { APK_MODELS, type ApkAnswerValue, type ApkModel, type ApkQuestion } from '$lib/data/apk';
import { answerPoints } from './points';

type Validator = (value: ApkAnswerValue) => boolean;

function validatorFor(question: ApkQuestion): Validator {
	return (value) => answerPoints(question, value) !== null;
}

/**
 * Fixed questions of every registered version. Ids are stable across versions, so one answers
 * record is valid for any version that asks the question; a value is accepted when any version
 * accepts it, because an old scan must stay storable after a newer version drops an option.
 */
function fixedValidators(models: readonly ApkModel[]): Map<string, Validator[]> {
	const validators = new Map<string, Validator[]>();
	for (const block of models.flatMap((model) => model.blocks)) {
		if (block.kind === 'skills') continue;
		for (const question of block.questions) {
			validators.set(question.id, [...(validators.get(question.id) ?? []), validatorFor(question)]);
		}
	}
	return validators;
}

function skillPrefixes(models: readonly ApkModel[]): string[] {
	return [...new Set(models.flatMap((model) => model.blocks.flatMap((b) => (b.kind === 'skills' ? [b.questionIdPrefix] : []))))];
}

const SKILL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRating: Validator = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

const models = Object.values(APK_MODELS);
const FIXED = fixedValidators(models);
const SKILL_PREFIXES = skillPrefixes(models);

/** Validators for a question id, or undefined for an id no registered version asks. */
function validatorsFor(questionId: string): Validator[] | undefined {
	const fixed = FIXED.get(questionId);
	if (fixed) return fixed;
	const prefix = SKILL_PREFIXES.find((p) => questionId.startsWith(p));
	return prefix && SKILL_ID.test(questionId.slice(prefix.length)) ? [isRating] : undefined;
}

/** True for an id some registered version asks, so a synced answer record never names a question no model knows. */
export function isApkQuestionId(questionId: string): boolean {
	return validatorsFor(questionId) !== undefined;
}

/**
 * Answers of one scan, questionId → value, as the sync entity stores them. Unknown ids and values
 * outside a question's scale are refused, so the server never stores an answer no model can score.
 */
export const apkAnswersSchema = z
	.record(z.string().min(1).max(240), z.union([z.number(), z.boolean(), z.string().max(100)]))
	.superRefine((answers, ctx) => {
		for (const [questionId, value] of Object.entries(answers)) {
			const validators = validatorsFor(questionId);
			if (!validators) {
				ctx.addIssue({ code: 'custom', path: [questionId], message: 'Unknown APK question' });
			} else if (!validators.some((accepts) => accepts(value))) {
				ctx.addIssue({ code: 'custom', path: [questionId], message: 'Value outside the allowed answers' });
			}
		}
	});

export type ApkAnswersInput = z.input<typeof apkAnswersSchema>;
