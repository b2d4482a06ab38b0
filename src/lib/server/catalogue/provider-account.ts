import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { catalogueProviderOf } from '$lib/server/organisations';
import { getCatalogueEntry } from './editor';

/**
 * A provider's account (role `aanbieder`) works on the offers of one catalogue provider: the one its
 * organisation names. Without one it can do nothing here (403). The caller checks the role first
 * (`requireUser(event, 'aanbieder')`) and hands over the user.
 */
export async function ownProvider(user: SessionUser): Promise<{ id: string; name: string }> {
	const database = await db();
	const providerId = await catalogueProviderOf(database, user.organisationId);
	const provider = providerId ? await getCatalogueEntry(database, 'provider', providerId) : null;
	if (!providerId || !provider || provider.archived) error(403, { message: m.aanbieder_no_provider() });
	return { id: providerId, name: provider.data.name };
}
