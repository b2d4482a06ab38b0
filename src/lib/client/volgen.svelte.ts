import { AanbodData } from '$lib/client/aanbod.svelte';
import type { Row } from '$lib/client/replica.svelte';
import { syncManager } from '$lib/client/sync-manager.svelte';
import { removeWithUndo } from '$lib/client/undo.svelte';
import { newId } from '$lib/shared/id';
import type { Offer } from '$lib/shared/matching/catalogue-schema';
import { nextFollowState, passingOfferIds, rebaseFollowState, type FollowQuery } from '$lib/shared/matching/follow';
import { scoreOffers } from '$lib/shared/matching/match';
import type { FollowedSearchValues } from '$lib/shared/sync/entities/followed-search';

export type FollowedSearch = Row<'followedSearch'>;

/**
 * The resident's followed searches over the replica, and what passes each of them now: the catalogue is
 * scored once for the profile (no explanations), each search then only filters that list.
 */
export class FollowedSearches {
	readonly aanbod = new AanbodData();
	readonly #rows = $derived(syncManager.replica?.rows('followedSearch') ?? null);

	get loaded(): boolean {
		return this.#rows !== null;
	}

	readonly all: FollowedSearch[] = $derived([...(this.#rows ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')));

	/** Every offer the lists would show for this profile, with its score; null until profile and catalogue are on the device. */
	readonly scored: { offer: Offer; score: number }[] | null = $derived(
		this.aanbod.loaded && this.aanbod.offers.length > 0 ? scoreOffers(this.aanbod.matchProfile, this.aanbod.offers, this.aanbod.matchContext) : null
	);

	/** The offers that pass this query now, or null when the device cannot tell yet. */
	passing(query: FollowQuery): string[] | null {
		return this.scored === null ? null : passingOfferIds(this.scored, query, this.aanbod.outlook);
	}

	/**
	 * Looks at every followed search and writes what changed: new offers found (synced), what passes now
	 * (on this device only). A search this device has not looked at before starts from what passes now.
	 */
	async collect(at?: string): Promise<number> {
		const db = syncManager.db;
		if (!db) return 0;
		// A timestamp to store, not state to react to.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const collectedAt = at ?? new Date().toISOString();
		const follows = this.all;
		const passingOf = follows.map((follow) => this.passing(follow));
		if (passingOf.some((p) => p === null)) return 0;
		const seenEntries = await db.meta.bulkGet(follows.map((f) => seenKey(f.id)));
		let found = 0;
		for (const [i, follow] of follows.entries()) {
			const passing = passingOf[i]!;
			const seen = seenEntries[i]?.value as string[] | undefined;
			if (seen === undefined) {
				await writeSeen(follow.id, passing);
				continue;
			}
			const next = nextFollowState({ seenOfferIds: seen, newOfferIds: follow.newOfferIds }, passing);
			if (!next.changed) continue;
			if (next.seenOfferIds !== seen) await writeSeen(follow.id, next.seenOfferIds);
			if (next.found > 0 || next.newOfferIds.length !== follow.newOfferIds.length || next.newOfferIds.some((id, j) => id !== follow.newOfferIds[j])) {
				found += next.found;
				await update(follow.id, { newOfferIds: [...next.newOfferIds], ...(next.found > 0 ? { collectedAt } : {}) });
			}
		}
		return found;
	}
}

/** Which offers passed a search at this device's last look: in the device's own bookkeeping, never synced. */
function seenKey(followId: string): string {
	return `followSeen:${followId}`;
}

async function writeSeen(followId: string, ids: readonly string[]): Promise<void> {
	await syncManager.db?.meta.put({ key: seenKey(followId), value: [...ids].sort() });
}

function update(id: string, patch: Partial<FollowedSearchValues>): Promise<void> {
	return syncManager.write({ entity: 'followedSearch', entityId: id, op: 'patch', patch });
}

/** Follows a search from the aanbod list; what passes now is seen, so only what comes later counts as new. */
export async function followSearch(values: FollowQuery & Pick<FollowedSearchValues, 'name'>, passingNow: readonly string[]): Promise<string> {
	const id = newId();
	await writeSeen(id, passingNow);
	await syncManager.write({ entity: 'followedSearch', entityId: id, op: 'create', patch: { ...values } });
	return id;
}

/**
 * A new name or minimum fit. With another minimum fit what passes now becomes the seen set, so lowering it
 * does not count the offers that were there all along as new.
 */
export async function changeFollow(follow: FollowedSearch, patch: { name: string; minFit: number }, passingNow: readonly string[] | null): Promise<void> {
	const values: Partial<FollowedSearchValues> = {};
	if (patch.name !== follow.name) values.name = patch.name;
	if (patch.minFit !== follow.minFit) {
		values.minFit = patch.minFit;
		if (passingNow !== null) {
			const { seenOfferIds, newOfferIds } = rebaseFollowState({ seenOfferIds: [], newOfferIds: follow.newOfferIds }, passingNow);
			await writeSeen(follow.id, seenOfferIds);
			values.newOfferIds = [...newOfferIds];
		}
	}
	if (Object.keys(values).length > 0) await update(follow.id, values);
}

/** The resident has seen the new offers of this search. */
export function markSeen(follow: FollowedSearch): Promise<void> {
	return update(follow.id, { newOfferIds: [] });
}

export async function stopFollowing(follow: FollowedSearch, message: string): Promise<void> {
	await syncManager.db?.meta.delete(seenKey(follow.id));
	await removeWithUndo('followedSearch', follow.id, message);
}

/**
 * Started by the resident layout: whenever the followed searches, the paspoort or the catalogue change on
 * this device (a pull, an edit), the searches are looked at again. Without followed searches nothing is read,
 * so the catalogue is not loaded for it. Returns the effect's body.
 */
export function collectFollowedOffers(searches: FollowedSearches): () => void {
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				await searches.collect();
			} while (again);
		} catch (error) {
			console.error('[volgen] collecting new offers failed', error);
		} finally {
			running = false;
		}
	};
	return () => {
		if (searches.all.length === 0 || searches.scored === null) return;
		void run();
	};
}
