import { count } from 'drizzle-orm';
import { DEMO_OFFERS, KANSBEROEPEN, PROVIDERS } from '$lib/data/catalogue';
import { FUNDING_RULE_SETS } from '$lib/data/funding';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord } from '$lib/server/db/schema';
import { writeCatalogue, type CatalogueWrite } from '$lib/server/sync/catalogue';

/** The shipped demo catalogue as catalogue records; a kansberoep is keyed by its occupation, a rule set by its version. */
export function demoCatalogueWrites(): CatalogueWrite[] {
	return [
		...PROVIDERS.map((data) => ({ kind: 'provider' as const, id: data.id, data })),
		...KANSBEROEPEN.map((data) => ({ kind: 'kansberoep' as const, id: data.occupationId, data })),
		...FUNDING_RULE_SETS.map((data) => ({ kind: 'fundingRule' as const, id: data.version, data })),
		...DEMO_OFFERS.map((data) => ({ kind: 'offer' as const, id: data.id, data }))
	];
}

/**
 * Writes the demo catalogue once, into an empty catalogue only: after that the beheerder owns it,
 * and a restart must never undo their edits or bring back what they archived.
 */
export async function seedCatalogue(db: Db): Promise<number> {
	const [{ n }] = (await db.select({ n: count() }).from(catalogueRecord)) as [{ n: number }];
	if (n > 0) return 0;
	const writes = demoCatalogueWrites();
	await writeCatalogue(db, writes);
	return writes.length;
}
