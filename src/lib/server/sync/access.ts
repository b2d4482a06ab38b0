import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { SyncRole } from '../../shared/sync/entity';
import type { Db } from '../db/client';
import { portfolio } from '../db/schema';

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

export async function ownPortfolioId(db: Db, userId: string): Promise<string | null> {
	const [own] = await db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, userId)).limit(1);
	return own?.id ?? null;
}
