import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { revokeGrant } from '$lib/server/sharing/grants';
import { residentPortfolio } from '$lib/server/sharing/resident';
import type { RequestHandler } from './$types';

/** Revokes a grant; from this moment every read by the grantee is refused. */
export const DELETE: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	if (!(await revokeGrant(db, { portfolioId, grantId: id.data }))) error(404, { message: m.error_not_found() });
	return json({ revoked: true });
};
