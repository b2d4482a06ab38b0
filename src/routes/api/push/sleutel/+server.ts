import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { vapidDetails } from '$lib/server/push/vapid';
import type { RequestHandler } from './$types';
import { PUSH_ROLES } from '$lib/server/push';

/** The public key a browser subscribes with (`applicationServerKey`), base64url. */
export const GET: RequestHandler = async (event) => {
	requireUser(event, PUSH_ROLES);
	const { publicKey } = await vapidDetails(await db());
	return json({ publicKey });
};
