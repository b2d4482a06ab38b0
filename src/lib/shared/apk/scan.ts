import type { ApkAnswers, ApkBlockId, TrafficLight } from '$lib/data/apk';
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

/** Re-scores a stored scan with the model it was taken with, never with the current one. */
export function scoreScan(scan: Pick<CompletedApkScan, 'modelVersion' | 'answers' | 'context'>): ApkResult {
	return scoreApk(getModel(scan.modelVersion), scan.answers, scan.context);
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
