import { liveQuery, type Subscription } from 'dexie';
import { CURRENT_APK_VERSION, type ApkAnswers, type ApkAnswerValue, type NextStep } from '../data/apk';
import { occupationOutlook } from '../data/catalogue/kansberoepen';
import { apkAnswerId, apkPlanItemId, occupationSkillIds, scoreScan, type ApkContext, type ApkResult, type CompletedApkScan } from '../shared/apk';
import { newId } from '../shared/id';
import { pickText, type AppLocale } from '../shared/locale';
import type { ApkScanValues } from '../shared/sync/entities/apk';
import type { LocalRecord, SyncDatabase } from './db';
import { syncManager } from './sync-manager.svelte';

const ENTITIES = ['apkScan', 'apkAnswer', 'planItem', 'profile', 'workExperience'] as const;

export type ApkScanRecord = ApkScanValues & { id: string };

/** What block 4 and 5 are scored with: the scan's own occupation, and its outlook as fixed at completion. */
export function scanContext(scan: ApkScanRecord): ApkContext {
	return {
		occupationSkillIds: occupationSkillIds(scan.occupationId),
		outlook: scan.outlook ?? (scan.occupationId ? occupationOutlook(scan.occupationId) : 'onbekend')
	};
}

/**
 * The resident's Loopbaan-APK as stored on this device, live: an answer given on another device shows
 * up after the next pull, so a scan can be finished anywhere. Every write goes through the sync manager.
 */
class ApkStore {
	#records = $state<LocalRecord[] | null>(null);
	#db: SyncDatabase | null = null;
	#subscription: Subscription | null = null;

	get loaded(): boolean {
		return this.#records !== null;
	}

	readonly scans: ApkScanRecord[] = $derived.by(() =>
		(this.#records ?? [])
			.filter((r) => r.entity === 'apkScan')
			.map((r) => ({ ...(r.data as ApkScanValues), id: r.id }))
			.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
	);

	/** Oldest first, as the history and the trend chart read them. */
	readonly completed: ApkScanRecord[] = $derived(
		this.scans.filter((s) => s.status === 'completed' && s.completedAt).sort((a, b) => a.completedAt!.localeCompare(b.completedAt!))
	);

	/** The scan to resume: the newest one not completed yet. */
	readonly openScan: ApkScanRecord | null = $derived(this.scans.filter((s) => s.status === 'open').at(-1) ?? null);

	/**
	 * Answers picked on this screen whose write has not come back through the device database yet. They
	 * count at once, so "Bekijk je uitslag" right after the last click never sees a question as open.
	 */
	#justAnswered = $state<Record<string, Record<string, ApkAnswerValue>>>({});

	readonly #answersByScan: Readonly<Record<string, Record<string, ApkAnswerValue>>> = $derived.by(() => {
		const byScan: Record<string, Record<string, ApkAnswerValue>> = {};
		for (const r of this.#records ?? []) {
			if (r.entity !== 'apkAnswer') continue;
			const { scanId, questionId, value } = r.data as { scanId: string; questionId: string; value: ApkAnswerValue };
			(byScan[scanId] ??= {})[questionId] = value;
		}
		for (const [scanId, answers] of Object.entries(this.#justAnswered)) Object.assign((byScan[scanId] ??= {}), answers);
		return byScan;
	});

	readonly #planItemIds: Set<string> = $derived(new Set((this.#records ?? []).filter((r) => r.entity === 'planItem').map((r) => r.id)));

	/**
	 * Block 4 rates the skills of the current job (a werkervaring without an end month), otherwise of the
	 * first beroepswens; null lets the resident pick one in the scan.
	 */
	readonly suggestedOccupationId: string | null = $derived.by(() => {
		const records = this.#records ?? [];
		const current = records
			.filter((r) => r.entity === 'workExperience' && r.data.occupationId && !r.data.endMonth)
			.sort((a, b) => String(b.data.startMonth ?? '').localeCompare(String(a.data.startMonth ?? '')))[0];
		if (current) return current.data.occupationId as string;
		const wishes = records.find((r) => r.entity === 'profile')?.data.beroepswensen;
		return Array.isArray(wishes) && typeof wishes[0] === 'string' ? wishes[0] : null;
	});

	answersOf(scanId: string): ApkAnswers {
		return Object.hasOwn(this.#answersByScan, scanId) ? this.#answersByScan[scanId]! : {};
	}

	result(scan: ApkScanRecord): ApkResult {
		return scoreScan({ modelVersion: scan.modelVersion, answers: this.answersOf(scan.id), context: scanContext(scan) });
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

	attach(db: SyncDatabase | null): void {
		if (db === this.#db) return;
		this.#subscription?.unsubscribe();
		this.#db = db;
		this.#records = null;
		this.#justAnswered = {};
		if (!db) return;
		this.#subscription = liveQuery(() => db.records.where('entity').anyOf([...ENTITIES]).toArray()).subscribe((records) => {
			this.#records = records;
			this.#forgetStored(records);
		});
	}

	/** Once the device database holds an answer, it speaks for itself (and for later edits elsewhere). */
	#forgetStored(records: LocalRecord[]) {
		if (Object.keys(this.#justAnswered).length === 0) return;
		const next: Record<string, Record<string, ApkAnswerValue>> = {};
		for (const [scanId, answers] of Object.entries(this.#justAnswered)) {
			for (const [questionId, value] of Object.entries(answers)) {
				const stored = records.some((r) => {
					const d = r.data as { scanId?: string; questionId?: string; value?: ApkAnswerValue };
					return r.entity === 'apkAnswer' && d.scanId === scanId && d.questionId === questionId && d.value === value;
				});
				if (!stored) (next[scanId] ??= {})[questionId] = value;
			}
		}
		this.#justAnswered = next;
	}

	async start(invitationId: string | null = null): Promise<string> {
		const id = newId();
		await syncManager.write({
			entity: 'apkScan',
			entityId: id,
			op: 'create',
			patch: { modelVersion: CURRENT_APK_VERSION, occupationId: this.suggestedOccupationId, invitationId, startedAt: new Date().toISOString() }
		});
		return id;
	}

	/** Saved at once, one record per question, so leaving the page (or going offline) loses nothing. */
	async answer(scanId: string, questionId: string, value: ApkAnswerValue): Promise<void> {
		this.#justAnswered = { ...this.#justAnswered, [scanId]: { ...this.#justAnswered[scanId], [questionId]: value } };
		const id = await apkAnswerId(scanId, questionId);
		const exists = this.#records?.some((r) => r.entity === 'apkAnswer' && r.id === id);
		await syncManager.write({
			entity: 'apkAnswer',
			entityId: id,
			op: exists ? 'patch' : 'create',
			patch: exists ? { value } : { scanId, questionId, value }
		});
	}

	async setOccupation(scanId: string, occupationId: string): Promise<void> {
		await syncManager.write({ entity: 'apkScan', entityId: scanId, op: 'patch', patch: { occupationId } });
	}

	/** Pins the model version and the outlook the result was shown with, so it never changes afterwards. */
	async complete(scan: ApkScanRecord): Promise<void> {
		const { outlook } = scanContext(scan);
		await syncManager.write({
			entity: 'apkScan',
			entityId: scan.id,
			op: 'patch',
			patch: { status: 'completed', completedAt: new Date().toISOString(), modelVersion: CURRENT_APK_VERSION, outlook }
		});
	}

	/** The accepted invitation goes with the open scan, or with a new one when none is open. */
	async linkInvitation(invitationId: string): Promise<void> {
		const open = this.openScan;
		if (open) await syncManager.write({ entity: 'apkScan', entityId: open.id, op: 'patch', patch: { invitationId } });
		else await this.start(invitationId);
	}

	async addToPlan(scanId: string, step: NextStep, locale: AppLocale): Promise<void> {
		const id = await apkPlanItemId(scanId, step.id);
		if (this.isInPlan(id)) return;
		await syncManager.write({
			entity: 'planItem',
			entityId: id,
			op: 'create',
			patch: { kind: 'actie', title: pickText(step.title, locale), description: pickText(step.description, locale), origin: 'apk' }
		});
	}
}

export const apk = new ApkStore();
