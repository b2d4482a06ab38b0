import type { Replica, Row } from '$lib/client/replica.svelte';
import { syncManager } from '$lib/client/sync-manager.svelte';
import { CURRENT_APK_VERSION, type ApkAnswers, type ApkAnswerValue, type NextStep } from '$lib/data/apk';
import { apkAnswerId, apkPlanItemId, scanContext, scoreStoredScan, type ApkResult, type CompletedApkScan } from '$lib/shared/apk';
import { pickText, type AppLocale } from '$lib/shared/locale';

export type ApkScanRecord = Row<'apkScan'>;

function replica(): Replica {
	const r = syncManager.replica;
	if (!r) throw new Error('sync not started');
	return r;
}

/**
 * Block 4 rates the skills of the current job (a werkervaring without an end month), otherwise of the
 * first beroepswens; null lets the resident pick one in the scan.
 */
function suggestedOccupation(experiences: readonly Row<'workExperience'>[], profile: Row<'profile'> | undefined): string | null {
	const current = experiences
		.filter((w) => w.occupationId && !w.endMonth)
		.sort((a, b) => String(b.startMonth ?? '').localeCompare(String(a.startMonth ?? '')))[0];
	if (current) return current.occupationId;
	const wishes = profile?.beroepswensen;
	return Array.isArray(wishes) && typeof wishes[0] === 'string' ? wishes[0] : null;
}

/**
 * The resident's Loopbaan-APK as stored on this device, live: an answer given on another device shows
 * up after the next pull, so a scan can be finished anywhere. A view over the replica.
 */
class ApkView {
	get loaded(): boolean {
		const r = syncManager.replica;
		return r !== null && r.rows('apkScan') !== null && r.rows('apkAnswer') !== null;
	}

	readonly scans: ApkScanRecord[] = $derived([...(syncManager.replica?.rows('apkScan') ?? [])].sort((a, b) => a.startedAt.localeCompare(b.startedAt)));

	/** Oldest first, as the history and the trend chart read them. */
	readonly completed: ApkScanRecord[] = $derived(
		this.scans.filter((s) => s.status === 'completed' && s.completedAt).sort((a, b) => a.completedAt!.localeCompare(b.completedAt!))
	);

	/** The scan to resume: the newest one not completed yet. */
	readonly openScan: ApkScanRecord | null = $derived(this.scans.filter((s) => s.status === 'open').at(-1) ?? null);

	readonly #stored: Readonly<Record<string, Record<string, ApkAnswerValue>>> = $derived.by(() => {
		const byScan: Record<string, Record<string, ApkAnswerValue>> = {};
		for (const a of syncManager.replica?.rows('apkAnswer') ?? []) (byScan[a.scanId] ??= {})[a.questionId] = a.value;
		return byScan;
	});

	/**
	 * Answers picked on this screen whose write has not come back through the device database yet, with
	 * the stored value they replace. They count at once, so "Bekijk je uitslag" right after the last click
	 * never sees a question as open; once the stored value changes it speaks for itself (and for later edits elsewhere).
	 */
	#justAnswered = $state<{ scanId: string; questionId: string; value: ApkAnswerValue; before: ApkAnswerValue | undefined }[]>([]);

	readonly #answersByScan: Readonly<Record<string, Record<string, ApkAnswerValue>>> = $derived.by(() => {
		const byScan: Record<string, Record<string, ApkAnswerValue>> = {};
		for (const [scanId, answers] of Object.entries(this.#stored)) byScan[scanId] = { ...answers };
		for (const a of this.#justAnswered) {
			if (this.#stored[a.scanId]?.[a.questionId] === a.before) (byScan[a.scanId] ??= {})[a.questionId] = a.value;
		}
		return byScan;
	});

	readonly #planItemIds: Set<string> = $derived(new Set((syncManager.replica?.rows('planItem') ?? []).map((p) => p.id)));

	answersOf(scanId: string): ApkAnswers {
		return Object.hasOwn(this.#answersByScan, scanId) ? this.#answersByScan[scanId]! : {};
	}

	result(scan: ApkScanRecord): ApkResult {
		return scoreStoredScan(scan, this.answersOf(scan.id));
	}

	/** Completed scans in the shape the trend chart scores, each with its own model version. */
	readonly history: CompletedApkScan[] = $derived(
		this.completed.map((scan) => ({
			modelVersion: scan.modelVersion,
			completedAt: scan.completedAt!,
			answers: this.answersOf(scan.id),
			context: scanContext(scan)
		}))
	);

	isInPlan(planItemId: string): boolean {
		return this.#planItemIds.has(planItemId);
	}

	async start(invitationId: string | null = null): Promise<string> {
		const r = replica();
		const [experiences, profile] = await Promise.all([
			r.db.records.where('entity').equals('workExperience').toArray(),
			syncManager.portfolioId ? r.get('profile', syncManager.portfolioId) : undefined
		]);
		const occupationId = suggestedOccupation(
			experiences.map((w) => ({ ...(w.data as Row<'workExperience'>), id: w.id })),
			profile
		);
		return r.create('apkScan', { modelVersion: CURRENT_APK_VERSION, occupationId, invitationId, startedAt: new Date().toISOString() });
	}

	/** Saved at once, one record per question, so leaving the page (or going offline) loses nothing. */
	async answer(scanId: string, questionId: string, value: ApkAnswerValue): Promise<void> {
		const stored = this.#stored;
		const pending = this.#justAnswered.filter((a) => stored[a.scanId]?.[a.questionId] === a.before && !(a.scanId === scanId && a.questionId === questionId));
		this.#justAnswered = [...pending, { scanId, questionId, value, before: stored[scanId]?.[questionId] }];
		const r = replica();
		const id = await apkAnswerId(scanId, questionId);
		if (await r.get('apkAnswer', id)) await r.update('apkAnswer', id, { value });
		else await r.create('apkAnswer', { scanId, questionId, value }, id);
	}

	async setOccupation(scanId: string, occupationId: string): Promise<void> {
		await replica().update('apkScan', scanId, { occupationId });
	}

	/** Pins the model version and the outlook the result was shown with, so it never changes afterwards. */
	async complete(scan: ApkScanRecord): Promise<void> {
		const { outlook } = scanContext(scan);
		await replica().update('apkScan', scan.id, { status: 'completed', completedAt: new Date().toISOString(), modelVersion: CURRENT_APK_VERSION, outlook });
	}

	/** The accepted invitation goes with the open scan, or with a new one when none is open. */
	async linkInvitation(invitationId: string): Promise<void> {
		const scans = (await replica().db.records.where('entity').equals('apkScan').toArray()).map((s) => ({ ...(s.data as ApkScanRecord), id: s.id }));
		const open = scans.filter((s) => s.status === 'open').sort((a, b) => a.startedAt.localeCompare(b.startedAt)).at(-1);
		if (open) await replica().update('apkScan', open.id, { invitationId });
		else await this.start(invitationId);
	}

	async addToPlan(scanId: string, step: NextStep, locale: AppLocale): Promise<void> {
		const r = replica();
		const id = await apkPlanItemId(scanId, step.id);
		if (await r.get('planItem', id)) return;
		await r.create('planItem', { kind: 'actie', title: pickText(step.title, locale), description: pickText(step.description, locale), origin: 'apk' }, id);
	}
}

export const apk = new ApkView();
