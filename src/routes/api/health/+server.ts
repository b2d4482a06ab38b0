import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export const GET: RequestHandler = async () => {
	try {
		const { db, kind } = await database();
		await db.execute(sql`select 1`);
		return json({ status: 'ok', database: kind });
	} catch {
		return json({ status: 'unavailable' }, { status: 503 });
	}
};
