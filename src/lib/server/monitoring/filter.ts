import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { defaultFilter, MONITORING_TABLES, periodBounds, type MonitoringFilter } from '$lib/shared/monitoring';
import { parseQuery } from '$lib/server/http/json';
import { UNKNOWN } from './queries';

export const GEMEENTE_FILTER_IDS = [...WOONPLAATS_OPTIONS.map((o) => o.id), UNKNOWN] as string[];

function schema(now: Date) {
	return z.object({
		// One of the fixed periods (a year or a quarter up to today): free dates would let two overlapping
		// periods be subtracted. The old from/to parameters are refused, not ignored.
		periode: z
			.string()
			.optional()
			.refine((v) => !v || periodBounds(v, now) !== null, { error: 'monitoring_error_period' }),
		from: z.never({ error: 'monitoring_error_period' }).optional(),
		to: z.never({ error: 'monitoring_error_period' }).optional(),
		gemeente: z
			.string()
			.optional()
			.refine((v) => !v || GEMEENTE_FILTER_IDS.includes(v), { error: 'monitoring_error_gemeente' }),
		table: z.enum(MONITORING_TABLES, { error: 'monitoring_error_table' }).optional()
	});
}

/** The period and gemeente from the query string (?periode=2026-Q2&gemeente=); a bad value is a 400. */
export function readFilter(event: RequestEvent, now = new Date()): MonitoringFilter & { table?: (typeof MONITORING_TABLES)[number] } {
	const parsed = parseQuery(event, schema(now));
	const fallback = defaultFilter(now);
	const period = parsed.periode || fallback.period;
	return { period, ...periodBounds(period, now)!, gemeente: parsed.gemeente || null, table: parsed.table };
}
