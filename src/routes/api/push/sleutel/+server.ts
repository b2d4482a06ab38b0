import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { vapidDetails } from '$lib/server/push/vapid';
import type { RequestHandler } from './$types';

/** The public key a browser subscribes with (`applicationServerKey`), base64url. */
export const GET: RequestHandler = async (event) => {
	requireUser(event, 'inwoner');
	const { publicKey } = await vapidDetails(await db());
	return json({ publicKey });
};
