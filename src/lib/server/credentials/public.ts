import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { credentialPath, cvPath } from '$lib/shared/credentials';
import { randomToken } from '$lib/server/auth/token';
import type { Db } from '$lib/server/db/client';
import { cvVerificationLink, issuedCredential } from '$lib/server/db/schema';
import { appCredentialContext } from './issue';
import { verifyDocument, type VerificationOutcome } from './verify';

/** Exactly what the public verification page shows: the credential's own words and the check's outcome. */
export interface PublicVerification {
	outcome: VerificationOutcome;
	statusChecked: boolean;
	kind: 'skill' | 'evc' | 'werkproces';
	name: string;
	description: string;
	criteria: string;
	issuerName: string;
	issuerId: string;
	holderName: string;
	validFrom: string | null;
}

/** What the CV's page shows: the credentials the resident made public, each checked and linked to its own page. */
export interface PublicCvVerification {
	holderName: string;
	credentials: (PublicVerification & { path: string })[];
}

const SLUG = /^[a-z2-7]{10,64}$/;

type CredentialRow = typeof issuedCredential.$inferSelect;
type Loader = Awaited<ReturnType<typeof appCredentialContext>>['loader'];

/** One stored credential verified for real: signature through the bundled loader, revocation through the app's own signed status list. */
async function verifyRow(row: CredentialRow, loader: Loader): Promise<PublicVerification> {
	const result = await verifyDocument(row.json, loader);
	const subject = (row.json.credentialSubject ?? {}) as { achievement?: { criteria?: { narrative?: unknown } } };
	const narrative = subject.achievement?.criteria?.narrative;
	return {
		outcome: result.outcome,
		statusChecked: result.statusChecked,
		kind: row.kind,
		name: result.summary?.name ?? row.name,
		description: result.summary?.description ?? '',
		criteria: typeof narrative === 'string' ? narrative : '',
		issuerName: result.summary?.issuerName ?? '',
		issuerId: result.summary?.issuerId ?? '',
		holderName: result.summary?.holderName ?? '',
		validFrom: result.summary?.validFrom ?? null
	};
}

/** The credential behind a public link, verified. Null when there is no such link: never made, withdrawn, or revoked. */
export async function publicVerification(db: Db, slug: string): Promise<PublicVerification | null> {
	if (!SLUG.test(slug)) return null;
	const [row] = await db.select().from(issuedCredential).where(eq(issuedCredential.publicSlug, slug)).limit(1);
	if (!row) return null;
	const { loader } = await appCredentialContext(db);
	return verifyRow(row, loader);
}

/**
 * The page behind the CV's QR code: every credential of the resident that has its own public link right
 * now (a withdrawn or revoked one drops off at once), each verified. Nothing else of the portfolio: no
 * skills without a credential, no contact details. Null when the CV link was never made or is withdrawn.
 */
export async function publicCvVerification(db: Db, slug: string): Promise<PublicCvVerification | null> {
	if (!SLUG.test(slug)) return null;
	const [link] = await db.select().from(cvVerificationLink).where(eq(cvVerificationLink.slug, slug)).limit(1);
	if (!link) return null;
	const rows = await db
		.select()
		.from(issuedCredential)
		.where(and(eq(issuedCredential.portfolioId, link.portfolioId), isNotNull(issuedCredential.publicSlug), isNull(issuedCredential.revokedAt)))
		.orderBy(asc(issuedCredential.issuedAt));
	if (rows.length === 0) return { holderName: '', credentials: [] };
	const { loader } = await appCredentialContext(db);
	const credentials = await Promise.all(rows.map(async (row) => ({ ...(await verifyRow(row, loader)), path: credentialPath(row.publicSlug!) })));
	const holderName = credentials.findLast((c) => c.outcome === 'valid' && c.holderName)?.holderName ?? '';
	return { holderName, credentials };
}

/** The resident's CV link, if kept. */
export async function cvLinkOf(db: Db, portfolioId: string): Promise<string | null> {
	const [link] = await db.select({ slug: cvVerificationLink.slug }).from(cvVerificationLink).where(eq(cvVerificationLink.portfolioId, portfolioId)).limit(1);
	return link ? cvPath(link.slug) : null;
}

/** Makes the CV link (keeping one that exists) or withdraws it; a link made after a withdrawal has a new slug. */
export async function setCvLink(db: Db, portfolioId: string, on: boolean): Promise<string | null> {
	if (!on) {
		await db.delete(cvVerificationLink).where(eq(cvVerificationLink.portfolioId, portfolioId));
		return null;
	}
	await db.insert(cvVerificationLink).values({ portfolioId, slug: randomToken() }).onConflictDoNothing({ target: cvVerificationLink.portfolioId });
	return cvLinkOf(db, portfolioId);
}
