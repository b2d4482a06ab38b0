import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { templateResponse } from '$lib/server/catalogue/import-route';
import { ownProvider } from '$lib/server/catalogue/provider-account';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const provider = await ownProvider(requireUser(event, 'aanbieder'));
	if (!event.params.bestand.startsWith('aanbod.')) error(404, { message: m.error_not_found() });
	return templateResponse(event.params.bestand, provider.id);
};
