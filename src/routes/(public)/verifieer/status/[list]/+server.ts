import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { appCredentialContext } from '$lib/server/credentials/issue';
import { signedStatusList, statusListNumber, statusListUrl } from '$lib/server/credentials/status';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** One signed revocation list (BitstringStatusListCredential), as it stands now. */
export const GET: RequestHandler = async ({ params }) => {
	const list = statusListNumber(statusListUrl(0).replace(/0$/, params.list));
	if (list === null) error(404, { message: m.error_not_found() });
	const database = await db();
	const { keys, loader } = await appCredentialContext(database);
	return json(await signedStatusList(database, keys, list, loader), { headers: { 'content-type': 'application/vc+ld+json', 'cache-control': 'no-store' } });
};
