/**
 * The light per block of a completed Loopbaan-APK, for the monitoring counts. The device never reports
 * lights: the server scores the stored answers itself with the same pure function the device uses
 * ({@link scoreStoredScan}: the scan's own model version and context), so a count cannot be made up by a client.
 * It runs inside the push transaction whenever a push touches a scan or one of its answers, so the lights
 * follow the scan however its answers and its completion arrive (in one push or over several).
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { OccupationOutlook, TrafficLight } from '$lib/data/apk';
import { scoreStoredScan, UnknownApkVersionError } from '$lib/shared/apk';
import type { Db } from '$lib/server/db/client';
import { apkAnswer, apkBlockLight, apkScan } from '$lib/server/db/schema';

export interface BlockLight {
	blockId: string;
	light: TrafficLight;
}

/** The lights of a stored scan's complete blocks; none for an unknown model version or a block left incomplete. */
function lightsOf(
	scan: { modelVersion: string; occupationId: string | null; outlook: string | null },
	answers: Record<string, number | boolean | string>
): BlockLight[] {
	try {
		const result = scoreStoredScan({ ...scan, outlook: scan.outlook as OccupationOutlook | null }, answers);
		return result.blocks.flatMap((b) => (b.complete ? [{ blockId: b.blockId, light: b.light }] : []));
	} catch (error) {
		if (error instanceof UnknownApkVersionError) return [];
		throw error;
	}
}

/**
 * Re-records the lights of the given scans of one portfolio from what is stored now: a completed, live
 * scan gets one row per complete block; an open or deleted scan gets none.
 */
export async function recordApkLights(db: Db, portfolioId: string, scanIds: readonly string[]): Promise<void> {
	const ids = [...new Set(scanIds)];
	if (ids.length === 0) return;
	await db.delete(apkBlockLight).where(and(eq(apkBlockLight.portfolioId, portfolioId), inArray(apkBlockLight.scanId, ids)));
	const scans = await db
		.select()
		.from(apkScan)
		.where(and(eq(apkScan.portfolioId, portfolioId), inArray(apkScan.id, ids), eq(apkScan.status, 'completed'), isNull(apkScan.deletedAt)));
	const completed = scans.filter((s) => s.completedAt);
	if (completed.length === 0) return;
	const answers = await db
		.select({ scanId: apkAnswer.scanId, questionId: apkAnswer.questionId, value: apkAnswer.value })
		.from(apkAnswer)
		.where(and(eq(apkAnswer.portfolioId, portfolioId), inArray(apkAnswer.scanId, completed.map((s) => s.id)), isNull(apkAnswer.deletedAt)));
	const rows = completed.flatMap((scan) => {
		const given = Object.fromEntries(answers.filter((a) => a.scanId === scan.id).map((a) => [a.questionId, a.value]));
		return lightsOf(scan, given).map((l) => ({ scanId: scan.id, portfolioId, blockId: l.blockId, light: l.light, completedAt: scan.completedAt! }));
	});
	if (rows.length > 0) await db.insert(apkBlockLight).values(rows);
}

/** The scans of the given answers (looked up after the write). */
export async function scanIdsOfAnswers(db: Db, portfolioId: string, answerIds: readonly string[]): Promise<string[]> {
	if (answerIds.length === 0) return [];
	const rows = await db
		.selectDistinct({ scanId: apkAnswer.scanId })
		.from(apkAnswer)
		.where(and(eq(apkAnswer.portfolioId, portfolioId), inArray(apkAnswer.id, [...answerIds])));
	return rows.map((r) => r.scanId);
}
