import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { credentialJson, setPublic } from '$lib/server/credentials/issue';
import { parseJson } from '$lib/server/http/json';
import { residentPortfolio } from '$lib/server/sharing/resident';
import { credentialPath, publicLinkSchema } from '$lib/shared/credentials';
import type { RequestHandler } from './$types';

function credentialId(raw: string): string {
	const id = z.uuid().safeParse(raw);
	if (!id.success) error(404, { message: m.error_not_found() });
	return id.data;
}

/** The signed credential as a file, to keep or hand to anyone who checks it. */
export const GET: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const row = await credentialJson(db, portfolioId, credentialId(event.params.id));
	if (!row) error(404, { message: m.error_not_found() });
	return json(row.json, {
		headers: { 'content-type': 'application/vc+ld+json', 'content-disposition': `attachment; filename="credential-${row.id}.json"`, 'cache-control': 'no-store' }
	});
};

/** Turns the public verification link on or off. */
export const POST: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	const id = credentialId(event.params.id);
	const body = await parseJson(event, publicLinkSchema);
	const slug = await setPublic(db, portfolioId, id, body.public);
	if (slug === undefined) error(404, { message: m.error_not_found() });
	return json({ publicPath: slug ? credentialPath(slug) : null });
};
