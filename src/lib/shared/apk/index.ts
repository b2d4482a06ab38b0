export { apkAnswersSchema, isApkQuestionId, type ApkAnswersInput } from './answers-schema';
export { apkAnswerId, apkPlanItemId, derivedId } from './record-ids';
export { lightFor } from './light';
export { answerPoints } from './points';
export {
	blockQuestions,
	occupationSkillIds,
	scanQuestions,
	selectSkillIds,
	skillQuestions,
	type QuestionContext,
	type SkillLabelLookup
} from './questions';
export { currentModel, getModel, UnknownApkVersionError } from './registry';
export { isReminderDue, REMINDER_MONTHS } from './reminder';
export { scanContext, scoreScan, scoreStoredScan, trend, type ApkTrend, type CompletedApkScan, type TrendPoint } from './scan';
export {
	scoreApk,
	type ApkContext,
	type ApkResult,
	type BlockResult,
	type IncompleteBlock,
	type ScoredBlock
} from './score';
