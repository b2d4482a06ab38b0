import { and, gte, isNotNull, lt } from 'drizzle-orm';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import type { Db } from '$lib/server/db/client';
import { credentialStatus } from '$lib/server/db/schema';
import { appOrigin } from '$lib/server/mail/templates';
import type { DocumentLoader } from './contexts';
import type { IssuerKeys } from './keys';

/** Bits per status list: 16 KB uncompressed, the minimum the Bitstring Status List spec asks for privacy. */
export const STATUS_LIST_LENGTH = 131_072;

export function statusListUrl(list: number): string {
	return `${appOrigin()}/verifieer/status/${list}`;
}

/** Which list a URL of ours names, or null. */
export function statusListNumber(url: string): number | null {
	const prefix = `${appOrigin()}/verifieer/status/`;
	if (!url.startsWith(prefix)) return null;
	const rest = url.slice(prefix.length);
	return /^(0|[1-9]\d{0,5})$/.test(rest) ? Number(rest) : null;
}

/** The `credentialStatus` of the credential whose bit is `statusIndex`. */
export function statusEntry(statusIndex: number) {
	const list = Math.floor(statusIndex / STATUS_LIST_LENGTH);
	const index = statusIndex % STATUS_LIST_LENGTH;
	const url = statusListUrl(list);
	return { id: `${url}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: url };
}

/** A new bit, not revoked. */
export async function allocateStatus(db: Db): Promise<number> {
	const [row] = await db.insert(credentialStatus).values({}).returning({ statusIndex: credentialStatus.statusIndex });
	return row!.statusIndex;
}

/**
 * The signed BitstringStatusListCredential of one list, made from the revoked bits at the moment it is asked
 * for (so a revocation counts at once). The signature is fresh each time; `validFrom` is now.
 */
export async function signedStatusList(db: Db, keys: IssuerKeys, list: number, loader: DocumentLoader, now = new Date()) {
	const first = list * STATUS_LIST_LENGTH;
	const revoked = await db
		.select({ statusIndex: credentialStatus.statusIndex })
		.from(credentialStatus)
		.where(and(gte(credentialStatus.statusIndex, first), lt(credentialStatus.statusIndex, first + STATUS_LIST_LENGTH), isNotNull(credentialStatus.revokedAt)));
	const bits = await createList({ length: STATUS_LIST_LENGTH });
	for (const r of revoked) bits.setStatus(r.statusIndex - first, true);
	const unsigned = await createCredential({ id: statusListUrl(list), list: bits, statusPurpose: 'revocation' });
	const credential = { ...unsigned, issuer: keys.issuer, validFrom: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
	const suite = new DataIntegrityProof({ signer: keys.current.signer(), cryptosuite, date: now });
	return vc.issue({ credential, suite, documentLoader: loader, now });
}
