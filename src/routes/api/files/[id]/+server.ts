import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { portfolioOf, readFileOf } from '$lib/server/files/files';
import { fileStorage } from '$lib/server/files/storage';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	const database = await db();
	const portfolioId = await portfolioOf(database, user.id);
	const file = portfolioId ? await readFileOf(database, fileStorage(), { id: id.data, portfolioId }) : null;
	if (!file) error(404, { message: m.error_not_found() });
	return new Response(file.bytes as unknown as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.bytes.length),
			// Never rendered as a page of this site, and never cached by a shared cache.
			'content-disposition': 'inline',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, max-age=3600'
		}
	});
};
