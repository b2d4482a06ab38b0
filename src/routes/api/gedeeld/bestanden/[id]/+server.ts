import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { readSharedFile } from '$lib/server/files/files';
import { fileStorage } from '$lib/server/files/storage';
import type { RequestHandler } from './$types';

/** A shared certificate file for an adviser or employer with a grant for the opleiding section. */
export const GET: RequestHandler = async (event) => {
	const viewer = requireUser(event);
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	const file = await readSharedFile(await db(), fileStorage(), { viewer, id: id.data });
	if (!file) error(404, { message: m.error_not_found() });
	return new Response(file.bytes as unknown as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.bytes.length),
			'content-disposition': 'inline',
			'content-security-policy': "default-src 'none'; sandbox",
			// Every view must reach the server so it is checked and logged.
			'cache-control': 'no-store'
		}
	});
};
