import { requireUser } from '$lib/server/auth/require';
import type { PageServerLoad } from './$types';

/** The QR code's link: the code is filled in, the adviser still confirms, so a GET never grants access. */
export const load: PageServerLoad = (event) => {
	requireUser(event, 'adviseur');
	return { code: (event.url.searchParams.get('code') ?? '').slice(0, 12) };
};
