import { listCatalogue } from '$lib/server/catalogue/editor';
import { requireUser } from '$lib/server/auth/require';
import { ownProvider } from '$lib/server/catalogue/provider-account';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const provider = await ownProvider(requireUser(event, 'aanbieder'));
	const offers = (await listCatalogue(await db(), 'offer'))
		.filter((o) => o.data.providerId === provider.id)
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'))
		.map((o) => ({ id: o.id, title: o.data.title, kind: o.data.kind, archived: o.archived }));
	return { provider, offers, saved: event.url.searchParams.get('opgeslagen')?.slice(0, 80) ?? null };
};
