import { z } from 'zod';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { ESCO_URI, type MappingEntry, type OurKind } from './esco-import';

/**
 * Standard ids (ESCO, CompetentNL) of our skills and occupations. The static taxonomy carries the ids that
 * were known when it shipped; a beheerder's confirmed ESCO mapping wins over them. Confirmed mappings are
 * published in the public catalogue (kind `taxonomy`), so a device knows them offline for its exports.
 */
export interface StandardIds {
	escoUri: string | null;
	competentNlId: string | null;
}

export type StandardIdLookup = (kind: OurKind, id: string) => StandardIds;

/** The catalogue record of one confirmed mapping. */
export function standardIdRecordId(kind: OurKind, ourId: string): string {
	return `esco-${kind}-${ourId}`;
}

export const standardIdRecordSchema = z
	.object({
		kind: z.enum(['skill', 'occupation']),
		ourId: z.string().min(1).max(120),
		escoUri: z.string().max(200)
	})
	.refine((r) => ESCO_URI[r.kind].test(r.escoUri));

/** The confirmed mappings among catalogue items; anything else (another kind, a broken record) is left out. */
export function mappingsFromCatalogue(items: readonly { kind: string; data: unknown }[]): MappingEntry[] {
	const out: MappingEntry[] = [];
	for (const item of items) {
		if (item.kind !== 'taxonomy') continue;
		const parsed = standardIdRecordSchema.safeParse(item.data);
		if (parsed.success) out.push({ kind: parsed.data.kind, ourId: parsed.data.ourId, escoUri: parsed.data.escoUri });
	}
	return out;
}

/** The ids the static taxonomy itself gives an item; nothing for an id it does not know. */
export function staticIds(kind: OurKind, id: string): StandardIds {
	const item = kind === 'skill' ? skillById(id) : occupationById(id);
	return { escoUri: item?.escoUri ?? null, competentNlId: item?.competentNlId ?? null };
}

/** Effective ids: a confirmed mapping's ESCO URI over the taxonomy's own; CompetentNL from the taxonomy. */
export function standardIdLookup(confirmed: readonly MappingEntry[], base: StandardIdLookup = staticIds): StandardIdLookup {
	const byItem = new Map(confirmed.map((entry) => [`${entry.kind}:${entry.ourId}`, entry.escoUri]));
	return (kind, id) => {
		const own = base(kind, id);
		return { escoUri: byItem.get(`${kind}:${id}`) ?? own.escoUri, competentNlId: own.competentNlId };
	};
}
