import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { GEMEENTE_FILTER_IDS, readFilter } from '$lib/server/monitoring/filter';
import { monitoringTables } from '$lib/server/monitoring/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const { table: _table, ...filter } = readFilter(event);
	return { filter, gemeenten: GEMEENTE_FILTER_IDS, tables: await monitoringTables(await db(), filter) };
};
