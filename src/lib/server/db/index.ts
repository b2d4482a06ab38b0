import { resolve } from 'node:path';
import { isDatabaseUnavailable } from '$lib/server/http/unavailable';
import { openDatabase, type Db, type DbHandle } from './client';

let handle: Promise<DbHandle> | undefined;

/**
 * The process-wide database: `DATABASE_URL` when set, otherwise PGlite under `DATA_DIR` (default `.data`).
 * A failed opening is not kept, so the next call tries again.
 */
export function database(): Promise<DbHandle> {
	handle ??= openDatabase({
		url: process.env.DATABASE_URL || undefined,
		dataDir: resolve(process.env.DATA_DIR ?? '.data', 'pglite')
	}).catch((error: unknown) => {
		handle = undefined;
		throw error;
	});
	return handle;
}

/**
 * The database at start-up, waiting for it while it cannot be reached (a database that starts later than
 * the app, a fail-over): tries again after 1, 2, 4 … 10 seconds, for `DATABASE_START_TIMEOUT` seconds
 * (default 120), then gives up. Any other failure (a migration that does not apply) ends the start at once.
 */
export async function databaseAtStart(
	timeoutMs = Number(process.env.DATABASE_START_TIMEOUT ?? 120) * 1000,
	log: (line: string) => void = console.error
): Promise<DbHandle> {
	const giveUpAt = Date.now() + timeoutMs;
	for (let wait = 1000; ; wait = Math.min(wait * 2, 10_000)) {
		try {
			return await database();
		} catch (error) {
			if (!isDatabaseUnavailable(error) || Date.now() + wait > giveUpAt) throw error;
			log(`[db] not reachable at start; trying again in ${wait / 1000} s`);
			await new Promise((resolve) => setTimeout(resolve, wait));
		}
	}
}

export async function db(): Promise<Db> {
	return (await database()).db;
}

export type { Db };
