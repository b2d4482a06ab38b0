import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { portfolioSync } from '$lib/server/db/schema';
import { SyncError } from './errors';

/**
 * Takes the portfolio's row lock without bumping: every writer of one portfolio queues here, so the
 * version a writer later takes is only visible after all smaller versions committed.
 */
export async function lockPortfolio(tx: Db, portfolioId: string): Promise<number> {
	const [row] = await tx
		.select({ version: portfolioSync.version })
		.from(portfolioSync)
		.where(eq(portfolioSync.portfolioId, portfolioId))
		.for('update');
	if (!row) throw new SyncError(404, 'sync_error_no_portfolio');
	return row.version;
}

/** `UPDATE … SET version = version + 1 … RETURNING`: the version all rows of this write carry. */
export async function bumpVersion(tx: Db, portfolioId: string): Promise<number> {
	const [row] = await tx
		.update(portfolioSync)
		.set({ version: sql`${portfolioSync.version} + 1` })
		.where(eq(portfolioSync.portfolioId, portfolioId))
		.returning({ version: portfolioSync.version });
	if (!row) throw new SyncError(404, 'sync_error_no_portfolio');
	return row.version;
}

/**
 * The one way to write portfolio data on the server (sync pushes, adviser screens, scripts): one
 * transaction that bumps the portfolio version first, so pull sees the write.
 */
export async function writePortfolio<T>(
	db: Db,
	portfolioId: string,
	write: (tx: Db, version: number) => Promise<T>
): Promise<{ version: number; result: T }> {
	return db.transaction(async (tx) => {
		const version = await bumpVersion(tx as unknown as Db, portfolioId);
		return { version, result: await write(tx as unknown as Db, version) };
	});
}
