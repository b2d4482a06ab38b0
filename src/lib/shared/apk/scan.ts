import type { ApkAnswers, ApkBlockId, OccupationOutlook, TrafficLight } from '$lib/data/apk';
import { occupationOutlook } from '$lib/data/catalogue/kansberoepen';
import { occupationSkillIds } from './questions';
import { getModel } from './registry';
import { scoreApk, type ApkContext, type ApkResult } from './score';

/** What a completed scan stores: its answers, the facts it was scored with, and its model version. */
export interface CompletedApkScan {
	modelVersion: string;
	/** ISO date-time. */
	completedAt: string;
	answers: ApkAnswers;
	context: ApkContext;
}

/**
 * What block 4 and 5 of a stored scan are scored with: the scan's own occupation, and its outlook as fixed
 * at completion (looked up only while it is still open). The device and the server both score with this.
 */
export function scanContext(scan: { occupationId: string | null; outlook: OccupationOutlook | null }): ApkContext {
	return {
		occupationSkillIds: occupationSkillIds(scan.occupationId),
		outlook: scan.outlook ?? (scan.occupationId ? occupationOutlook(scan.occupationId) : 'onbekend')
	};
}

/** Re-scores a stored scan with the model it was taken with, never with the current one. */
export function scoreScan(scan: Pick<CompletedApkScan, 'modelVersion' | 'answers' | 'context'>): ApkResult {
	return scoreApk(getModel(scan.modelVersion), scan.answers, scan.context);
}

/** A stored scan record and its answers, scored the one way the device and the server both score it. */
export function scoreStoredScan(scan: { modelVersion: string; occupationId: string | null; outlook: OccupationOutlook | null }, answers: ApkAnswers): ApkResult {
	return scoreScan({ modelVersion: scan.modelVersion, answers, context: scanContext(scan) });
}

export interface TrendPoint {
	date: string;
	score: number;
	light: TrafficLight;
}

export type ApkTrend = Record<ApkBlockId, TrendPoint[]>;

/**
 * Per block the scores over time, oldest first, for a chart. Each scan keeps its own model
 * version; a block a scan left incomplete has no point rather than a zero.
 */
export function trend(scans: readonly CompletedApkScan[]): ApkTrend {
	const series: ApkTrend = {
		werkvermogen: [],
		energie: [],
		motivatie: [],
		vaardigheden: [],
		arbeidsmarkt: [],
		ontwikkeling: [],
		randvoorwaarden: []
	};
	const ordered = [...scans].sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
	for (const scan of ordered) {
		for (const block of scoreScan(scan).blocks) {
			if (block.complete) series[block.blockId].push({ date: scan.completedAt, score: block.score, light: block.light });
		}
	}
	return series;
}
