import { asArray, isObject, str, type Json } from './json';
import { FetchRefused, type FetchJson } from './public-fetch';
import type { CredentialSummary, VerificationResult } from './verify';

const idOf = (v: unknown): string => (isObject(v) ? str(v.id) : str(v));

function originOf(url: string): string | null {
	try {
		return new URL(url).origin;
	} catch {
		return null;
	}
}

/** JSON compared by value, keys in any order; nesting deeper than any badge has counts as different. */
function same(a: unknown, b: unknown, depth = 0): boolean {
	if (depth > 16) return false;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i], depth + 1));
	if (isObject(a) && isObject(b)) {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((k) => same(a[k], b[k], depth + 1));
	}
	return a === b;
}

async function document(fetchJson: FetchJson, url: string): Promise<Json | 'gone' | null> {
	try {
		const answer = await fetchJson(url);
		if (answer.status === 410) return 'gone';
		return isObject(answer.json) ? answer.json : null;
	} catch (error) {
		if (error instanceof FetchRefused) return null;
		throw error;
	}
}

/**
 * An Open Badges 2.0 assertion with hosted verification, checked the way the standard describes: the
 * assertion is read from its own address at the issuer (a 410 or `revoked: true` there means revoked), the
 * uploaded copy must match it in what it claims (recipient, badge, date), and the assertion must live on the
 * issuer's own site (the origin of the issuer profile's id, or one of its `verification.allowedOrigins`).
 * Badge and issuer are read from the issuer too when the assertion names them by URL. Signed (JWS) badges
 * and anything unreachable cannot be checked and add nothing.
 */
export async function verifyOpenBadge2(doc: Json, fetchJson: FetchJson, now = new Date()): Promise<VerificationResult> {
	const unverifiable: VerificationResult = { outcome: 'ob2-unverifiable', statusChecked: false, summary: null };
	const verification = isObject(doc.verification) ? doc.verification : {};
	const kind = str(verification.type);
	if (kind !== 'hosted' && kind !== 'HostedBadge') return unverifiable;
	const assertionUrl = str(doc.id);
	if (!/^https?:\/\//.test(assertionUrl)) return unverifiable;

	const hosted = await document(fetchJson, assertionUrl);
	if (hosted === 'gone') return { outcome: 'revoked', statusChecked: true, summary: null };
	if (!hosted || !asArray(hosted.type).includes('Assertion') || str(hosted.id) !== assertionUrl) return unverifiable;
	// What the uploaded copy claims must be what the issuer hosts.
	for (const field of ['recipient', 'badge', 'issuedOn', 'expires'] as const) {
		if (!same(doc[field], hosted[field])) return { outcome: 'signature-invalid', statusChecked: false, summary: null };
	}

	const badge = isObject(hosted.badge) ? hosted.badge : await document(fetchJson, str(hosted.badge));
	if (!isObject(badge)) return unverifiable;
	if (!isObject(hosted.badge) && str(badge.id) !== str(hosted.badge)) return unverifiable;
	const issuer = isObject(badge.issuer) ? badge.issuer : await document(fetchJson, str(badge.issuer));
	// A profile read from an address must say it is the profile at that address.
	if (!isObject(issuer) || (!isObject(badge.issuer) && str(issuer.id) !== str(badge.issuer))) return unverifiable;
	const issuerId = idOf(badge.issuer);
	const issuerVerification = isObject(issuer.verification) ? issuer.verification : {};
	const allowedOrigins = [originOf(issuerId), ...asArray(issuerVerification.allowedOrigins).map((o) => originOf(`https://${str(o)}`) ?? originOf(str(o)))];
	if (!allowedOrigins.includes(originOf(assertionUrl))) return { outcome: 'signature-invalid', statusChecked: false, summary: null };

	const summary: CredentialSummary = {
		name: str(badge.name),
		issuerName: str(issuer.name) || issuerId,
		issuerId,
		holderName: '',
		description: str(badge.description),
		validFrom: str(hosted.issuedOn) || null,
		validUntil: str(hosted.expires) || null
	};
	if (hosted.revoked === true) return { outcome: 'revoked', statusChecked: true, summary };
	if (summary.validUntil && new Date(summary.validUntil).getTime() <= now.getTime()) return { outcome: 'expired', statusChecked: true, summary };
	if (summary.validFrom && new Date(summary.validFrom).getTime() > now.getTime() + 86_400_000) return { outcome: 'not-yet-valid', statusChecked: true, summary };
	return { outcome: 'valid', statusChecked: true, summary };
}
