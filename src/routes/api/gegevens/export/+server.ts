import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { fileStorage } from '$lib/server/files/storage';
import { exportAccount } from '$lib/server/gegevens/export';
import type { RequestHandler } from './$types';

/** "Download al mijn gegevens": a ZIP with every row about the signed-in person and every file. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const zip = await exportAccount(await db(), fileStorage(), user.id, getLocale());
	if (!zip) error(404, { message: m.error_not_found() });
	const day = new Date().toISOString().slice(0, 10);
	return new Response(zip as unknown as BodyInit, {
		headers: {
			'content-type': 'application/zip',
			'content-length': String(zip.length),
			'content-disposition': `attachment; filename="talentpaspoort-gegevens-${day}.zip"`,
			'cache-control': 'no-store'
		}
	});
};
