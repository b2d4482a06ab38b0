import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { issueMessages } from '$lib/shared/issues';
import { m } from '$lib/paraglide/messages';
import { kansberoepSchema, offerSchema, providerSchema, type Kansberoep, type Offer, type Provider } from '$lib/shared/matching/catalogue-schema';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord } from '$lib/server/db/schema';
import { writeCatalogue } from '$lib/server/sync/catalogue';

/** The catalogue kinds a beheerder edits here; funding rules are versioned data and change by release. */
export type EditableKind = 'offer' | 'provider' | 'kansberoep';

export interface CatalogueItems {
	offer: Offer;
	provider: Provider;
	kansberoep: Kansberoep;
}

export interface CatalogueEntry<T> {
	id: string;
	data: T;
	/** Archived items stay for the beheerder (to restore them); devices leave them out of matching. */
	archived: boolean;
}

export type SaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string[]> };

const SCHEMAS: { [K in EditableKind]: z.ZodType<CatalogueItems[K]> } = {
	offer: offerSchema,
	provider: providerSchema,
	kansberoep: kansberoepSchema
};

const idOf: { [K in EditableKind]: (item: CatalogueItems[K]) => string } = {
	offer: (o) => o.id,
	provider: (p) => p.id,
	kansberoep: (k) => k.occupationId
};

const GEMEENTE_IDS = new Set<string>(WOONPLAATS_OPTIONS.map((o) => o.id));

export async function listCatalogue<K extends EditableKind>(db: Db, kind: K): Promise<CatalogueEntry<CatalogueItems[K]>[]> {
	const rows = await db
		.select({ id: catalogueRecord.id, data: catalogueRecord.data })
		.from(catalogueRecord)
		.where(and(eq(catalogueRecord.kind, kind), isNull(catalogueRecord.deletedAt)));
	return rows.map((row) => {
		const data = row.data as CatalogueItems[K] & { archived?: boolean };
		return { id: row.id, data, archived: data.archived === true };
	});
}

export async function getCatalogueEntry<K extends EditableKind>(db: Db, kind: K, id: string): Promise<CatalogueEntry<CatalogueItems[K]> | null> {
	// No id holds U+0000, and PostgreSQL refuses to compare text with one (a URL can carry %00).
	if (id.includes('\u0000')) return null;
	const [row] = await db
		.select({ data: catalogueRecord.data })
		.from(catalogueRecord)
		.where(and(eq(catalogueRecord.kind, kind), eq(catalogueRecord.id, id), isNull(catalogueRecord.deletedAt)));
	if (!row) return null;
	const data = row.data as CatalogueItems[K] & { archived?: boolean };
	return { id, data, archived: data.archived === true };
}

/** Schema paths to the form's field names: list entries report on their list, a source on its own inputs. */
function formFieldErrors(errors: Record<string, string[]>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [path, messages] of Object.entries(errors)) {
		const [head = '_', sub] = path.split('.');
		const field = head === 'source' && sub ? `source${sub[0]!.toUpperCase()}${sub.slice(1)}` : head;
		for (const message of messages) if (!(out[field] ??= []).includes(message)) out[field].push(message);
	}
	return out;
}

/** What an item carries besides its schema's fields: where it came from (an employer's form, a supplier's import). */
const ORIGIN_FIELDS = ['origin', 'supplierId', 'externalId'] as const;

/** Ids the editor's own pages use in their URLs. */
const RESERVED_IDS = new Set(['nieuw', 'aanbieders', 'kansberoepen']);

function addError(errors: Record<string, string[]>, field: string, message: string) {
	(errors[field] ??= []).push(message);
}

/** What the schema cannot know: the ids an item points at must exist in the catalogue and the taxonomy. */
async function referenceErrors(db: Db, kind: EditableKind, item: Offer | Provider | Kansberoep): Promise<Record<string, string[]>> {
	const errors: Record<string, string[]> = {};
	if (kind === 'kansberoep') {
		const k = item as Kansberoep;
		if (!occupationById(k.occupationId)) addError(errors, 'occupationId', m.beheer_aanbod_error_unknown_occupation({ ids: k.occupationId }));
		return errors;
	}
	const withPlace = item as Offer | Provider;
	if (!GEMEENTE_IDS.has(withPlace.gemeenteId)) addError(errors, 'gemeenteId', m.beheer_aanbod_error_unknown_gemeente());
	if (kind === 'provider') return errors;

	const offer = item as Offer;
	const providers = new Set((await listCatalogue(db, 'provider')).filter((p) => !p.archived).map((p) => p.id));
	if (!providers.has(offer.providerId)) addError(errors, 'providerId', m.beheer_aanbod_error_unknown_provider());
	if (offer.kind === 'leerwerktraject' && !providers.has(offer.schoolProviderId)) addError(errors, 'schoolProviderId', m.beheer_aanbod_error_unknown_provider());
	const unknownSkills = [...offer.requiredSkills.map((r) => r.skillId), ...('skillsTaught' in offer ? offer.skillsTaught : [])].filter((id) => !skillById(id));
	if (unknownSkills.length > 0) {
		const field = offer.requiredSkills.some((r) => !skillById(r.skillId)) ? 'requiredSkills' : 'skillsTaught';
		addError(errors, field, m.beheer_aanbod_error_unknown_skill({ ids: [...new Set(unknownSkills)].join(', ') }));
	}
	const unknownOccupations = offer.targetOccupationIds.filter((id) => !occupationById(id));
	if (unknownOccupations.length > 0) addError(errors, 'targetOccupationIds', m.beheer_aanbod_error_unknown_occupation({ ids: unknownOccupations.join(', ') }));
	return errors;
}

/**
 * Validates and writes one catalogue item through writeCatalogue, so every device pulls the change.
 * `existingId` is null for a new item (its id must be free) and the edited item's id otherwise.
 */
export async function saveCatalogueItem(db: Db, kind: EditableKind, input: unknown, existingId: string | null): Promise<SaveResult> {
	const parsed = SCHEMAS[kind].safeParse(input);
	if (!parsed.success) return { ok: false, errors: formFieldErrors(issueMessages(parsed.error, { depth: 2, fallback: 'aanbod_error_invalid', unique: true })) };
	const item = parsed.data;
	const id = idOf[kind](item as never);
	const errors = await referenceErrors(db, kind, item);
	const idField = kind === 'kansberoep' ? 'occupationId' : 'id';
	if (existingId === null && (RESERVED_IDS.has(id) || (await getCatalogueEntry(db, kind, id)))) addError(errors, idField, m.beheer_aanbod_error_id_taken());
	if (existingId !== null && existingId !== id) addError(errors, idField, m.beheer_aanbod_error_id_fixed());
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const current = existingId === null ? null : await getCatalogueEntry(db, kind, existingId);
	// Editing keeps an archived item archived; only restore brings it back. An imported offer keeps where it
	// came from, so the supplier's next import still finds it.
	const kept = current ? Object.fromEntries(ORIGIN_FIELDS.filter((k) => k in (current.data as object)).map((k) => [k, (current.data as Record<string, unknown>)[k]])) : {};
	await writeCatalogue(db, [{ kind, id, data: current?.archived ? { ...item, ...kept, archived: true } : { ...item, ...kept } }]);
	return { ok: true, id };
}

/** Archiving keeps the item for the beheerder but takes it out of every device's matching. */
export async function setArchived(db: Db, kind: EditableKind, id: string, archived: boolean): Promise<boolean> {
	const entry = await getCatalogueEntry(db, kind, id);
	if (!entry) return false;
	const { archived: _previous, ...data } = entry.data as CatalogueItems[EditableKind] & { archived?: boolean };
	await writeCatalogue(db, [{ kind, id, data: archived ? { ...data, archived: true } : data }]);
	return true;
}
