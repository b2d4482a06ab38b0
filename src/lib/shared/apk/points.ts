import type { ApkAnswerValue, ApkQuestion } from '$lib/data/apk';

/**
 * Points 0..100 for one answer, or null when the value is not a valid answer to the question.
 * Answers arrive through sync from any client version, so a stray value counts as unanswered
 * instead of silently scoring as zero.
 */
export function answerPoints(question: ApkQuestion, value: ApkAnswerValue | undefined): number | null {
	switch (question.type) {
		case 'likert': {
			if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) return null;
			const step = question.higherIsBetter ? value - 1 : 5 - value;
			return step * 25;
		}
		case 'yesno': {
			if (typeof value !== 'boolean') return null;
			return value === question.higherIsBetter ? 100 : 0;
		}
		case 'choice': {
			if (typeof value !== 'string') return null;
			return question.options.find((option) => option.id === value)?.points ?? null;
		}
	}
}
