import { eq } from 'drizzle-orm';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Db } from '$lib/server/db/client';
import { appSetting } from '$lib/server/db/schema';
import { appOrigin } from '$lib/server/mail/templates';
import { MULTIKEY_CONTEXT } from './contexts';

const SETTING_KEY = 'credential-issuer-key';

export interface IssuerKeys {
	/** The issuer's id: the public controller document at `/verifieer/uitgever`. */
	issuer: string;
	/** The key new credentials are signed with. */
	current: Ed25519Multikey.KeyPair;
	/** Public keys (multibase) that still verify: the current one and every retired one. */
	publicKeys: readonly string[];
}

/** The issuer id follows the app's public address (`ORIGIN`), so it must stay the same once credentials exist. */
export function issuerId(): string {
	return `${appOrigin()}/verifieer/uitgever`;
}

/** A key's id is the issuer with the public key as fragment: rotation needs no numbering. */
export function keyId(issuer: string, publicKeyMultibase: string): string {
	return `${issuer}#${publicKeyMultibase}`;
}

const made = new WeakMap<Db, Promise<{ publicKeyMultibase: string; secretKeyMultibase: string }>>();

async function storedKey(db: Db): Promise<{ publicKeyMultibase: string; secretKeyMultibase: string }> {
	const fresh = await Ed25519Multikey.generate();
	const exported = await fresh.export({ publicKey: true, secretKey: true });
	// Two instances starting together both try; the first insert wins and both read that one back.
	await db
		.insert(appSetting)
		.values({ key: SETTING_KEY, value: { publicKeyMultibase: exported.publicKeyMultibase, secretKeyMultibase: exported.secretKeyMultibase } })
		.onConflictDoNothing();
	const [row] = await db.select({ value: appSetting.value }).from(appSetting).where(eq(appSetting.key, SETTING_KEY)).limit(1);
	const value = row?.value as { publicKeyMultibase?: unknown; secretKeyMultibase?: unknown } | undefined;
	if (typeof value?.publicKeyMultibase !== 'string' || typeof value.secretKeyMultibase !== 'string') throw new Error('app_setting credential-issuer-key holds no key');
	return { publicKeyMultibase: value.publicKeyMultibase, secretKeyMultibase: value.secretKeyMultibase };
}

function list(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * The region's issuer key (Ed25519 Multikey): `CREDENTIAL_PUBLIC_KEY` and `CREDENTIAL_SECRET_KEY` when both are
 * set, otherwise one made once and kept in `app_setting` (development, and any instance without the variables).
 * `CREDENTIAL_RETIRED_KEYS` lists earlier public keys that still verify the credentials they signed.
 */
export async function issuerKeys(db: Db, env: Record<string, string | undefined> = process.env): Promise<IssuerKeys> {
	const issuer = issuerId();
	let pair: { publicKeyMultibase: string; secretKeyMultibase: string };
	if (env.CREDENTIAL_PUBLIC_KEY && env.CREDENTIAL_SECRET_KEY) {
		pair = { publicKeyMultibase: env.CREDENTIAL_PUBLIC_KEY, secretKeyMultibase: env.CREDENTIAL_SECRET_KEY };
	} else {
		let stored = made.get(db);
		if (!stored) {
			stored = storedKey(db);
			made.set(db, stored);
			stored.catch(() => made.delete(db));
		}
		pair = await stored;
	}
	const current = await Ed25519Multikey.from({
		'@context': MULTIKEY_CONTEXT,
		type: 'Multikey',
		id: keyId(issuer, pair.publicKeyMultibase),
		controller: issuer,
		...pair
	});
	const publicKeys = [pair.publicKeyMultibase, ...list(env.CREDENTIAL_RETIRED_KEYS).filter((k) => k !== pair.publicKeyMultibase)];
	return { issuer, current, publicKeys };
}

export const ISSUER_NAME = 'Talentpaspoort Twente';

/** The public controller document of the issuer: its name and every key that verifies. */
export function issuerDocument(keys: Pick<IssuerKeys, 'issuer' | 'publicKeys'>) {
	const methods = keys.publicKeys.map((publicKeyMultibase) => ({ id: keyId(keys.issuer, publicKeyMultibase), type: 'Multikey', controller: keys.issuer, publicKeyMultibase }));
	return {
		'@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_CONTEXT],
		id: keys.issuer,
		verificationMethod: methods,
		assertionMethod: methods.map((m) => m.id)
	};
}

/** One verification method of the issuer, as its own document (what the proof's `verificationMethod` names). */
export function issuerMethod(keys: Pick<IssuerKeys, 'issuer' | 'publicKeys'>, url: string) {
	const key = keys.publicKeys.find((k) => keyId(keys.issuer, k) === url);
	return key ? { '@context': MULTIKEY_CONTEXT, id: url, type: 'Multikey', controller: keys.issuer, publicKeyMultibase: key } : null;
}
