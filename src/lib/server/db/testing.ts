import { readFileSync } from 'node:fs';
import { freshDatabase } from '../../../../scripts/lib/database';
import { openDatabase, type DbHandle } from './client';

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database next to `DATABASE_URL` when it is
 * set (dropped again on close), otherwise an in-memory PGlite. The unit tests' global setup
 * (scripts/lib/vitest-database.ts) migrates once and leaves a template (PostgreSQL) or a snapshot (PGlite)
 * that every file starts from; without it each database is migrated on its own.
 */
export async function openTestDatabase(): Promise<DbHandle> {
	if (!process.env.DATABASE_URL) {
		const snapshot = process.env.TEST_PGLITE_SNAPSHOT;
		return openDatabase({ dataDir: 'memory://', loadDataDir: snapshot ? new Blob([readFileSync(snapshot)]) : undefined });
	}
	const database = await freshDatabase('tp_test', { template: process.env.TEST_DATABASE_TEMPLATE });
	const handle = await openDatabase({ url: database.url });
	return {
		...handle,
		async close() {
			await handle.close();
			await database.drop();
		}
	};
}
