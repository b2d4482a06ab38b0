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

	/** Looks at every followed search and writes what changed: new offers found, offers gone. */
	async collect(at?: string): Promise<number> {
		// A timestamp to store, not state to react to.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const collectedAt = at ?? new Date().toISOString();
		let found = 0;
		for (const follow of this.all) {
			const passing = this.passing(follow);
			if (passing === null) return found;
			const next = nextFollowState(follow, passing);
			if (!next.changed) continue;
			found += next.found;
			await update(follow.id, {
				seenOfferIds: [...next.seenOfferIds],
				newOfferIds: [...next.newOfferIds],
				...(next.found > 0 ? { collectedAt } : {})
			});
		}
		return found;
	}
}

function update(id: string, patch: Partial<FollowedSearchValues>): Promise<void> {
	return syncManager.write({ entity: 'followedSearch', entityId: id, op: 'patch', patch });
}

/** Follows a search from the aanbod list; what passes now is seen, so only what comes later counts as new. */
export async function followSearch(values: Pick<FollowedSearchValues, 'name' | 'list' | 'filters' | 'minFit'>, passingNow: readonly string[]): Promise<string> {
	const id = newId();
	await syncManager.write({ entity: 'followedSearch', entityId: id, op: 'create', patch: { ...values, seenOfferIds: [...passingNow].sort(), newOfferIds: [] } });
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
			const { seenOfferIds, newOfferIds } = rebaseFollowState(follow, passingNow);
			values.seenOfferIds = [...seenOfferIds];
			values.newOfferIds = [...newOfferIds];
		}
	}
	if (Object.keys(values).length > 0) await update(follow.id, values);
}

/** The resident has seen the new offers of this search. */
export function markSeen(follow: FollowedSearch): Promise<void> {
	return update(follow.id, { newOfferIds: [] });
}

export function stopFollowing(follow: FollowedSearch, message: string): Promise<void> {
	return removeWithUndo('followedSearch', follow.id, message);
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
