import type {
	ApkAnswers,
	ApkBlock,
	ApkBlockId,
	ApkModel,
	LocalizedText,
	NextStep,
	OccupationOutlook,
	TrafficLight
} from '$lib/data/apk';
import { lightFor } from './light';
import { answerPoints } from './points';
import { blockQuestions } from './questions';

export interface ApkContext {
	/** Skills of the resident's current or desired occupation, most core first; empty when none is chosen. */
	occupationSkillIds: readonly string[];
	outlook: OccupationOutlook;
}

interface BlockProgress {
	blockId: ApkBlockId;
	answered: number;
	total: number;
}

export interface ScoredBlock extends BlockProgress {
	complete: true;
	score: number;
	light: TrafficLight;
	explanation: LocalizedText;
	nextSteps: readonly NextStep[];
}

/** An unfinished block has no score: a half-filled block scored as zero would show a false rood. */
export interface IncompleteBlock extends BlockProgress {
	complete: false;
	score: null;
	light: null;
	explanation: null;
	nextSteps: readonly NextStep[];
}

export type BlockResult = ScoredBlock | IncompleteBlock;

export interface ApkResult {
	modelVersion: string;
	blocks: BlockResult[];
	answered: number;
	total: number;
	/** True when every block is complete; block 4 without an occupation keeps the scan open. */
	complete: boolean;
}

interface Item {
	points: number | null;
	weight: number;
}

function questionItems(block: ApkBlock, answers: ApkAnswers, context: ApkContext): Item[] {
	return blockQuestions(block, context).map((question) => ({
		points: Object.hasOwn(answers, question.id) ? answerPoints(question, answers[question.id]) : null,
		weight: block.weights?.[question.id] ?? 1
	}));
}

/** Block 5's data item; an unknown outlook is left out instead of being guessed. */
function outlookItems(block: ApkBlock, outlook: OccupationOutlook): Item[] {
	if (block.kind !== 'market') return [];
	const points = block.outlookPoints[outlook];
	return points === null ? [] : [{ points, weight: block.outlookWeight }];
}

function scoreBlock(block: ApkBlock, answers: ApkAnswers, context: ApkContext): BlockResult {
	const items = questionItems(block, answers, context);
	const answered = items.filter((item) => item.points !== null).length;
	const progress = { blockId: block.id, answered, total: items.length };
	if (items.length === 0 || answered < items.length) {
		return { ...progress, complete: false, score: null, light: null, explanation: null, nextSteps: [] };
	}
	const scored = [...items, ...outlookItems(block, context.outlook)];
	const weightSum = scored.reduce((sum, item) => sum + item.weight, 0);
	const weighted = scored.reduce((sum, item) => sum + (item.points ?? 0) * item.weight, 0);
	// The light is taken from the rounded score, so the number shown never contradicts the colour.
	const score = Math.round(weighted / weightSum);
	const light = lightFor(score, block.thresholds);
	return {
		...progress,
		complete: true,
		score,
		light,
		explanation: block.explanations[light],
		nextSteps: block.nextSteps[light]
	};
}

/** Scores every block of a scan with the given model; pass the scan's own model version (see getModel). */
export function scoreApk(model: ApkModel, answers: ApkAnswers, context: ApkContext): ApkResult {
	const blocks = model.blocks.map((block) => scoreBlock(block, answers, context));
	return {
		modelVersion: model.version,
		blocks,
		answered: blocks.reduce((sum, block) => sum + block.answered, 0),
		total: blocks.reduce((sum, block) => sum + block.total, 0),
		complete: blocks.every((block) => block.complete)
	};
}
