import type { EntityRows, Replica } from '$lib/client/replica.svelte';
import { syncManager } from '$lib/client/sync-manager.svelte';
import type { PaspoortSnapshot } from '$lib/shared/paspoort/snapshot';
import type { EntityName, ValuesOf } from '$lib/shared/sync/entities';

const EMPTY: PaspoortSnapshot = { profile: {}, workExperiences: [], educations: [], certificates: [], languages: [], skillClaims: [] };

interface Parts {
	profile: EntityRows<'profile'>;
	workExperience: EntityRows<'workExperience'>;
	education: EntityRows<'education'>;
	certificate: EntityRows<'certificate'>;
	language: EntityRows<'language'>;
	skillClaim: EntityRows<'skillClaim'>;
}

function readParts(r: Replica): Parts | null {
	const parts = {
		profile: r.entity('profile'),
		workExperience: r.entity('workExperience'),
		education: r.entity('education'),
		certificate: r.entity('certificate'),
		language: r.entity('language'),
		skillClaim: r.entity('skillClaim')
	};
	return Object.values(parts).every((p) => p !== null) ? (parts as Parts) : null;
}

function replica(): Replica {
	const r = syncManager.replica;
	if (!r) throw new Error('sync not started');
	return r;
}

/**
 * The resident's paspoort as stored on this device (pending edits included), live: a pull or an edit in
 * another tab shows up at once. A view over the replica; writes go through it, so each one is queued.
 */
class PaspoortView {
	/** What the page's server data said: the server holds records of this portfolio (so an empty device must pull first). */
	#serverHasData = $state(true);

	readonly #parts: Parts | null = $derived.by(() => {
		const r = syncManager.replica;
		return r ? readParts(r) : null;
	});

	/**
	 * True once the device database has been read and can be shown. A device that holds nothing and never
	 * synced waits for its first pull (unless it cannot sync now): otherwise a paspoort kept on the server
	 * would show as empty on a new phone, with a "welcome, start here" that disappears a moment later.
	 * Each entity is read with the "first pull done" mark in one query, so the mark never comes before its records.
	 */
	get loaded(): boolean {
		const parts = this.#parts;
		if (parts === null) return false;
		const all = Object.values(parts) as EntityRows<EntityName>[];
		return (
			all.some((p) => p.rows.length > 0) ||
			all.every((p) => p.synced) ||
			!this.#serverHasData ||
			syncManager.status === 'offline' ||
			syncManager.status === 'error'
		);
	}

	readonly snapshot: PaspoortSnapshot = $derived.by(() => {
		const parts = this.#parts;
		if (!parts) return EMPTY;
		return {
			profile: parts.profile.rows[0] ? withoutId(parts.profile.rows[0]) : {},
			workExperiences: parts.workExperience.rows,
			educations: parts.education.rows,
			certificates: parts.certificate.rows,
			languages: parts.language.rows,
			skillClaims: parts.skillClaim.rows
		};
	});

	/** From the resident layout's server data; unknown (offline, no data) counts as "the server has data". */
	set serverHasData(value: boolean | undefined) {
		this.#serverHasData = value !== false;
	}

	/**
	 * Saves a record: a create with every given field, or a patch of only the fields that changed, so an
	 * unchanged field never conflicts with someone else's edit. Returns the record id.
	 */
	save<N extends EntityName>(entity: N, values: Partial<ValuesOf<N>>, existing?: { id: string } & Partial<ValuesOf<N>>, id?: string): Promise<string> {
		return replica().save(entity, values, existing, id);
	}

	#named = false;

	/**
	 * A new paspoort starts with the name given at registration, so the CV, the EVC intake pack and an
	 * adviser see it without the resident typing it twice. Only while the portfolio has no profile at all,
	 * on this device and on the server; a name the resident changed or cleared is never overwritten.
	 */
	async startWithName(name: string, serverHasData: boolean | undefined): Promise<void> {
		if (this.#named || !name || serverHasData !== false || !this.loaded || !syncManager.portfolioId) return;
		if ((this.#parts?.profile.rows.length ?? 0) > 0) return;
		this.#named = true;
		await this.saveProfile({ displayName: name });
	}

	/** The profile is one record whose id is the portfolio id. */
	async saveProfile(values: Partial<ValuesOf<'profile'>>): Promise<void> {
		const id = syncManager.portfolioId;
		if (!id) throw new Error('portfolio not known yet');
		const r = replica();
		await r.save('profile', values, await r.get('profile', id), id);
	}

	/** The resident's name as stored now, for work started from a button (an export). */
	async displayName(): Promise<string> {
		const id = syncManager.portfolioId;
		return (id ? (await replica().get('profile', id))?.displayName : undefined) ?? '';
	}

	async remove(entity: EntityName, id: string): Promise<void> {
		await replica().remove(entity, id);
	}
}

function withoutId<T extends { id: string }>(row: T): Omit<T, 'id'> {
	const { id: _id, ...values } = row;
	return values;
}

export const paspoort = new PaspoortView();
