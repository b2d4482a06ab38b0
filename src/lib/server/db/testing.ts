import { randomBytes } from 'node:crypto';
import { openDatabase, type DbHandle } from './client';

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database next to `DATABASE_URL`
 * when it is set (dropped again on close), otherwise an in-memory PGlite.
 */
export async function openTestDatabase(): Promise<DbHandle> {
	const url = process.env.DATABASE_URL;
	if (!url) return openDatabase({ dataDir: 'memory://' });

	const { default: postgres } = await import('postgres');
	const name = `tp_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const testUrl = new URL(url);
	testUrl.pathname = `/${name}`;
	const handle = await openDatabase({ url: testUrl.toString() });
	return {
		...handle,
		async close() {
			await handle.close();
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		}
	};
}
