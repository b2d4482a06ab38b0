/**
 * Monitoring dashboard with 100 000 generated residents (profiles, sessions, APK scans, EVC, gesprekken,
 * vouchers, klantervaring) in a PostgreSQL database this script creates and drops; prints the time to
 * compute every dashboard table for the last twelve months, region-wide and for one gemeente, and the time the
 * page takes from the stored answers (see src/lib/server/monitoring/snapshot.ts).
 */
import { freshDatabase } from '../lib/database';
import type { Figure } from './sync';

const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RESIDENTS = 100_000;

export async function benchMonitoring(): Promise<Figure[]> {
	const fresh = await freshDatabase('tp_bench_monitoring', { baseUrl });
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const handle = await openDatabase({ url: fresh.url });
	try {
		const { makeUser } = await import('../../src/lib/server/sync/testing');
		const { generateData, insertData } = await import('../../src/lib/server/monitoring/generate');
		const { monitoringTables } = await import('../../src/lib/server/monitoring/queries');
		const { dashboardTables, refreshSnapshot } = await import('../../src/lib/server/monitoring/snapshot');
		const { defaultFilter } = await import('../../src/lib/shared/monitoring');
		const now = new Date();
		const generateStart = performance.now();
		const adviser = await makeUser(handle.db, ['adviseur']);
		await insertData(handle.db, generateData(RESIDENTS, now), adviser.userId, 2000);
		await handle.db.execute((await import('drizzle-orm')).sql`analyze`);
		const generateMs = performance.now() - generateStart;

		const filter = defaultFilter(now);
		await monitoringTables(handle.db, filter); // warm-up
		const regionStart = performance.now();
		await monitoringTables(handle.db, filter);
		const regionMs = performance.now() - regionStart;
		const gemeenteStart = performance.now();
		await monitoringTables(handle.db, { ...filter, gemeente: 'hengelo' });
		const gemeenteMs = performance.now() - gemeenteStart;
		// What a beheerder waits for: the page from the stored answers (recomputed in the background).
		await refreshSnapshot(handle.db, now);
		await dashboardTables(handle.db, filter, undefined, now); // warm-up
		const pageStart = performance.now();
		await dashboardTables(handle.db, filter, undefined, now);
		const pageMs = performance.now() - pageStart;
		const pageGemeenteStart = performance.now();
		await dashboardTables(handle.db, { ...filter, gemeente: 'hengelo' }, undefined, now);
		const pageGemeenteMs = performance.now() - pageGemeenteStart;
		return [
			{ name: 'dashboard page, region (100 000 residents, stored answers)', value: `${Math.round(pageMs)} ms`, budget: '< 500 ms', ok: pageMs < 500 },
			{ name: 'dashboard page, one gemeente (stored answers)', value: `${Math.round(pageGemeenteMs)} ms`, budget: '< 500 ms', ok: pageGemeenteMs < 500 },
			{ name: 'generate 100 000 residents', value: `${(generateMs / 1000).toFixed(1)} s`, budget: '< 60 s', ok: generateMs < 60_000 },
			{ name: 'recompute, all tables, region (100 000 residents, background)', value: `${Math.round(regionMs)} ms`, budget: '< 1 000 ms', ok: regionMs < 1000 },
			{ name: 'recompute, all tables, one gemeente', value: `${Math.round(gemeenteMs)} ms`, budget: '< 1 000 ms', ok: gemeenteMs < 1000 }
		];
	} finally {
		await handle.close();
		await fresh.drop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(await benchMonitoring());
}
