/**
 * The dashboard from the latest snapshot of the monitoring queries' answers.
 *
 * Aggregating the whole region (every gemeente × period × group of every cube) costs about a second at
 * 100 000 residents and grows with the region; the cubes do not depend on the filter, so one set of
 * answers serves every filter a beheerder picks. The answers are stored per day with the moment they were
 * computed (`monitoring_snapshot`), shared by every app instance:
 * - younger than {@link FRESH_SECONDS}: used as they are;
 * - older: used, and one new computation starts in the background (one per instance at a time);
 * - older than {@link MAX_AGE_SECONDS}, or none for today: computed before the page answers.
 * Suppression runs on every answer as before, over the whole cube, so the snapshot changes nothing about
 * what can be read. The page says when its figures were computed.
 */
import { eq, lt, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '$lib/server/db/client';
import { monitoringSnapshot } from '$lib/server/db/schema';
import { defaultFilter, MONITORING_TABLES, type MonitoringFilter, type MonitoringTableId, type PublicTable } from '$lib/shared/monitoring';
import { monitoringTables, type Querier, type Row } from './queries';

export const FRESH_SECONDS = Number(process.env.MONITORING_FRESH_SECONDS ?? 60);
export const MAX_AGE_SECONDS = Number(process.env.MONITORING_MAX_AGE_SECONDS ?? 900);

const dialect = new PgDialect();

/** A statement with its parameters, as the key of its answer. */
export function statementKey(statement: SQL): string {
	const query = dialect.sqlToQuery(statement);
	return JSON.stringify([query.sql, query.params]);
}

const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];

/**
 * Answers statements from stored answers; one it does not hold goes to the database (and is kept for the
 * rest of this computation). Answers pass through JSON, as they do when stored, so a live and a stored
 * answer read the same.
 */
export class SnapshotQuerier implements Querier {
	misses = 0;
	constructor(
		private readonly db: Db,
		readonly results: Record<string, Row[]> = {}
	) {}

	async execute(statement: SQL): Promise<Row[]> {
		const key = statementKey(statement);
		const held = this.results[key];
		if (held) return held;
		this.misses++;
		const rows = JSON.parse(JSON.stringify(rowsOf(await this.db.execute(statement)))) as Row[];
		this.results[key] = rows;
		return rows;
	}
}

export interface Dashboard {
	tables: PublicTable[];
	/** When the figures were computed. */
	computedAt: Date;
}

interface Snapshot {
	computedAt: Date;
	results: Record<string, Row[]>;
}

const dayOf = (now: Date) => now.toISOString().slice(0, 10);
const running = new Map<string, Promise<Snapshot>>();

/** Computes today's answers and stores them (one computation per day at a time in this process). */
export function refreshSnapshot(db: Db, now = new Date()): Promise<Snapshot> {
	const day = dayOf(now);
	let computing = running.get(day);
	if (!computing) {
		computing = (async () => {
			const querier = new SnapshotQuerier(db);
			await monitoringTables(querier, defaultFilter(now), MONITORING_TABLES, now);
			const snapshot = { computedAt: now, results: querier.results };
			await db
				.insert(monitoringSnapshot)
				.values({ day, computedAt: now, results: snapshot.results })
				.onConflictDoUpdate({ target: monitoringSnapshot.day, set: { computedAt: now, results: snapshot.results } });
			await db.delete(monitoringSnapshot).where(lt(monitoringSnapshot.day, day));
			return snapshot;
		})().finally(() => running.delete(day));
		running.set(day, computing);
	}
	return computing;
}

async function storedSnapshot(db: Db, day: string): Promise<Snapshot | null> {
	const [row] = await db.select().from(monitoringSnapshot).where(eq(monitoringSnapshot.day, day));
	return row ? { computedAt: row.computedAt, results: row.results as Record<string, Row[]> } : null;
}

/** The suppressed tables the filter asks for, from the latest snapshot (see the top of this file). */
export async function dashboardTables(db: Db, filter: MonitoringFilter, ids: readonly MonitoringTableId[] = MONITORING_TABLES, now = new Date()): Promise<Dashboard> {
	let snapshot = await storedSnapshot(db, dayOf(now));
	const age = snapshot ? (now.getTime() - snapshot.computedAt.getTime()) / 1000 : Infinity;
	if (!snapshot || age > MAX_AGE_SECONDS || age < 0) snapshot = await refreshSnapshot(db, now);
	else if (age > FRESH_SECONDS) refreshSnapshot(db, now).catch((error: unknown) => console.error('[monitoring] snapshot not refreshed', error));
	const tables = await monitoringTables(new SnapshotQuerier(db, { ...snapshot.results }), filter, ids, now);
	return { tables, computedAt: snapshot.computedAt };
}
