/**
 * Vitest global setup for the database tests: the migrations run once per test run, not once per test file.
 * With DATABASE_URL a migrated template database is made (each file's database is a copy of it, see
 * `openTestDatabase`); without it a migrated PGlite is dumped to a file that each file loads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { migratedTemplate } from './database';

export default async function setup(): Promise<() => Promise<void>> {
	if (process.env.DATABASE_URL) {
		const template = await migratedTemplate('tp_template', async (url) => (await openDatabase({ url })).close());
		process.env.TEST_DATABASE_TEMPLATE = template.name;
		return () => template.drop();
	}
	const handle = await openDatabase({ dataDir: 'memory://' });
	const client = (handle.db as unknown as { $client: { dumpDataDir(compression: 'none'): Promise<Blob> } }).$client;
	const dump = await client.dumpDataDir('none');
	await handle.close();
	const dir = mkdtempSync(join(tmpdir(), 'tp-pglite-'));
	const file = join(dir, 'migrated.tar');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	process.env.TEST_PGLITE_SNAPSHOT = file;
	return async () => rmSync(dir, { recursive: true, force: true });
}
