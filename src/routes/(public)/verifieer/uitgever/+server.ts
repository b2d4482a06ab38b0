import { json } from '@sveltejs/kit';
import { issuerDocument, issuerKeys } from '$lib/server/credentials/keys';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** The issuer of the app's credentials: its controller document with every key that still verifies. */
export const GET: RequestHandler = async () => {
	const keys = await issuerKeys(await db());
	return json(issuerDocument(keys), { headers: { 'content-type': 'application/ld+json', 'cache-control': 'public, max-age=300' } });
};
