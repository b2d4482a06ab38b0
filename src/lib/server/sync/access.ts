import { and, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '$lib/server/auth/session';
import type { SyncRole } from '$lib/shared/sync/entity';
import { preparedPerDb, type Db } from '$lib/server/db/client';
import { portfolio, portfolioSync } from '$lib/server/db/schema';

/**
 * The role in which a person writes to a portfolio, or null. Today only the owner syncs; advisers write
 * server-side through writePortfolio until sharing (share_grant) decides which portfolios they may reach.
 */
export async function portfolioRole(db: Db, user: SessionUser, portfolioId: string): Promise<SyncRole | null> {
	if (!user.roles.includes('inwoner')) return null;
	const [own] = await db
		.select({ id: portfolio.id })
		.from(portfolio)
		.where(and(eq(portfolio.id, portfolioId), eq(portfolio.ownerId, user.id)))
		.limit(1);
	return own ? 'inwoner' : null;
}

const ownPortfolioStatement = preparedPerDb((db) =>
	db
		.select({ id: portfolio.id, version: portfolioSync.version })
		.from(portfolio)
		.innerJoin(portfolioSync, eq(portfolioSync.portfolioId, portfolio.id))
		.where(eq(portfolio.ownerId, sql.placeholder('userId')))
		.limit(1)
		.prepare('own_portfolio')
);

/** The resident's own portfolio and its current version, in one prepared query (the poll path is hot). */
export async function ownPortfolio(db: Db, userId: string): Promise<{ id: string; version: number } | null> {
	const [own] = await ownPortfolioStatement(db).execute({ userId });
	return own ?? null;
}
