import { liveQuery, type Subscription } from 'dexie';
import { newId } from '../shared/id';
import type { PaspoortSnapshot } from '../shared/paspoort/snapshot';
import { sameValue } from '../shared/sync/merge';
import type { EntityValues } from '../shared/sync/entity';
import type { LocalRecord, SyncDatabase } from './db';
import { syncManager } from './sync-manager.svelte';

const PASPOORT_ENTITIES = ['profile', 'workExperience', 'education', 'certificate', 'language', 'skillClaim'] as const;

const EMPTY: PaspoortSnapshot = { profile: {}, workExperiences: [], educations: [], certificates: [], languages: [], skillClaims: [] };

/**
 * The resident's paspoort as stored on this device (pending edits included), live: a pull or an edit in
 * another tab shows up at once. Writes go through the sync manager, so each one is queued for the server.
 */
class PaspoortStore {
	#records = $state<LocalRecord[] | null>(null);
	/** Whether this device has ever completed a pull, read in the same query as the records. */
	#synced = $state(false);
	/** What the page's server data said: the server holds records of this portfolio (so an empty device must pull first). */
	#serverHasData = $state(true);
	#db: SyncDatabase | null = null;
	#subscription: Subscription | null = null;

	/**
	 * True once the device database has been read and can be shown. A device that holds nothing and never
	 * synced waits for its first pull (unless it cannot sync now): otherwise a paspoort kept on the server
	 * would show as empty on a new phone, with a "welcome, start here" that disappears a moment later.
	 */
	get loaded(): boolean {
		const records = this.#records;
		if (records === null) return false;
		return records.length > 0 || this.#synced || !this.#serverHasData || syncManager.status === 'offline' || syncManager.status === 'error';
	}

	readonly snapshot: PaspoortSnapshot = $derived.by(() => {
		const records = this.#records;
		if (!records) return EMPTY;
		const of = <T>(entity: string) => records.filter((r) => r.entity === entity).map((r) => ({ ...(r.data as T), id: r.id }));
		return {
			profile: (records.find((r) => r.entity === 'profile')?.data ?? {}) as PaspoortSnapshot['profile'],
			workExperiences: of<PaspoortSnapshot['workExperiences'][number]>('workExperience'),
			educations: of<PaspoortSnapshot['educations'][number]>('education'),
			certificates: of<PaspoortSnapshot['certificates'][number]>('certificate'),
			languages: of<PaspoortSnapshot['languages'][number]>('language'),
			skillClaims: of<PaspoortSnapshot['skillClaims'][number]>('skillClaim')
		};
	});

	/** From the resident layout's server data; unknown (offline, no data) counts as "the server has data". */
	set serverHasData(value: boolean | undefined) {
		this.#serverHasData = value !== false;
	}

	/** Follows the sync manager's database; called from the resident layout whenever it changes. */
	attach(db: SyncDatabase | null): void {
		if (db === this.#db) return;
		this.#subscription?.unsubscribe();
		this.#db = db;
		this.#records = null;
		if (!db) return;
		// One query for both, so a finished first pull never shows its mark before its records.
		this.#subscription = liveQuery(() =>
			Promise.all([db.records.where('entity').anyOf([...PASPOORT_ENTITIES]).toArray(), db.meta.get('lastSyncedAt')])
		).subscribe(([records, synced]) => {
			this.#records = records;
			this.#synced = synced !== undefined;
		});
	}

	/**
	 * Saves a record: a create with every given field, or a patch of only the fields that changed, so an
	 * unchanged field never conflicts with someone else's edit. Returns the record id.
	 */
	async save(entity: string, values: EntityValues, existing?: { id: string } & EntityValues, id?: string): Promise<string> {
		const entityId = existing?.id ?? id ?? newId();
		const patch = existing ? Object.fromEntries(Object.entries(values).filter(([k, v]) => !sameValue(existing[k], v))) : values;
		if (Object.keys(patch).length > 0) {
			await syncManager.write({ entity, entityId, op: existing ? 'patch' : 'create', patch });
		}
		return entityId;
	}

	#named = false;

	/**
	 * A new paspoort starts with the name given at registration, so the CV, the EVC intake pack and an
	 * adviser see it without the resident typing it twice. Only while the portfolio has no profile at all,
	 * on this device and on the server; a name the resident changed or cleared is never overwritten.
	 */
	async startWithName(name: string, serverHasData: boolean | undefined): Promise<void> {
		if (this.#named || !name || serverHasData !== false || !this.loaded || !syncManager.portfolioId) return;
		if (this.#records?.some((r) => r.entity === 'profile')) return;
		this.#named = true;
		await this.saveProfile({ displayName: name });
	}

	/** The profile is one record whose id is the portfolio id. */
	async saveProfile(values: EntityValues): Promise<void> {
		const id = syncManager.portfolioId;
		if (!id) throw new Error('portfolio not known yet');
		const current = this.#records?.find((r) => r.entity === 'profile');
		await this.save('profile', values, current ? { ...current.data, id } : undefined, id);
	}

	async remove(entity: string, id: string): Promise<void> {
		await syncManager.write({ entity, entityId: id, op: 'delete' });
	}
}

export const paspoort = new PaspoortStore();
