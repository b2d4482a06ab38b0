import { json } from '@sveltejs/kit';
import { parseJson } from '$lib/server/http/json';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { optIn, optOut } from '$lib/server/sharing/talentpool';
import { talentpoolOptInSchema } from '$lib/shared/sharing';
import type { RequestHandler } from './$types';

/** Joining builds the anonymous card from the paspoort now on the server; leaving deletes it. */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const input = await parseJson(event, talentpoolOptInSchema);
	if (!input.optIn) {
		await optOut(db, portfolioId);
		return json({ card: null });
	}
	return json({ card: await optIn(db, portfolioId) });
};
