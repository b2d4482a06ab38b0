import { newId } from '$lib/shared/id';
import { forbiddenFields } from '$lib/shared/sync/authorise';
import { findEntitySpec } from '$lib/shared/sync/entities';
import type { EntityValues } from '$lib/shared/sync/entity';
import { syncManager } from './sync-manager.svelte';

/** How long "Ongedaan maken" stays on screen; it waits while the resident's pointer or focus is on it. */
export const UNDO_MS = 10_000;

export interface UndoOffer {
	/** What was removed, in words: "Skill ‘Lassen’ is verwijderd." */
	message: string;
	undo: () => Promise<void>;
}

/**
 * The one undo on offer: a deletion happens at once (and syncs like any edit), and for a few seconds the
 * toast offers to bring it back. A new deletion replaces the offer before it.
 */
class UndoStore {
	#offer = $state<(UndoOffer & { key: number }) | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#paused = false;
	#key = 0;

	get current() {
		return this.#offer;
	}

	offer(offer: UndoOffer): void {
		this.#offer = { ...offer, key: ++this.#key };
		this.#paused = false;
		this.#arm();
	}

	/** While the pointer or keyboard focus is on the toast the offer does not run out. */
	pause(paused: boolean): void {
		this.#paused = paused;
		if (paused) clearTimeout(this.#timer);
		else this.#arm();
	}

	dismiss(): void {
		clearTimeout(this.#timer);
		this.#offer = null;
	}

	async run(): Promise<void> {
		const offer = this.#offer;
		this.dismiss();
		if (offer) await offer.undo();
	}

	#arm() {
		clearTimeout(this.#timer);
		if (!this.#offer || this.#paused) return;
		const key = this.#offer.key;
		this.#timer = setTimeout(() => {
			if (this.#offer?.key === key) this.#offer = null;
		}, UNDO_MS);
	}
}

export const undo = new UndoStore();

/**
 * The fields of a removed record the resident may write again: what the adviser added (a validation, a
 * review) is not the resident's to restore, and an empty field is left to its default.
 */
export function restorableValues(entity: string, data: EntityValues): EntityValues {
	const spec = findEntitySpec(entity);
	if (!spec) return {};
	let values = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));
	for (let i = 0; i < 3; i++) {
		const refused = forbiddenFields(spec, 'inwoner', { op: 'create', patch: values });
		if (refused.length === 0) break;
		values = Object.fromEntries(Object.entries(values).filter(([k]) => !refused.includes(k)));
	}
	return values;
}

/**
 * Deletes one of the resident's records on this device (synced later) and offers to undo it. Undoing makes
 * the record again, under a new id: the server keeps the deletion of the old one, so every device agrees.
 */
export async function removeWithUndo(entity: string, id: string, message: string): Promise<void> {
	const db = syncManager.db;
	const before = (await db?.records.get([entity, id]))?.data;
	await syncManager.write({ entity, entityId: id, op: 'delete' });
	if (!before) return;
	const values = restorableValues(entity, before);
	undo.offer({
		message,
		undo: () => syncManager.write({ entity, entityId: newId(), op: 'create', patch: values })
	});
}
