import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/require';
import { listCatalogue, setArchived } from '$lib/server/catalogue/editor';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const providers = (await listCatalogue(await db(), 'provider')).filter((p) => (p.data as { origin?: string }).origin !== 'werkgever').sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
	return {
		saved: event.url.searchParams.get('opgeslagen')?.slice(0, 80) ?? null,
		providers: providers.map((p) => ({ id: p.id, name: p.data.name, kind: p.data.kind, gemeenteId: p.data.gemeenteId, archived: p.archived }))
	};
};

export const actions: Actions = {
	archive: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, z.object({ id: z.string().min(1).max(80), archived: z.enum(['true', 'false']) }));
		if (!parsed.ok) return parsed.failure;
		const archived = parsed.data.archived === 'true';
		if (!(await setArchived(await db(), 'provider', parsed.data.id, archived))) return fail(404, { message: 'not-found' });
		return { archivedId: parsed.data.id, archived };
	}
};
