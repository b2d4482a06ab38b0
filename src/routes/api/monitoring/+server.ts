import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { readFilter } from '$lib/server/monitoring/filter';
import { dashboardTables } from '$lib/server/monitoring/snapshot';
import { MONITORING_TABLES } from '$lib/shared/monitoring';
import type { RequestHandler } from './$types';

/** The dashboard as JSON for the beheerder: suppressed aggregates only (`?periode=&gemeente=&table=`); hidden cells are "< 10" (a head count), "n < 10" (another figure about fewer than 10 people) or "x" (hidden for the others). */
export const GET: RequestHandler = async (event) => {
	requireUser(event, 'beheerder');
	const now = new Date();
	const { table, ...filter } = readFilter(event, now);
	const { tables, computedAt } = await dashboardTables(await db(), filter, table ? [table] : MONITORING_TABLES, now);
	return json({ filter, computedAt: computedAt.toISOString(), tables }, { headers: { 'cache-control': 'no-store' } });
};
