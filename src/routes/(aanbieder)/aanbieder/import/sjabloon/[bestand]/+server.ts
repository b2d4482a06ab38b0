import { error } from '@sveltejs/kit';
import { templateResponse } from '$lib/server/catalogue/import-route';
import { ownProvider } from '$lib/server/catalogue/provider-account';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const provider = await ownProvider(event);
	if (!event.params.bestand.startsWith('aanbod.')) error(404, { message: 'not found' });
	return templateResponse(event.params.bestand, provider.id);
};
