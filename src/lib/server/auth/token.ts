import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 120 bits of randomness, base32 — the form Lucia's guide uses for ids and secrets. */
export function randomToken(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

/** A token is `<id>.<secret>`; only the hash of the secret is stored. */
export function newToken(): { id: string; secret: string; token: string; secretHash: Uint8Array } {
	const id = randomToken();
	const secret = randomToken();
	return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

export function splitToken(token: string): { id: string; secret: string } | null {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0].length > 64 || parts[1].length > 64) return null;
	return { id: parts[0], secret: parts[1] };
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
	const hash = hashSecret(secret);
	return hash.length === storedHash.length && constantTimeEqual(hash, storedHash);
}
