import type { ApkBlock, ApkModel, ApkQuestion, LikertQuestion, SkillLabel, SkillsBlock } from '$lib/data/apk';
import { occupationById, skillById } from '$lib/data/taxonomy';

/** Looks up a skill's labels, e.g. the taxonomy's `skillById`. */
export type SkillLabelLookup = (skillId: string) => SkillLabel | undefined;

/**
 * The skills block 4 rates for an occupation from the taxonomy, most core first; empty for an
 * unknown occupation, which leaves block 4 open until the resident picks one in the paspoort.
 */
export function occupationSkillIds(occupationId: string | null | undefined): readonly string[] {
	return (occupationId ? occupationById(occupationId)?.skillIds : undefined) ?? [];
}

/** Skill ids block 4 asks about: unique, in the occupation's order (most core skill first), capped. */
export function selectSkillIds(block: SkillsBlock, occupationSkillIds: readonly string[]): string[] {
	return [...new Set(occupationSkillIds)].slice(0, block.maxQuestions);
}

/**
 * Block 4's rating questions for an occupation. Which questions exist depends on the skill ids
 * only, never on whether a label is found: scoring has no labels, and both sides must agree on
 * the questions or the block could never be complete. A missing label falls back to the id.
 */
export function skillQuestions(
	block: SkillsBlock,
	occupationSkillIds: readonly string[],
	labelOf: SkillLabelLookup = skillById
): LikertQuestion[] {
	return selectSkillIds(block, occupationSkillIds).map((skillId) => {
		const skill = labelOf(skillId) ?? { id: skillId, label: skillId, labelEn: skillId };
		return {
			id: block.questionIdPrefix + skillId,
			type: 'likert',
			text: {
				nl: block.textTemplate.nl.replace('{skill}', skill.label),
				en: block.textTemplate.en.replace('{skill}', skill.labelEn),
				// The skill keeps its Dutch name in German (the taxonomy has no German).
				...(block.textTemplate.de ? { de: block.textTemplate.de.replace('{skill}', skill.label) } : {})
			},
			...(block.help ? { help: block.help } : {}),
			anchors: block.anchors,
			higherIsBetter: true
		};
	});
}

export interface QuestionContext {
	occupationSkillIds: readonly string[];
	labelOf?: SkillLabelLookup;
}

/** The questions of one block as the resident sees them. */
export function blockQuestions(block: ApkBlock, context: QuestionContext): ApkQuestion[] {
	return block.kind === 'skills'
		? skillQuestions(block, context.occupationSkillIds, context.labelOf)
		: [...block.questions];
}

/** All questions of a scan in order, for a resumable one-question-at-a-time flow. */
export function scanQuestions(model: ApkModel, context: QuestionContext): ApkQuestion[] {
	return model.blocks.flatMap((block) => blockQuestions(block, context));
}
