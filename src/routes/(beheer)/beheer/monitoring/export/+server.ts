import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { translate } from '$lib/server/http/errors';
import { readFilter } from '$lib/server/monitoring/filter';
import { dashboardTables } from '$lib/server/monitoring/snapshot';
import { toCsv } from '$lib/shared/monitoring';
import { cellText, columnLabel, rowLabel } from '$lib/shared/monitoring/labels';
import type { RequestHandler } from './$types';

/** `?table=…&periode=…&gemeente=…`: one table as CSV, with the same filter and suppression as the page (hidden figures in words). */
export const GET: RequestHandler = async (event) => {
	requireUser(event, 'beheerder');
	const now = new Date();
	const { table: id, ...filter } = readFilter(event, now);
	const locale = getLocale();
	if (!id) error(400, { message: translate('monitoring_error_table', locale) });
	const {
		tables: [table]
	} = await dashboardTables(await db(), filter, [id], now);
	if (!table) error(400, { message: translate('monitoring_error_table', locale) });
	const csv = toCsv(table, { label: columnLabel('label', locale), columns: Object.fromEntries(table.columns.map((c) => [c, columnLabel(c, locale)])) }, (label) => rowLabel(id, label, locale), (cell, kind) => cellText(cell, kind, locale));
	const name = `monitoring-${id}-${filter.period}${filter.gemeente ? `-${filter.gemeente}` : ''}.csv`;
	return new Response('\ufeff' + csv, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' }
	});
};
