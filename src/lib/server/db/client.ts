import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
	db: Db;
	kind: 'postgres' | 'pglite';
	/** The PostgreSQL URL (postgres only): the job queue opens a small pool of its own on it. */
	url?: string;
	/** Raw SQL on the embedded database (PGlite only), for the job queue, which shares its one connection. */
	executeSql?(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
	close(): Promise<void>;
}

const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/**
 * PostgreSQL through postgres.js when a URL is given; otherwise PGlite, persisted in `dataDir`
 * (or in memory when `dataDir` is 'memory://'). Migrations are applied before the handle is returned.
 */
export async function openDatabase(options: { url?: string; dataDir?: string; loadDataDir?: Blob }): Promise<DbHandle> {
	if (options.url) {
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const { migrate } = await import('drizzle-orm/postgres-js/migrator');
		const client = postgres(options.url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
		const db = drizzle(client, { schema });
		await migrate(db, { migrationsFolder });
		return { db: db as unknown as Db, kind: 'postgres', url: options.url, close: () => client.end({ timeout: 5 }) };
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const { migrate } = await import('drizzle-orm/pglite/migrator');
	const dataDir = options.dataDir ?? 'memory://';
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	// A snapshot of an already migrated database (the unit tests' global setup makes one) starts in
	// milliseconds; the migrations below then find nothing left to do.
	const client = options.loadDataDir ? new PGlite(dataDir, { loadDataDir: options.loadDataDir }) : new PGlite(dataDir);
	const db = drizzle(client, { schema });
	await migrate(db, { migrationsFolder });
	const executeSql = async (text: string, values: unknown[] = []) => {
		// Without parameters the text may hold several statements, which only the simple protocol runs.
		if (values.length === 0) {
			const results = await client.exec(text);
			return { rows: results.at(-1)?.rows ?? [] };
		}
		return { rows: (await client.query(text, values)).rows };
	};
	return { db: db as unknown as Db, kind: 'pglite', executeSql, close: () => client.close() };
}

const dialect = new PgDialect();

/**
 * Rows of a statement that runs very often (the sync pull). drizzle sends every statement unnamed, so
 * PostgreSQL parses and plans it again each time; on postgres.js this one is a named prepared statement,
 * planned once per connection. Elsewhere (PGlite, inside a transaction) it runs as usual.
 */
export async function executePrepared<Row>(db: Db, statement: SQL): Promise<Row[]> {
	const client = (db as { $client?: { unsafe?: unknown } }).$client;
	if (typeof client?.unsafe === 'function') {
		const { sql: text, params } = dialect.sqlToQuery(statement);
		return (await (client.unsafe as (q: string, p: unknown[], o: { prepare: boolean }) => Promise<Row[]>)(text, params, { prepare: true })) as Row[];
	}
	const result = (await db.execute(statement)) as unknown;
	return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/**
 * A drizzle statement made once per database handle with `.prepare(name)`: a named prepared statement
 * that PostgreSQL plans once per connection instead of on every request. For the hot, fixed queries
 * (session check, the resident's own portfolio).
 */
export function preparedPerDb<T>(make: (db: Db) => T): (db: Db) => T {
	const made = new WeakMap<Db, T>();
	return (db) => {
		let statement = made.get(db);
		if (!statement) made.set(db, (statement = make(db)));
		return statement;
	};
}
