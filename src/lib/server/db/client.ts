import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
	db: Db;
	kind: 'postgres' | 'pglite';
	close(): Promise<void>;
}

const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/**
 * PostgreSQL through postgres.js when a URL is given; otherwise PGlite, persisted in `dataDir`
 * (or in memory when `dataDir` is 'memory://'). Migrations are applied before the handle is returned.
 */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<DbHandle> {
	if (options.url) {
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const { migrate } = await import('drizzle-orm/postgres-js/migrator');
		const client = postgres(options.url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
		const db = drizzle(client, { schema });
		await migrate(db, { migrationsFolder });
		return { db: db as unknown as Db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const { migrate } = await import('drizzle-orm/pglite/migrator');
	const dataDir = options.dataDir ?? 'memory://';
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	const client = new PGlite(dataDir);
	const db = drizzle(client, { schema });
	await migrate(db, { migrationsFolder });
	return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}
