/**
 * Fresh PostgreSQL databases next to a base URL, for the tests, the e2e servers and the benches: created on
 * demand, dropped again by `drop`, and left-overs of killed runs removed after two hours. A database can be
 * made as a copy of a migrated template (see `migratedTemplate`), which takes milliseconds instead of a
 * migration run per test file.
 */
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postgres from 'postgres';

export interface FreshDatabase {
	name: string;
	url: string;
	drop(): Promise<void>;
}

const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** The local server's admin database when nothing is configured. */
export const defaultBaseUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function urlFor(baseUrl: string, name: string): string {
	const url = new URL(baseUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

function admin(baseUrl: string) {
	return postgres(baseUrl, { max: 1, onnotice: () => {} });
}

/** Databases named `<prefix>_<milliseconds>_…` whose run started more than two hours ago. */
async function dropStale(sql: postgres.Sql, prefix: string): Promise<void> {
	const stale = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}\\_%`}`;
	for (const { datname } of stale) {
		const started = Number(datname.slice(prefix.length + 1).split('_')[0]);
		if (Number.isFinite(started) && started < Date.now() - STALE_AFTER_MS) {
			await sql.unsafe(`drop database if exists "${datname}" with (force)`);
		}
	}
}

/**
 * A new, empty database (or a copy of `template`) named `<prefix>_<now>_<random>`. Its owner drops it with
 * `drop`, which also ends the connections still open on it.
 */
export async function freshDatabase(prefix: string, options: { baseUrl?: string; template?: string } = {}): Promise<FreshDatabase> {
	const baseUrl = options.baseUrl ?? defaultBaseUrl();
	const sql = admin(baseUrl);
	try {
		await dropStale(sql, prefix);
		const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
		await sql.unsafe(`create database "${name}"${options.template ? ` template "${options.template}"` : ''}`);
		return {
			name,
			url: urlFor(baseUrl, name),
			async drop() {
				const dropper = admin(baseUrl);
				try {
					await dropper.unsafe(`drop database if exists "${name}" with (force)`);
				} finally {
					await dropper.end();
				}
			}
		};
	} finally {
		await sql.end();
	}
}

/** A short fingerprint of the migration files, so a template is made again when a migration changes. */
export function migrationsFingerprint(folder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle')): string {
	const hash = createHash('sha256');
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true })
			.flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
			.sort();
	for (const file of files(folder)) hash.update(file.slice(folder.length)).update(readFileSync(file));
	return hash.digest('hex').slice(0, 10);
}

/**
 * A database with every migration applied, to copy with `freshDatabase(…, { template })`. `migrate` opens the
 * database, migrates and closes it again (a template must have no open connections while it is copied).
 */
export async function migratedTemplate(prefix: string, migrate: (url: string) => Promise<void>, baseUrl = defaultBaseUrl()): Promise<FreshDatabase> {
	const database = await freshDatabase(`${prefix}_${migrationsFingerprint()}`, { baseUrl });
	try {
		await migrate(database.url);
	} catch (error) {
		await database.drop();
		throw error;
	}
	return database;
}
