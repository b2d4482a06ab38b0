import { requireUser } from '$lib/server/auth/require';
import { templateResponse } from '$lib/server/catalogue/import-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	requireUser(event, 'beheerder');
	return templateResponse(event.params.bestand);
};
