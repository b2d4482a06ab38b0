/**
 * The three ways monitoring figures leave the server (the dashboard page, /api/monitoring and the CSV
 * export), called as SvelteKit calls them on generated data: every cell is the independently suppressed
 * raw figure, the CSV carries exactly the page's cells, and only a beheerder gets anything.
 */
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import type { Role } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { makeUser } from '$lib/server/sync/testing';
import { HIDDEN, kindOf, MIN_PEOPLE, MONITORING_TABLES, periodBounds, SMALL_GROUP, SUPPRESSED, type MonitoringFilter, type PublicTable } from '$lib/shared/monitoring';
import { cellText, columnLabel, rowLabel } from '$lib/shared/monitoring/labels';
import { generateData, insertData } from './generate';
import { rawView } from './queries';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db }));

const page = await import('../../../routes/(beheer)/beheer/monitoring/+page.server');
const api = await import('../../../routes/api/monitoring/+server');
const exportCsv = await import('../../../routes/(beheer)/beheer/monitoring/export/+server');

const filter: MonitoringFilter = { period: '2025', ...periodBounds('2025', new Date())!, gemeente: null };

beforeAll(async () => {
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	shared.handle = await openTestDatabase();
	const adviser = await makeUser(shared.handle.db, ['adviseur']);
	await insertData(shared.handle.db, generateData(300, new Date('2026-11-22T12:00:00Z'), 11), adviser.userId, 200);
}, 60_000);
afterAll(async () => shared.handle?.close());

function person(role: Role): SessionUser {
	return { id: '00000000-0000-4000-8000-000000000001', email: `${role}@example.nl`, displayName: role, roles: [role], organisationId: null, locale: 'nl', emailVerified: true };
}

function event(role: Role, path: string) {
	const url = new URL(path, 'http://localhost');
	return { request: new Request(url), url, params: {}, locals: { user: person(role), sessionId: null } } as never;
}

const query = (f: MonitoringFilter, table?: string) => `periode=${f.period}${f.gemeente ? `&gemeente=${f.gemeente}` : ''}${table ? `&table=${table}` : ''}`;

/** Each cell against the raw figure: "< 10" exactly when fewer than ten people, otherwise the figure or "x". */
async function expectSuppressed(table: PublicTable, f: MonitoringFilter) {
	const raw = await rawView(shared.handle!.db, f, table.id);
	expect(table.rows.map((r) => r.label)).toEqual(raw.rows.map((r) => r.label));
	raw.rows.forEach((row, i) => {
		for (const column of raw.columns) {
			const cell = table.rows[i]!.values[column.key];
			const people = column.people === null ? null : (row.values[column.people] ?? 0);
			if (people !== null && people < MIN_PEOPLE) expect(cell, `${table.id} ${row.label} ${column.key}`).toBe(kindOf(column) === 'people' ? SUPPRESSED : SMALL_GROUP);
			else if (people === null) expect(cell).toBe(row.values[column.key]);
			else expect([row.values[column.key], HIDDEN]).toContain(cell);
		}
	});
}

describe('monitoring endpoints on generated data', () => {
	for (const f of [filter, { ...filter, gemeente: 'losser' }]) {
		it(`page and API answer every table suppressed (${f.gemeente ?? 'region'})`, async () => {
			const loaded = (await page.load(event('beheerder', `/beheer/monitoring?${query(f)}`) as never)) as { tables: PublicTable[]; filter: MonitoringFilter };
			expect(loaded.filter).toEqual(f);
			expect(loaded.tables.map((t) => t.id)).toEqual([...MONITORING_TABLES]);
			const response = await api.GET(event('beheerder', `/api/monitoring?${query(f)}`));
			expect(response.status).toBe(200);
			const body = (await response.json()) as { tables: PublicTable[] };
			expect(body.tables).toEqual(loaded.tables);
			let small = 0;
			for (const table of loaded.tables) {
				await expectSuppressed(table, f);
				small += table.rows.reduce((n, r) => n + Object.values(r.values).filter((v) => v === SUPPRESSED).length, 0);
			}
			expect(small).toBeGreaterThan(0);
		});
	}

	it('exports each table as a CSV with the same cells as the page', async () => {
		const loaded = (await page.load(event('beheerder', `/beheer/monitoring?${query(filter)}`) as never)) as { tables: PublicTable[] };
		for (const table of loaded.tables) {
			const response = await exportCsv.GET(event('beheerder', `/beheer/monitoring/export?${query(filter, table.id)}`));
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			expect(response.headers.get('content-disposition')).toBe(`attachment; filename="monitoring-${table.id}-${filter.period}.csv"`);
			const lines = (await response.text()).replace(/^\ufeff/, '').trimEnd().split('\r\n');
			const quote = (v: string) => (/[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
			expect(lines[0]).toBe([columnLabel('label', 'nl'), ...table.columns.map((c) => columnLabel(c, 'nl'))].map(quote).join(','));
			expect(lines.slice(1)).toEqual(table.rows.map((r) => [rowLabel(table.id, r.label, 'nl'), ...table.columns.map((c) => cellText(r.values[c], table.kinds[c]!, 'nl'))].map(quote).join(',')));
			// a hidden figure is never written as a number, and only a head count reads "< 10"
			for (const [i, r] of table.rows.entries())
				for (const c of table.columns) {
					const field = lines[i + 1] ?? '';
					if (typeof r.values[c] !== 'number' && r.values[c] !== null) expect(field).toContain(table.kinds[c] === 'people' && r.values[c] === SUPPRESSED ? '< 10' : 'Verborgen');
				}
		}
	});

	it('refuses a free date range and a period that is not offered with a 400, not a 500', async () => {
		for (const bad of ['from=2026-01-01&to=2026-03-31', 'periode=2026-01', 'periode=2019', 'periode=2099-Q1', 'gemeente=atlantis']) {
			const failure = await Promise.resolve()
				.then(() => api.GET(event('beheerder', `/api/monitoring?${bad}`)))
				.then(
					() => null,
					(e: unknown) => e
				);
			expect(isHttpError(failure) && failure.status, bad).toBe(400);
		}
	});

	for (const role of ['inwoner', 'werkgever', 'adviseur'] as const) {
		it(`refuses a ${role} the page, the API and the export`, async () => {
			for (const call of [
				() => page.load(event(role, '/beheer/monitoring') as never),
				() => api.GET(event(role, '/api/monitoring')),
				() => exportCsv.GET(event(role, '/beheer/monitoring/export?table=bereik_gemeente'))
			]) {
				const failure = await Promise.resolve()
					.then(call)
					.then(
						() => null,
						(e: unknown) => e
					);
				expect(isHttpError(failure) && failure.status).toBe(403);
			}
		});
	}
});
