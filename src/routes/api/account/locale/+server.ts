import { json } from '@sveltejs/kit';
import { setLocale } from '$lib/server/auth/accounts';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseJson } from '$lib/server/http/json';
import { localeSchema } from '$lib/shared/account';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const user = requireUser(event);
	const { locale } = await parseJson(event, localeSchema);
	await setLocale(await db(), user.id, locale);
	return json({ locale });
};
