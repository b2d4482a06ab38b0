import type { Replica, Row } from '$lib/client/replica.svelte';
import { syncManager } from '$lib/client/sync-manager.svelte';

export type Bericht = Row<'bericht'>;

function replica(): Replica {
	const r = syncManager.replica;
	if (!r) throw new Error('sync not started');
	return r;
}

/** The resident's berichten on this device, newest first; they arrive with the pull and can be read offline. */
class BerichtenView {
	get loaded(): boolean {
		return (syncManager.replica?.rows('bericht') ?? null) !== null;
	}

	readonly all: Bericht[] = $derived([...(syncManager.replica?.rows('bericht') ?? [])].sort((a, b) => b.at.localeCompare(a.at)));
	readonly unread: number = $derived(this.all.filter((b) => !b.readAt).length);

	async markRead(ids: string[], now = new Date()): Promise<void> {
		for (const id of ids) await replica().update('bericht', id, { readAt: now.toISOString() });
	}

	async remove(id: string): Promise<void> {
		await replica().remove('bericht', id);
	}
}

export const berichten = new BerichtenView();
