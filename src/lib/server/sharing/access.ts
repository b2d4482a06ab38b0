import { error } from '@sveltejs/kit';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { newId } from '$lib/shared/id';
import { SHARE_SECTIONS, type ShareSection } from '$lib/shared/sharing';
import type { SessionUser } from '$lib/server/auth/session';
import type { Db } from '$lib/server/db/client';
import { accessLog, organisation, portfolio, shareGrant } from '$lib/server/db/schema';

type Viewer = Pick<SessionUser, 'id' | 'displayName' | 'roles' | 'organisationId'>;

/**
 * A grant counts for the capacity it was given in: an adviser's grant only while the person is still an
 * adviser, an organisation's grant only for its employer accounts.
 */
function grantsFor(viewer: Viewer) {
	const clauses = [];
	if (viewer.roles.includes('adviseur')) clauses.push(eq(shareGrant.granteeUserId, viewer.id));
	if (viewer.roles.includes('werkgever') && viewer.organisationId) clauses.push(eq(shareGrant.granteeOrganisationId, viewer.organisationId));
	return clauses.length > 0 ? or(...clauses) : undefined;
}

/** Active grants of this portfolio for this viewer; expiry and revocation are checked on every call. */
export async function activeGrantsFor(db: Db, input: { viewer: Viewer; portfolioId: string; now?: Date }) {
	const grantee = grantsFor(input.viewer);
	if (!grantee) return [];
	return db
		.select()
		.from(shareGrant)
		.where(
			and(
				eq(shareGrant.portfolioId, input.portfolioId),
				isNull(shareGrant.revokedAt),
				gt(shareGrant.expiresAt, input.now ?? new Date()),
				grantee
			)
		);
}

async function ownsPortfolio(db: Db, viewerId: string, portfolioId: string): Promise<boolean | null> {
	const [row] = await db.select({ ownerId: portfolio.ownerId }).from(portfolio).where(eq(portfolio.id, portfolioId)).limit(1);
	return row ? row.ownerId === viewerId : null;
}

/** The sections this viewer may read now: all of them for the owner, otherwise the union of active grants. */
export async function sectionsVisibleTo(db: Db, input: { viewer: Viewer; portfolioId: string; now?: Date }): Promise<ShareSection[]> {
	if (await ownsPortfolio(db, input.viewer.id, input.portfolioId)) return [...SHARE_SECTIONS];
	const grants = await activeGrantsFor(db, input);
	const granted = new Set(grants.flatMap((g) => g.sections));
	return SHARE_SECTIONS.filter((s) => granted.has(s));
}

async function organisationName(db: Db, organisationId: string | null): Promise<string | null> {
	if (!organisationId) return null;
	const [row] = await db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, organisationId)).limit(1);
	return row?.name ?? null;
}

/**
 * The gate in front of every read of someone else's portfolio: an active grant for exactly this section,
 * or a 403. Both outcomes are written to the access log, so the resident sees refused attempts too. The
 * owner reading their own portfolio passes without a log row.
 */
export async function requireSectionAccess(
	db: Db,
	input: { viewer: SessionUser; portfolioId: string; section: ShareSection; now?: Date }
): Promise<void> {
	const { viewer, portfolioId, section } = input;
	const owner = await ownsPortfolio(db, viewer.id, portfolioId);
	if (owner) return;
	// An unknown portfolio has nobody to tell; it is refused like any other.
	if (owner === null) error(403, { message: m.error_forbidden() });
	const grants = await activeGrantsFor(db, input);
	const grant = grants.find((g) => g.sections.includes(section));
	const viaOrganisation = grant ? grant.granteeOrganisationId : viewer.roles.includes('werkgever') ? viewer.organisationId : null;
	await db.insert(accessLog).values({
		id: newId(),
		portfolioId,
		viewerId: viewer.id,
		viewerName: viewer.displayName,
		organisationName: await organisationName(db, viaOrganisation),
		section,
		allowed: !!grant,
		at: input.now ?? new Date()
	});
	if (!grant) {
		console.warn(`[delen] refused ${viewer.id} on ${portfolioId}/${section}`);
		error(403, { message: m.delen_error_not_shared() });
	}
}
