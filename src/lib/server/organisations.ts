import { asc, eq } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { Db } from './db/client';
import { organisation } from './db/schema';

export function listOrganisations(db: Db) {
	return db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.orderBy(asc(organisation.name));
}

export async function createOrganisation(db: Db, input: { name: string; kind: 'werkgever' | 'provider' }): Promise<string> {
	const id = newId();
	await db.insert(organisation).values({ id, ...input });
	return id;
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
	const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, id));
	return !!row;
}
