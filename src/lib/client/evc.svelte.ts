import type { FileProgress, Replica, Row } from '$lib/client/replica.svelte';
import { syncManager } from '$lib/client/sync-manager.svelte';
import { outcomeSkillChanges } from '$lib/shared/evc/outcome';
import type { ValuesOf } from '$lib/shared/sync/entities';

export type EvcTrack = Row<'evcTrack'>;
export type EvcEvidence = Row<'evcEvidence'>;
export type EvcReview = Row<'evcReview'>;
export type EvcOutcome = Row<'evcOutcome'>;
export type { FileProgress };

function replica(): Replica {
	const r = syncManager.replica;
	if (!r) throw new Error('sync not started');
	return r;
}

/**
 * The resident's EVC dossier as stored on this device, live: a view over the replica. The current track
 * is the most recently created one (ids are UUIDv7, so they sort by time); evidence of earlier tracks
 * stays but is not shown. EVC pages write through here.
 */
class EvcView {
	get loaded(): boolean {
		const r = syncManager.replica;
		return r !== null && [r.rows('evcTrack'), r.rows('evcEvidence'), r.rows('evcReview'), r.rows('evcOutcome')].every((rows) => rows !== null);
	}

	readonly track: EvcTrack | null = $derived.by(() => [...(syncManager.replica?.rows('evcTrack') ?? [])].sort((a, b) => b.id.localeCompare(a.id))[0] ?? null);
	readonly evidence: EvcEvidence[] = $derived.by(() => {
		const track = this.track;
		const all = syncManager.replica?.rows('evcEvidence') ?? [];
		return track ? all.filter((e) => e.trackId === track.id).sort((a, b) => a.id.localeCompare(b.id)) : [];
	});
	readonly reviews: EvcReview[] = $derived(syncManager.replica?.rows('evcReview') ?? []);
	readonly outcomes: EvcOutcome[] = $derived(syncManager.replica?.rows('evcOutcome') ?? []);

	/** The latest review of an evidence item. */
	reviewOf(evidenceId: string): EvcReview | undefined {
		return this.reviews.filter((r) => r.evidenceId === evidenceId).sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt))[0];
	}

	progressOf(fileId: string): FileProgress | undefined {
		return syncManager.replica?.files()?.[fileId];
	}

	/** Starts collecting proof against a kwalificatie; the new track becomes the current one. */
	async startTrack(kwalificatieId: string): Promise<string> {
		return replica().create('evcTrack', { kwalificatieId, status: 'verzamelen' });
	}

	async addEvidence(values: Partial<ValuesOf<'evcEvidence'>>): Promise<string> {
		return replica().create('evcEvidence', values);
	}

	async removeEvidence(id: string): Promise<void> {
		await replica().remove('evcEvidence', id);
	}

	/**
	 * Records an outcome; the werkprocessen it confirms raise their skills through the normal write path,
	 * so they sync like any edit. Returns how many skills changed.
	 */
	async addOutcome(values: ValuesOf<'evcOutcome'> | Partial<ValuesOf<'evcOutcome'>> & { werkprocesIds: string[] }): Promise<number> {
		const r = replica();
		await r.create('evcOutcome', values);
		const claims = (await r.db.records.where('entity').equals('skillClaim').toArray()).map((c) => ({ ...(c.data as ValuesOf<'skillClaim'>), id: c.id }));
		const changes = outcomeSkillChanges(values.werkprocesIds, claims);
		for (const c of changes.create) await r.create('skillClaim', c);
		for (const p of changes.patch) await r.update('skillClaim', p.id, p.patch);
		return changes.create.length + changes.patch.length;
	}
}

export const evc = new EvcView();
