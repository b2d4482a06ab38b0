import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import { SHARE_SECTIONS, type AccessLogView, type GrantOrigin, type GrantView, type ShareSection } from '$lib/shared/sharing';
import type { Db } from '$lib/server/db/client';
import { accessLog, organisation, portfolio, shareGrant, user } from '$lib/server/db/schema';

/** How many log entries the resident's page shows; older ones stay stored. */
const LOG_LIMIT = 200;

export async function createGrant(
	db: Db,
	input: {
		portfolioId: string;
		grantee: { userId: string } | { organisationId: string };
		sections: readonly ShareSection[];
		origin: GrantOrigin;
		expiresAt: Date;
		now?: Date;
	}
): Promise<string> {
	const id = newId();
	await db.insert(shareGrant).values({
		id,
		portfolioId: input.portfolioId,
		granteeUserId: 'userId' in input.grantee ? input.grantee.userId : null,
		granteeOrganisationId: 'organisationId' in input.grantee ? input.grantee.organisationId : null,
		sections: [...input.sections],
		origin: input.origin,
		createdAt: input.now ?? new Date(),
		expiresAt: input.expiresAt
	});
	return id;
}

/** Every grant of the portfolio, newest first, with the grantee's name as the resident knows them. */
export async function grantsOf(db: Db, portfolioId: string, now = new Date()): Promise<GrantView[]> {
	const rows = await db
		.select({ grant: shareGrant, userName: user.displayName, organisationName: organisation.name })
		.from(shareGrant)
		.leftJoin(user, eq(user.id, shareGrant.granteeUserId))
		.leftJoin(organisation, eq(organisation.id, shareGrant.granteeOrganisationId))
		.where(eq(shareGrant.portfolioId, portfolioId))
		.orderBy(desc(shareGrant.createdAt));
	return rows.map(({ grant, userName, organisationName }) => ({
		id: grant.id,
		granteeName: organisationName ?? userName ?? '',
		granteeKind: grant.granteeOrganisationId ? 'werkgever' : 'adviseur',
		sections: grant.sections as ShareSection[],
		origin: grant.origin,
		createdAt: grant.createdAt.toISOString(),
		expiresAt: grant.expiresAt.toISOString(),
		revokedAt: grant.revokedAt?.toISOString() ?? null,
		active: !grant.revokedAt && grant.expiresAt > now
	}));
}

/** Ends a grant now. Only the portfolio's own grants; revoking twice keeps the first moment. */
export async function revokeGrant(db: Db, input: { portfolioId: string; grantId: string; now?: Date }): Promise<boolean> {
	const rows = await db
		.update(shareGrant)
		.set({ revokedAt: input.now ?? new Date() })
		.where(and(eq(shareGrant.id, input.grantId), eq(shareGrant.portfolioId, input.portfolioId), isNull(shareGrant.revokedAt)))
		.returning({ id: shareGrant.id });
	return rows.length > 0;
}

export async function accessLogOf(db: Db, portfolioId: string): Promise<AccessLogView[]> {
	const rows = await db
		.select()
		.from(accessLog)
		.where(eq(accessLog.portfolioId, portfolioId))
		.orderBy(desc(accessLog.at))
		.limit(LOG_LIMIT);
	return rows.map((r) => ({
		viewerName: r.viewerName,
		organisationName: r.organisationName,
		section: r.section as ShareSection,
		allowed: r.allowed,
		at: r.at.toISOString()
	}));
}

/**
 * Portfolios an adviser may open now, for the caseload. The account name identifies the person the
 * adviser met in the gesprek; everything else stays behind the section checks.
 */
export async function caseloadOf(db: Db, adviserId: string, now = new Date()) {
	const rows = await db
		.select({ portfolioId: shareGrant.portfolioId, expiresAt: shareGrant.expiresAt, sections: shareGrant.sections, name: user.displayName })
		.from(shareGrant)
		.innerJoin(portfolio, eq(portfolio.id, shareGrant.portfolioId))
		.innerJoin(user, eq(user.id, portfolio.ownerId))
		.where(and(eq(shareGrant.granteeUserId, adviserId), isNull(shareGrant.revokedAt), gt(shareGrant.expiresAt, now)))
		.orderBy(desc(shareGrant.expiresAt));
	const byPortfolio = new Map<string, { portfolioId: string; name: string; expiresAt: Date; sections: Set<string> }>();
	for (const row of rows) {
		const entry = byPortfolio.get(row.portfolioId) ?? { portfolioId: row.portfolioId, name: row.name, expiresAt: row.expiresAt, sections: new Set<string>() };
		for (const s of row.sections) entry.sections.add(s);
		if (row.expiresAt > entry.expiresAt) entry.expiresAt = row.expiresAt;
		byPortfolio.set(row.portfolioId, entry);
	}
	return [...byPortfolio.values()].map((e) => ({ ...e, sections: SHARE_SECTIONS.filter((s) => e.sections.has(s)) }));
}

/** Whether this person ever had a grant on the portfolio: the refusal then says the sharing stopped. */
export async function everSharedWith(db: Db, input: { portfolioId: string; userId: string }): Promise<boolean> {
	const [row] = await db
		.select({ id: shareGrant.id })
		.from(shareGrant)
		.where(and(eq(shareGrant.portfolioId, input.portfolioId), eq(shareGrant.granteeUserId, input.userId)))
		.limit(1);
	return !!row;
}
