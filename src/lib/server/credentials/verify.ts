import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { DocumentNotFound, type DocumentLoader } from './contexts';
import { asArray, isObject, str, type Json } from './json';
import { verifyOpenBadge2 } from './ob2';
import type { FetchJson } from './public-fetch';

/** What a check of a credential found, in the terms the pages put into words. */
export type VerificationOutcome =
	| 'valid'
	| 'revoked'
	| 'signature-invalid'
	| 'expired'
	| 'not-yet-valid'
	| 'issuer-unknown'
	| 'unsigned'
	| 'ob2-unverifiable'
	| 'unknown-format';

export interface VerificationResult {
	outcome: VerificationOutcome;
	/** Whether the revocation list was read (false: the credential has none, or it is not reachable offline). */
	statusChecked: boolean;
	/** The parts of the credential a page shows, when it is one we can read. */
	summary: CredentialSummary | null;
}

export interface CredentialSummary {
	name: string;
	issuerName: string;
	issuerId: string;
	holderName: string;
	description: string;
	/** ISO date-time. */
	validFrom: string | null;
	validUntil: string | null;
}


function contextsOf(doc: Json): string[] {
	return asArray(doc['@context']).filter((c): c is string => typeof c === 'string');
}

export function isOpenBadge2(doc: Json): boolean {
	return contextsOf(doc).some((c) => c.startsWith('https://w3id.org/openbadges/v2')) || asArray(doc.type).includes('Assertion');
}

export function isVerifiableCredential(doc: Json): boolean {
	const ctx = contextsOf(doc);
	return (ctx.includes('https://www.w3.org/ns/credentials/v2') || ctx.includes('https://www.w3.org/2018/credentials/v1')) && asArray(doc.type).includes('VerifiableCredential');
}

/** The readable parts of an Open Badges 2.0 assertion or a VC / OB3 credential. */
export function summarise(doc: Json): CredentialSummary | null {
	if (isVerifiableCredential(doc)) {
		const issuer = doc.issuer;
		const subject = asArray(doc.credentialSubject).find(isObject) ?? {};
		const achievement = isObject(subject.achievement) ? subject.achievement : {};
		return {
			name: str(achievement.name) || str(doc.name) || str(subject.name),
			issuerName: isObject(issuer) ? str(issuer.name) || str(issuer.id) : str(issuer),
			issuerId: isObject(issuer) ? str(issuer.id) : str(issuer),
			holderName: str(subject.name),
			description: str(achievement.description) || str(doc.description),
			validFrom: str(doc.validFrom) || str(doc.issuanceDate) || null,
			validUntil: str(doc.validUntil) || str(doc.expirationDate) || null
		};
	}
	if (isOpenBadge2(doc)) {
		const badge = isObject(doc.badge) ? doc.badge : {};
		const issuer = isObject(badge.issuer) ? badge.issuer : {};
		return {
			name: str(badge.name),
			issuerName: str(issuer.name) || str(badge.issuer),
			issuerId: str(issuer.id) || str(badge.issuer),
			holderName: '',
			description: str(badge.description),
			validFrom: str(doc.issuedOn) || null,
			validUntil: str(doc.expires) || null
		};
	}
	return null;
}

function errorsOf(error: unknown): unknown[] {
	if (!error) return [];
	const nested = (error as { errors?: unknown[] }).errors;
	return [error, ...(Array.isArray(nested) ? nested.flatMap(errorsOf) : [])];
}

function describes(error: unknown, pattern: RegExp): boolean {
	return errorsOf(error).some((e) => pattern.test(String((e as { message?: unknown })?.message ?? '')) || pattern.test(String((e as { name?: unknown })?.name ?? '')));
}

function notFound(error: unknown): boolean {
	return errorsOf(error).some((e) => e instanceof DocumentNotFound || (e as { details?: { cause?: unknown } })?.details?.cause instanceof DocumentNotFound || describes(e, /not available offline|loading document|NotFound/i));
}

/**
 * Checks a credential's Data Integrity signature and, where its status list can be read through the loader,
 * its revocation bit. Nothing is fetched for it: the loader knows the bundled contexts, did:key and the
 * app's own documents, and everything else counts as not reachable. An Open Badges 2.0 assertion can only be
 * checked at its issuer: with `fetchJson` (an import) it is read there, without it it counts as uncheckable.
 */
export async function verifyDocument(doc: unknown, loader: DocumentLoader, now = new Date(), fetchJson?: FetchJson): Promise<VerificationResult> {
	if (!isObject(doc)) return { outcome: 'unknown-format', statusChecked: false, summary: null };
	const summary = summarise(doc);
	if (!isVerifiableCredential(doc)) {
		if (!isOpenBadge2(doc)) return { outcome: 'unknown-format', statusChecked: false, summary };
		if (!fetchJson) return { outcome: 'ob2-unverifiable', statusChecked: false, summary };
		const checked = await verifyOpenBadge2(doc, fetchJson, now);
		return { ...checked, summary: checked.summary ?? summary };
	}
	if (!isObject(doc.proof) && !Array.isArray(doc.proof)) return { outcome: 'unsigned', statusChecked: false, summary };
	let status: { checked: boolean; revoked: boolean } = { checked: false, revoked: false };
	const statusCheck = async (options: unknown) => {
		try {
			const result = await checkStatus({ ...(options as object), documentLoader: loader, suite: new DataIntegrityProof({ cryptosuite }) });
			const entry = result.results?.[0];
			if (result.verified && entry?.verified) status = { checked: true, revoked: entry.status === true };
		} catch {
			// A list we cannot read offline: the signature still counts, the status stays unknown.
		}
		return { verified: true };
	};
	let result;
	try {
		result = await vc.verifyCredential({ credential: doc, suite: new DataIntegrityProof({ cryptosuite }), documentLoader: loader, checkStatus: statusCheck, now });
	} catch (error) {
		return { outcome: notFound(error) ? 'issuer-unknown' : 'unknown-format', statusChecked: false, summary };
	}
	if (!result.verified) {
		const error = result.error ?? result.results;
		if (describes(error, /expired|validUntil/i)) return { outcome: 'expired', statusChecked: status.checked, summary };
		if (describes(error, /validFrom|not yet valid/i)) return { outcome: 'not-yet-valid', statusChecked: status.checked, summary };
		if (notFound(error)) return { outcome: 'issuer-unknown', statusChecked: false, summary };
		return { outcome: 'signature-invalid', statusChecked: false, summary };
	}
	return { outcome: status.revoked ? 'revoked' : 'valid', statusChecked: status.checked, summary };
}
