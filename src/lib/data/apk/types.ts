/**
 * Shapes of the Loopbaan-APK model. A model version bundles questions, scoring, thresholds,
 * explanations and next steps, so a completed scan can always be re-scored with exactly the
 * rules that produced its result (docs/product.md §3.2: the scoring model is data, versioned).
 */

import type { LocalizedData } from '$lib/shared/locale';

/** Dutch and English always; German where it has been written (it falls back to the Dutch). */
export type LocalizedText = LocalizedData;

export type TrafficLight = 'groen' | 'oranje' | 'rood';

export type ApkBlockId =
	| 'werkvermogen'
	| 'energie'
	| 'motivatie'
	| 'vaardigheden'
	| 'arbeidsmarkt'
	| 'ontwikkeling'
	| 'randvoorwaarden';

/** Labels for the values 1..5, in that order, so every point of the scale is named for the UI. */
export type LikertAnchors = readonly [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText];

interface QuestionBase {
	/** Stable across model versions: stored answers are keyed by it. Never rename a shipped id. */
	id: string;
	text: LocalizedText;
	help?: LocalizedText;
}

export interface LikertQuestion extends QuestionBase {
	type: 'likert';
	anchors: LikertAnchors;
	/** False for reverse-scored items, where answering 5 means more risk ("klachten maken mijn werk moeilijker"). */
	higherIsBetter: boolean;
}

export interface YesNoQuestion extends QuestionBase {
	type: 'yesno';
	/** True when "ja" is the favourable answer. */
	higherIsBetter: boolean;
}

export interface ChoiceOption {
	id: string;
	label: LocalizedText;
	/** 0..100; options are not ordered, so each carries its own points instead of a direction. */
	points: number;
}

export interface ChoiceQuestion extends QuestionBase {
	type: 'choice';
	options: readonly ChoiceOption[];
}

export type ApkQuestion = LikertQuestion | YesNoQuestion | ChoiceQuestion;

export type ApkAnswerValue = number | boolean | string;
export type ApkAnswers = Readonly<Record<string, ApkAnswerValue>>;

/** How sure the region is about an occupation's future, from the Kansberoepenlijst Twente. */
export type OccupationOutlook = 'kansberoep' | 'neutraal' | 'krimp' | 'onbekend';

export interface Thresholds {
	/** score >= groen is groen. */
	groen: number;
	/** score < rood is rood; everything in between is oranje. */
	rood: number;
}

export type NextStepKind = 'offer' | 'funding' | 'adviseur' | 'paspoort' | 'info';

export interface NextStep {
	kind: NextStepKind;
	/** Stable: the ontwikkelplan stores it to recognise an action that was already added. */
	id: string;
	title: LocalizedText;
	description: LocalizedText;
	/**
	 * A key the UI resolves into a link (offer category, funding scheme id, paspoort section,
	 * gesprek topic), not a URL, so routes can move without a new model version.
	 */
	target?: string;
}

export type PerLight<T> = Readonly<Record<TrafficLight, T>>;

interface BlockBase {
	id: ApkBlockId;
	title: LocalizedText;
	intro: LocalizedText;
	thresholds: Thresholds;
	explanations: PerLight<LocalizedText>;
	nextSteps: PerLight<readonly NextStep[]>;
	/** Item weights by question id; missing ids weigh 1. */
	weights?: Readonly<Record<string, number>>;
}

export interface FixedBlock extends BlockBase {
	kind: 'fixed';
	questions: readonly ApkQuestion[];
}

/** Block 4: the questions come from the skills of the resident's current or desired occupation. */
export interface SkillsBlock extends BlockBase {
	kind: 'skills';
	maxQuestions: number;
	/** Prefix of generated ids; the skill id follows, so an answer survives a model version change. */
	questionIdPrefix: string;
	/** `{skill}` is replaced by the skill label in the resident's language. */
	textTemplate: LocalizedText;
	anchors: LikertAnchors;
	help?: LocalizedText;
}

/** Block 5: self-report questions plus the occupation's outlook from the Kansberoepenlijst. */
export interface MarketBlock extends BlockBase {
	kind: 'market';
	questions: readonly ApkQuestion[];
	/** Points 0..100 per outlook; null means the outlook tells nothing and is left out of the score. */
	outlookPoints: Readonly<Record<OccupationOutlook, number | null>>;
	/** Weight of the outlook compared with one question (weight 1). */
	outlookWeight: number;
}

export type ApkBlock = FixedBlock | SkillsBlock | MarketBlock;

export interface ApkModel {
	version: string;
	/** ISO date from which this version is offered to residents. */
	validFrom: string;
	blocks: readonly ApkBlock[];
}

export interface SkillLabel {
	id: string;
	label: string;
	labelEn: string;
}
