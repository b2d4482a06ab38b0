import { json } from '@sveltejs/kit';
import { notesOf, suggestionsOf } from '$lib/server/sharing/gesprek';
import { accessLogOf, grantsOf } from '$lib/server/sharing/grants';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { cardOf, requestsForResident } from '$lib/server/sharing/talentpool';
import type { RequestHandler } from './$types';

/** Everything the resident's "Wie kan mijn gegevens zien" pages show, in one answer. */
export const GET: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const [grants, log, notes, suggestions, requests, card] = await Promise.all([
		grantsOf(db, portfolioId),
		accessLogOf(db, portfolioId),
		notesOf(db, portfolioId),
		suggestionsOf(db, portfolioId),
		requestsForResident(db, portfolioId),
		cardOf(db, portfolioId)
	]);
	return json({ grants, log, notes, suggestions, requests, card });
};
