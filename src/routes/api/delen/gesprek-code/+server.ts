import { json } from '@sveltejs/kit';
import { parseJson } from '$lib/server/http/json';
import { createGesprekCode } from '$lib/server/sharing/gesprek';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { formatGesprekCode, gesprekCodeRequestSchema } from '$lib/shared/sharing';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const input = await parseJson(event, gesprekCodeRequestSchema);
	const { code, expiresAt } = await createGesprekCode(db, { portfolioId, sections: input.sections, hours: input.hours });
	return json({ code: formatGesprekCode(code), link: `${event.url.origin}/adviseur/gesprek?code=${code}`, expiresAt: expiresAt.toISOString() });
};
