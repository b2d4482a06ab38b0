import { sql } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { createPortfolio } from '$lib/server/auth/accounts';
import type { Db } from '$lib/server/db/client';
import { user, userRole, type Role } from '$lib/server/db/schema';

/** A person with roles (and a portfolio when a resident), without the cost of hashing a real password. */
export async function makeUser(db: Db, roles: Role[] = ['inwoner']): Promise<{ userId: string; portfolioId: string | null }> {
	const userId = newId();
	await db.insert(user).values({ id: userId, email: `${userId}@example.nl`, passwordHash: 'x', displayName: 'Test' });
	await db.insert(userRole).values(roles.map((role) => ({ userId, role })));
	const portfolioId = roles.includes('inwoner') ? await createPortfolio(db, userId) : null;
	return { userId, portfolioId };
}

export async function makeResident(db: Db): Promise<{ userId: string; portfolioId: string }> {
	const made = await makeUser(db, ['inwoner']);
	return { userId: made.userId, portfolioId: made.portfolioId! };
}

/** Empties every table the sync tests touch; cascades reach portfolios, entities and sync state. */
export async function resetSyncTables(db: Db): Promise<void> {
	await db.execute(sql`truncate app_user, catalogue_record, catalogue_sync cascade`);
}
