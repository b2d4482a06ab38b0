import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { portfolioOf } from '$lib/server/files/files';

/** The signed-in resident and their own portfolio, for the resident's sharing endpoints. */
export async function residentPortfolio(event: Pick<RequestEvent, 'locals'>) {
	const user = requireUser(event, 'inwoner');
	const database = await db();
	const portfolioId = await portfolioOf(database, user.id);
	if (!portfolioId) error(404, { message: m.error_not_found() });
	return { user, portfolioId, db: database };
}
