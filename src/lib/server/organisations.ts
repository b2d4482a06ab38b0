import { asc, eq } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { Db } from './db/client';
import { organisation } from './db/schema';

export function listOrganisations(db: Db) {
	return db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind, catalogueProviderId: organisation.catalogueProviderId })
		.from(organisation)
		.orderBy(asc(organisation.name));
}

export async function createOrganisation(db: Db, input: { name: string; kind: 'werkgever' | 'provider'; catalogueProviderId?: string }): Promise<string> {
	const id = newId();
	await db.insert(organisation).values({ id, name: input.name, kind: input.kind, catalogueProviderId: input.kind === 'provider' ? (input.catalogueProviderId ?? null) : null });
	return id;
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
	const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, id));
	return !!row;
}

/** The catalogue provider a provider organisation stands for, or null. */
export async function catalogueProviderOf(db: Db, organisationId: string | null): Promise<string | null> {
	if (!organisationId) return null;
	const [row] = await db.select({ kind: organisation.kind, providerId: organisation.catalogueProviderId }).from(organisation).where(eq(organisation.id, organisationId));
	return row?.kind === 'provider' ? row.providerId : null;
}
