import { liveQuery, type Subscription } from 'dexie';
import { newId } from '../shared/id';
import type { EvcEvidenceValues, EvcOutcomeValues, EvcReviewValues, EvcTrackValues } from '../shared/sync/entities/evc';
import type { LocalFile, LocalRecord, SyncDatabase } from './db';

export type EvcTrack = EvcTrackValues & { id: string };
export type EvcEvidence = EvcEvidenceValues & { id: string };
export type EvcReview = EvcReviewValues & { id: string };
export type EvcOutcome = EvcOutcomeValues & { id: string };
/** Upload state of one file on this device: bytes confirmed by the server out of the total. */
export type FileProgress = { sent: number; size: number; uploaded: boolean };

const EVC_ENTITIES = ['evcTrack', 'evcEvidence', 'evcReview', 'evcOutcome'] as const;

/**
 * The resident's EVC dossier as stored on this device, live. The current track is the most recently
 * created one (ids are UUIDv7, so they sort by time); evidence of earlier tracks stays but is not shown.
 */
class EvcStore {
	#records = $state<LocalRecord[] | null>(null);
	#files = $state<Record<string, FileProgress>>({});
	#db: SyncDatabase | null = null;
	#subscriptions: Subscription[] = [];

	get loaded(): boolean {
		return this.#records !== null;
	}

	#of<T>(entity: string): (T & { id: string })[] {
		return (this.#records ?? []).filter((r) => r.entity === entity).map((r) => ({ ...(r.data as T), id: r.id }));
	}

	readonly track: EvcTrack | null = $derived.by(() => this.#of<EvcTrackValues>('evcTrack').sort((a, b) => b.id.localeCompare(a.id))[0] ?? null);
	readonly evidence: EvcEvidence[] = $derived.by(() => {
		const track = this.track;
		return track ? this.#of<EvcEvidenceValues>('evcEvidence').filter((e) => e.trackId === track.id).sort((a, b) => a.id.localeCompare(b.id)) : [];
	});
	readonly reviews: EvcReview[] = $derived.by(() => this.#of<EvcReviewValues>('evcReview'));
	readonly outcomes: EvcOutcome[] = $derived.by(() => this.#of<EvcOutcomeValues>('evcOutcome'));

	/** The latest review of an evidence item. */
	reviewOf(evidenceId: string): EvcReview | undefined {
		return this.reviews.filter((r) => r.evidenceId === evidenceId).sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt))[0];
	}

	progressOf(fileId: string): FileProgress | undefined {
		return this.#files[fileId];
	}

	attach(db: SyncDatabase | null): void {
		if (db === this.#db) return;
		for (const s of this.#subscriptions) s.unsubscribe();
		this.#db = db;
		this.#records = null;
		if (!db) return;
		this.#subscriptions = [
			liveQuery(() => db.records.where('entity').anyOf([...EVC_ENTITIES]).toArray()).subscribe((records) => (this.#records = records)),
			// Blob sizes only: the progress bar must not copy every file into memory on each change.
			liveQuery(async () => {
				const progress: Record<string, FileProgress> = {};
				await db.files.each((f: LocalFile) => (progress[f.id] = { sent: f.sent ?? 0, size: f.blob.size, uploaded: f.uploaded === 1 }));
				return progress;
			}).subscribe((all) => (this.#files = all))
		];
	}
}

export const evc = new EvcStore();
export { newId };
