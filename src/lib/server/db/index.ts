import { resolve } from 'node:path';
import { openDatabase, type Db, type DbHandle } from './client';

let handle: Promise<DbHandle> | undefined;

/** The process-wide database: `DATABASE_URL` when set, otherwise PGlite under `DATA_DIR` (default `.data`). */
export function database(): Promise<DbHandle> {
	handle ??= openDatabase({
		url: process.env.DATABASE_URL || undefined,
		dataDir: resolve(process.env.DATA_DIR ?? '.data', 'pglite')
	});
	return handle;
}

export async function db(): Promise<Db> {
	return (await database()).db;
}

export type { Db };
