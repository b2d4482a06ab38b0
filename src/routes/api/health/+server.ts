import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** A database that does not answer within this time counts as down; a probe must not hang. */
const TIMEOUT_MS = Number(process.env.HEALTH_TIMEOUT_MS ?? 2_000);

/**
 * For load balancers and monitoring: 200 when the database answers in time, 503 when it does not. The
 * answer says nothing more (not which database, version or error): anyone can ask.
 */
export const GET: RequestHandler = async () => {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
	});
	try {
		await Promise.race([
			(async () => {
				const { db } = await database();
				await db.execute(sql`select 1`);
			})(),
			timeout
		]);
		return json({ status: 'ok' });
	} catch {
		return json({ status: 'unavailable' }, { status: 503, headers: { 'retry-after': '30' } });
	} finally {
		clearTimeout(timer);
	}
};
