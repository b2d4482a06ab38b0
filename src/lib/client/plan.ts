import { newId } from '$lib/shared/id';
import type { Offer } from '$lib/shared/matching/catalogue-schema';
import type { PlanItemValues, PlanOrigin } from '$lib/shared/sync/entities/aanbod';
import { syncManager } from './sync-manager.svelte';

/**
 * Adds an item to the resident's ontwikkelplan on this device (synced later). Other features (the
 * Loopbaan-APK results, a gesprek) call this with their own origin.
 */
export async function addPlanItem(item: Pick<PlanItemValues, 'title' | 'origin'> & Partial<PlanItemValues>): Promise<string> {
	const id = newId();
	const patch = Object.fromEntries(Object.entries({ kind: 'actie', ...item }).filter(([, v]) => v !== undefined));
	await syncManager.write({ entity: 'planItem', entityId: id, op: 'create', patch });
	return id;
}

/** One tap from a matching result: the offer becomes an action in the plan, linked to the offer. */
export function addOfferToPlan(offer: Offer, title: string, origin: PlanOrigin = 'matching'): Promise<string> {
	return addPlanItem({ title, origin, offerId: offer.id, kind: 'actie' });
}

export async function updatePlanItem(id: string, patch: Partial<PlanItemValues>): Promise<void> {
	if (Object.keys(patch).length === 0) return;
	await syncManager.write({ entity: 'planItem', entityId: id, op: 'patch', patch });
}

export async function removePlanItem(id: string): Promise<void> {
	await syncManager.write({ entity: 'planItem', entityId: id, op: 'delete' });
}
