import { json } from '@sveltejs/kit';
import { setCvLink } from '$lib/server/credentials/public';
import { parseJson } from '$lib/server/http/json';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { publicLinkSchema } from '$lib/shared/credentials';
import type { RequestHandler } from './$types';

/** Turns the CV's verification page on (the link its QR code points to) or off. */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const body = await parseJson(event, publicLinkSchema);
	return json({ cvPath: await setCvLink(db, portfolioId, body.public) });
};
