import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { WOONPLAATS_OPTIONS } from '../../data/gemeenten';
import { defaultFilter, MONITORING_TABLES, type MonitoringFilter } from '../../shared/monitoring';
import { parseQuery } from '../http/json';
import { UNKNOWN } from './queries';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'monitoring_error_date' }).refine((v) => !Number.isNaN(Date.parse(v)), { error: 'monitoring_error_date' });
export const GEMEENTE_FILTER_IDS = [...WOONPLAATS_OPTIONS.map((o) => o.id), UNKNOWN] as string[];

const schema = z
	.object({
		from: date.optional(),
		to: date.optional(),
		gemeente: z
			.string()
			.optional()
			.refine((v) => !v || GEMEENTE_FILTER_IDS.includes(v), { error: 'monitoring_error_gemeente' }),
		table: z.enum(MONITORING_TABLES, { error: 'monitoring_error_table' }).optional()
	})
	.refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'monitoring_error_period', path: ['to'] });

/** The period and gemeente from the query string (?from=&to=&gemeente=); a bad value is a 400. */
export function readFilter(event: RequestEvent, now = new Date()): MonitoringFilter & { table?: (typeof MONITORING_TABLES)[number] } {
	const parsed = parseQuery(event, schema);
	const fallback = defaultFilter(now);
	return { from: parsed.from ?? fallback.from, to: parsed.to ?? fallback.to, gemeente: parsed.gemeente || null, table: parsed.table };
}
