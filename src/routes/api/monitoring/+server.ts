import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { readFilter } from '$lib/server/monitoring/filter';
import { monitoringTables } from '$lib/server/monitoring/queries';
import { MONITORING_TABLES } from '$lib/shared/monitoring';
import type { RequestHandler } from './$types';

/** The dashboard as JSON for the beheerder: suppressed aggregates only (`?from=&to=&gemeente=&table=`). */
export const GET: RequestHandler = async (event) => {
	requireUser(event, 'beheerder');
	const { table, ...filter } = readFilter(event);
	const tables = await monitoringTables(await db(), filter, table ? [table] : MONITORING_TABLES);
	return json({ filter, tables }, { headers: { 'cache-control': 'no-store' } });
};
