import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { listCatalogue, setArchived } from '$lib/server/catalogue/editor';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { normalizeTerm } from '$lib/data/taxonomy';
import { OFFER_KINDS } from '$lib/shared/matching/catalogue-schema';
import type { Actions, PageServerLoad } from './$types';

const querySchema = z.object({
	q: z.string().max(100).catch(''),
	soort: z.enum(OFFER_KINDS).or(z.literal('')).catch(''),
	status: z.enum(['actief', 'gearchiveerd', 'alles']).catch('actief')
});

const PAGE_SIZE = 100;

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const query = querySchema.parse(Object.fromEntries(event.url.searchParams));
	const database = await db();
	const providers = new Map((await listCatalogue(database, 'provider')).map((p) => [p.id, p.data.name]));
	const needle = normalizeTerm(query.q);
	// Employers' own vacatures are kept on their page (/beheer/vacatures): the employer's form is their source.
	const offers = (await listCatalogue(database, 'offer'))
		.filter((o) => (o.data as { origin?: string }).origin !== 'werkgever')
		.filter((o) => (query.status === 'alles' ? true : o.archived === (query.status === 'gearchiveerd')))
		.filter((o) => !query.soort || o.data.kind === query.soort)
		.filter((o) => !needle || normalizeTerm(`${o.data.title} ${o.id} ${providers.get(o.data.providerId) ?? ''}`).includes(needle))
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
	return {
		query,
		saved: event.url.searchParams.get('opgeslagen')?.slice(0, 80) ?? null,
		total: offers.length,
		offers: offers.slice(0, PAGE_SIZE).map((o) => ({
			id: o.id,
			title: o.data.title,
			kind: o.data.kind,
			provider: providers.get(o.data.providerId) ?? o.data.providerId,
			archived: o.archived
		}))
	};
};

const archiveSchema = z.object({ id: z.string().min(1).max(80), archived: z.enum(['true', 'false']) });

export const actions: Actions = {
	archive: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, archiveSchema);
		if (!parsed.ok) return parsed.failure;
		const archived = parsed.data.archived === 'true';
		if (!(await setArchived(await db(), 'offer', parsed.data.id, archived))) return fail(404, { message: 'not-found' });
		return { archivedId: parsed.data.id, archived };
	}
};
