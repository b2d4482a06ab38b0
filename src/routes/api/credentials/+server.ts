import { json } from '@sveltejs/kit';
import { and, eq, isNull } from 'drizzle-orm';
import { credentialsOf, reconcileCredentials } from '$lib/server/credentials/issue';
import { validationRequestsOf } from '$lib/server/credentials/external';
import { cvLinkOf } from '$lib/server/credentials/public';
import { skillClaim } from '$lib/server/db/schema';
import { residentPortfolio } from '$lib/server/sharing/resident';
import type { CredentialsOverview } from '$lib/shared/credentials';
import type { RequestHandler } from './$types';

/** The resident's credentials (issued for what is validated now), their requests to validators, and the skills they can still ask about. */
export const GET: RequestHandler = async (event) => {
	const { db, portfolioId } = await residentPortfolio(event);
	await reconcileCredentials(db, portfolioId);
	const [credentials, cvPath, requests, claims] = await Promise.all([
		credentialsOf(db, portfolioId),
		cvLinkOf(db, portfolioId),
		validationRequestsOf(db, portfolioId),
		db
			.select({ id: skillClaim.id, skillId: skillClaim.skillId, level: skillClaim.level, source: skillClaim.source })
			.from(skillClaim)
			.where(and(eq(skillClaim.portfolioId, portfolioId), isNull(skillClaim.deletedAt)))
	]);
	const body: CredentialsOverview = { credentials, cvPath, requests, askable: claims.filter((c) => c.source !== 'gevalideerd') };
	return json(body);
};
