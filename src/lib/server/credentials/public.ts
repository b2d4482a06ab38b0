import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { issuedCredential } from '$lib/server/db/schema';
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

/**
 * The credential behind a public link, verified for real (signature through the bundled loader, revocation
 * through the app's own signed status list). Null when there is no such link: never made, withdrawn, or revoked.
 */
export async function publicVerification(db: Db, slug: string): Promise<PublicVerification | null> {
	if (!/^[a-z2-7]{10,64}$/.test(slug)) return null;
	const [row] = await db.select().from(issuedCredential).where(eq(issuedCredential.publicSlug, slug)).limit(1);
	if (!row) return null;
	const { loader } = await appCredentialContext(db);
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
