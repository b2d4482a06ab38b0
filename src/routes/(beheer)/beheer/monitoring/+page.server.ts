import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { GEMEENTE_FILTER_IDS, readFilter } from '$lib/server/monitoring/filter';
import { dashboardTables } from '$lib/server/monitoring/snapshot';
import { periodsUntil } from '$lib/shared/monitoring';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const now = new Date();
	const { table: _table, ...filter } = readFilter(event, now);
	const { tables, computedAt } = await dashboardTables(await db(), filter, undefined, now);
	return { filter, gemeenten: GEMEENTE_FILTER_IDS, periods: periodsUntil(now), tables, computedAt: computedAt.toISOString() };
};
