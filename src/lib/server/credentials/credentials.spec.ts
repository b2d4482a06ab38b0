import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { validateSkill } from '$lib/server/sharing/gesprek';
import { writeEntities } from '$lib/server/sync/server-write';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';
import { eq } from 'drizzle-orm';
import { user } from '$lib/server/db/schema';
import { OB3_CONTEXT, staticLoader, VC_V2_CONTEXT } from './contexts';
import { appCredentialContext, credentialJson, credentialsOf, reconcileCredentials, revokeCredential, setPublic } from './issue';
import { createValidationRequest, mintValidationLink } from './external';
import { cvLinkOf, setCvLink } from './public';
import { verifyDocument } from './verify';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db }));
const verifyPage = await import('../../../routes/(public)/verifieer/[id]/+page.server');
const cvPage = await import('../../../routes/(public)/verifieer/cv/[slug]/+page.server');
const importEndpoint = await import('../../../routes/api/credentials/import/+server');
const answerPage = await import('../../../routes/(public)/bevestigen/[token]/+page.server');

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
	shared.handle = handle;
});
afterAll(async () => handle.close());
beforeEach(async () => resetSyncTables(handle.db));

async function adviser(): Promise<SessionUser> {
	const { userId } = await makeUser(handle.db, ['adviseur']);
	return { id: userId, email: `${userId}@example.nl`, displayName: 'Adviseur Bram', roles: ['adviseur'], organisationId: null, locale: 'nl', emailVerified: true };
}

/** A resident with one skill an adviser validated, and the credential that gave them. */
async function validatedResident(locale: 'nl' | 'en' | 'de' = 'nl') {
	const resident = await makeResident(handle.db);
	await handle.db.update(user).set({ locale }).where(eq(user.id, resident.userId));
	const claimId = newId();
	await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
		{ entity: 'profile', entityId: resident.portfolioId, op: 'create', baseVersion: 0, patch: { displayName: 'Şükrü Yılmaz' } },
		{ entity: 'skillClaim', entityId: claimId, op: 'create', baseVersion: 0, patch: { skillId: 'heftruck-rijden', level: 3 } }
	]);
	await validateSkill(handle.db, { adviser: await adviser(), portfolioId: resident.portfolioId, skillClaimId: claimId });
	await reconcileCredentials(handle.db, resident.portfolioId);
	const [view] = await credentialsOf(handle.db, resident.portfolioId);
	const row = await credentialJson(handle.db, resident.portfolioId, view!.id);
	return { ...resident, claimId, credentialId: view!.id, credential: row!.json };
}

describe('issuing Open Badges 3.0 credentials', () => {
	it("words a credential in the holder's language, and it still verifies", async () => {
		const german = (await validatedResident('de')).credential as { credentialSubject: { achievement: { description: string; criteria: { narrative: string } } } };
		expect(german.credentialSubject.achievement.description).toBe('Fähigkeit „Heftruck rijden“ aus dem Talentpaspoort Twente.');
		expect(german.credentialSubject.achievement.criteria.narrative).toMatch(/^Bestätigt von Adviseur Bram \(Beraterin oder Berater für Lernen und Arbeit\) am \d{1,2}\. \p{L}+ \d{4}\.$/u);
		const { loader } = await appCredentialContext(handle.db);
		expect((await verifyDocument(german, loader)).outcome).toBe('valid');
		const dutch = (await validatedResident('nl')).credential as typeof german;
		expect(dutch.credentialSubject.achievement.description).toBe('Vaardigheid "Heftruck rijden" uit het Talentpaspoort Twente.');
	});

	it('issues a signed OpenBadgeCredential for a validated skill that verifies with the library', async () => {
		const { credential } = await validatedResident();
		expect(credential).toMatchObject({
			'@context': [VC_V2_CONTEXT, OB3_CONTEXT],
			type: ['VerifiableCredential', 'OpenBadgeCredential'],
			credentialSubject: { name: 'Şükrü Yılmaz', achievement: { name: 'Heftruck rijden' } },
			credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
			proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' }
		});
		const { loader } = await appCredentialContext(handle.db);
		// The library itself, without our wrapper.
		const direct = await vc.verifyCredential({
			credential,
			suite: new DataIntegrityProof({ cryptosuite }),
			documentLoader: loader,
			checkStatus: async () => ({ verified: true })
		});
		expect(direct.verified).toBe(true);
		expect(await verifyDocument(credential, loader)).toMatchObject({ outcome: 'valid', statusChecked: true });
	});

	it('fails after one character of a signed field changes', async () => {
		const { credential } = await validatedResident();
		const { loader } = await appCredentialContext(handle.db);
		const tampered = structuredClone(credential) as { credentialSubject: { achievement: { name: string } } };
		tampered.credentialSubject.achievement.name = 'Heftruck rijdem';
		expect((await verifyDocument(tampered, loader)).outcome).toBe('signature-invalid');
		const holder = structuredClone(credential) as { credentialSubject: { name: string } };
		holder.credentialSubject.name = 'Şükrü Yılmaa';
		expect((await verifyDocument(holder, loader)).outcome).toBe('signature-invalid');
	});

	it('fails the status check after revocation, and revokes when the skill loses its validation', async () => {
		const first = await validatedResident();
		const { loader } = await appCredentialContext(handle.db);
		await revokeCredential(handle.db, first.credentialId);
		expect(await verifyDocument(first.credential, loader)).toMatchObject({ outcome: 'revoked', statusChecked: true });

		const second = await validatedResident();
		await writeEntities(handle.db, { userId: second.userId, role: 'inwoner' }, second.portfolioId, [{ entity: 'skillClaim', entityId: second.claimId, op: 'delete', baseVersion: 10 }]);
		await reconcileCredentials(handle.db, second.portfolioId);
		expect((await credentialsOf(handle.db, second.portfolioId)).map((c) => c.revoked)).toEqual([true]);
		expect((await verifyDocument(second.credential, loader)).outcome).toBe('revoked');
	});
});

describe('checking a credential made elsewhere', () => {
	async function foreignCredential() {
		const key = await Ed25519Multikey.generate();
		const did = `did:key:${key.publicKeyMultibase}`;
		const exported = await key.export({ publicKey: true, secretKey: true });
		const signing = await Ed25519Multikey.from({ publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: exported.secretKeyMultibase, id: `${did}#${key.publicKeyMultibase}`, controller: did });
		const credential = {
			'@context': [VC_V2_CONTEXT, OB3_CONTEXT],
			id: `urn:uuid:${newId()}`,
			type: ['VerifiableCredential', 'OpenBadgeCredential'],
			issuer: { id: did, type: ['Profile'], name: 'ROC van Twente' },
			validFrom: '2025-06-01T00:00:00Z',
			name: 'VCA Basis',
			credentialSubject: { type: ['AchievementSubject'], name: 'Sanne', achievement: { id: 'urn:example:vca', type: ['Achievement'], name: 'VCA Basis', description: 'Veilig werken', criteria: { narrative: 'Examen gehaald' } } }
		};
		const loader = staticLoader();
		const signed = await vc.issue({ credential, suite: new DataIntegrityProof({ signer: signing.signer(), cryptosuite }), documentLoader: loader });
		return { signed, loader };
	}

	it('verifies a credential signed with a fresh did:key, offline', async () => {
		const { signed, loader } = await foreignCredential();
		expect(await verifyDocument(signed, loader)).toMatchObject({ outcome: 'valid', statusChecked: false, summary: { name: 'VCA Basis', issuerName: 'ROC van Twente' } });
	});

	it('refuses a tampered one, and names what it cannot check', async () => {
		const { signed, loader } = await foreignCredential();
		const tampered = structuredClone(signed) as { name: string };
		tampered.name = 'VCA Vol';
		expect((await verifyDocument(tampered, loader)).outcome).toBe('signature-invalid');
		const { proof: _, ...unsigned } = signed;
		expect((await verifyDocument(unsigned, loader)).outcome).toBe('unsigned');
		expect((await verifyDocument({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', badge: { name: 'X' } }, loader)).outcome).toBe('ob2-unverifiable');
		expect((await verifyDocument({ hello: 'world' }, loader)).outcome).toBe('unknown-format');
		const elsewhere = { ...signed, issuer: 'https://issuer.example/1' };
		expect((await verifyDocument(elsewhere, loader)).outcome).not.toBe('valid');
	});
});

describe('the page a validator answers on', () => {
	it("opens once in the language of the resident's request, and never loops for a browser without cookies", async () => {
		const resident = await makeResident(handle.db);
		const claimId = newId();
		await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [{ entity: 'skillClaim', entityId: claimId, op: 'create', baseVersion: 0, patch: { skillId: 'heftruck-rijden', level: 3 } }]);
		const made = await createValidationRequest(handle.db, { portfolioId: resident.portfolioId, name: 'Uwe', email: 'uwe@example.de', skillClaimIds: [claimId], locale: 'de' });
		const link = (await mintValidationLink(handle.db, (made as { id: string }).id))!;
		expect(link.locale).toBe('de');
		const open = async (path: string, cookie?: string) => {
			const set: Record<string, string> = {};
			const cookies = { get: (name: string) => (name === 'PARAGLIDE_LOCALE' ? cookie : undefined), set: (name: string, value: string) => (set[name] = value) };
			try {
				await answerPage.load({ params: { token: link.token }, url: new URL(`http://app.test${path}`), cookies, setHeaders: () => {} } as never);
				return { redirect: null, set };
			} catch (e) {
				return { redirect: (e as { location?: string }).location ?? String(e), set };
			}
		};
		const path = `/bevestigen/${link.token}`;
		expect(await open(path)).toEqual({ redirect: `${path}?taal=de`, set: { PARAGLIDE_LOCALE: 'de' } });
		expect(await open(`${path}?taal=de`)).toEqual({ redirect: null, set: {} });
		expect(await open(path, 'en')).toEqual({ redirect: null, set: {} });
	});
});

describe('importing, as the endpoint takes it', () => {
	it('checks at most 20 credentials per account in 15 minutes, then answers 429 with when to retry', async () => {
		const resident = await makeResident(handle.db);
		const locals = { user: { id: resident.userId, email: 'r@example.nl', displayName: 'R', roles: ['inwoner'], organisationId: null, locale: 'nl', emailVerified: true }, sessionId: null };
		const post = () => {
			const url = new URL('http://app.test/api/credentials/import');
			const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '{"hello":"world"}' }) });
			return importEndpoint.POST({ request, url, locals, params: {} } as never);
		};
		for (let i = 0; i < 20; i++) expect((await post()).status).toBe(200);
		const refused = await post();
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
		expect(((await refused.json()) as { message: string }).message).toMatch(/^Je hebt veel bewijzen achter elkaar laten controleren\. Probeer het over \d+ minuten opnieuw\.$/);
		// Another resident is not held up.
		const other = await makeResident(handle.db);
		locals.user.id = other.userId;
		expect((await post()).status).toBe(200);
	});
});

describe('the public verification page', () => {
	async function load(slug: string) {
		const headers: Record<string, string> = {};
		try {
			const data = await verifyPage.load({ params: { id: slug }, setHeaders: (h: Record<string, string>) => Object.assign(headers, h) } as never);
			return { status: 200, data: data as Record<string, unknown>, headers };
		} catch (e) {
			if (isHttpError(e)) return { status: e.status, data: null, headers };
			throw e;
		}
	}

	it('shows the checked credential and nothing else of the portfolio', async () => {
		const resident = await validatedResident();
		await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
			{ entity: 'profile', entityId: resident.portfolioId, op: 'patch', baseVersion: 10, patch: { contactEmail: 'sukru@example.nl', phone: '06 1234 5678', about: 'Ik woon aan de Geheimstraat 1' } },
			{ entity: 'skillClaim', entityId: newId(), op: 'create', baseVersion: 10, patch: { skillId: 'lassen', level: 2 } }
		]);
		// No link yet: nothing to see.
		const slugless = await load('abcdefghijklmnop');
		expect(slugless.status).toBe(404);
		const slug = (await setPublic(handle.db, resident.portfolioId, resident.credentialId, true))!;
		const seen = await load(slug);
		expect(seen.status).toBe(200);
		expect(Object.keys(seen.data!)).toEqual(['verification']);
		const verification = seen.data!.verification as Record<string, unknown>;
		expect(Object.keys(verification).sort()).toEqual(['criteria', 'description', 'holderName', 'issuerId', 'issuerName', 'kind', 'name', 'outcome', 'statusChecked', 'validFrom']);
		expect(verification).toMatchObject({ outcome: 'valid', statusChecked: true, name: 'Heftruck rijden', holderName: 'Şükrü Yılmaz', issuerName: 'Talentpaspoort Twente', kind: 'skill' });
		const text = JSON.stringify(seen.data);
		for (const secret of ['sukru@example.nl', '06 1234 5678', 'Geheimstraat', 'Lassen', 'lassen', resident.portfolioId, resident.userId]) expect(text).not.toContain(secret);

		// Withdrawn: gone again; revoked: no link can be made.
		await setPublic(handle.db, resident.portfolioId, resident.credentialId, false);
		expect((await load(slug)).status).toBe(404);
		await revokeCredential(handle.db, resident.credentialId);
		expect(await setPublic(handle.db, resident.portfolioId, resident.credentialId, true)).toBeUndefined();
	});

	async function loadCv(slug: string) {
		try {
			const data = await cvPage.load({ params: { slug }, setHeaders: () => {} } as never);
			return { status: 200, data: data as { cv: { holderName: string; credentials: Record<string, unknown>[] } } };
		} catch (e) {
			if (isHttpError(e)) return { status: e.status, data: null };
			throw e;
		}
	}

	it("the CV's page lists exactly the credentials with a public link, checked, until the link is withdrawn", async () => {
		const resident = await validatedResident();
		const secondClaim = newId();
		await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
			{ entity: 'profile', entityId: resident.portfolioId, op: 'patch', baseVersion: 10, patch: { contactEmail: 'sukru@example.nl', phone: '06 1234 5678' } },
			{ entity: 'skillClaim', entityId: secondClaim, op: 'create', baseVersion: 10, patch: { skillId: 'orderpicken', level: 3 } }
		]);
		await validateSkill(handle.db, { adviser: await adviser(), portfolioId: resident.portfolioId, skillClaimId: secondClaim });
		await reconcileCredentials(handle.db, resident.portfolioId);
		const [first, second] = await credentialsOf(handle.db, resident.portfolioId);

		const path = (await setCvLink(handle.db, resident.portfolioId, true))!;
		expect(path).toMatch(/^\/verifieer\/cv\/[a-z2-7]{10,64}$/);
		expect(await setCvLink(handle.db, resident.portfolioId, true)).toBe(path);
		const slug = path.split('/').pop()!;
		// A link, but nothing made public yet: an empty page, no name.
		expect((await loadCv(slug)).data!.cv).toEqual({ holderName: '', credentials: [] });

		const firstSlug = (await setPublic(handle.db, resident.portfolioId, first!.id, true))!;
		const seen = await loadCv(slug);
		expect(seen.status).toBe(200);
		expect(seen.data!.cv.holderName).toBe('Şükrü Yılmaz');
		expect(seen.data!.cv.credentials.map((c) => [c.name, c.outcome, c.path])).toEqual([['Heftruck rijden', 'valid', `/verifieer/${firstSlug}`]]);
		const text = JSON.stringify(seen.data);
		for (const secret of ['sukru@example.nl', '06 1234 5678', second!.name, resident.portfolioId, resident.userId]) expect(text).not.toContain(secret);

		await setPublic(handle.db, resident.portfolioId, second!.id, true);
		expect((await loadCv(slug)).data!.cv.credentials).toHaveLength(2);
		await revokeCredential(handle.db, second!.id);
		expect((await loadCv(slug)).data!.cv.credentials.map((c) => c.name)).toEqual(['Heftruck rijden']);

		// Withdrawn: the old QR code leads nowhere; a new link has a new address.
		expect(await setCvLink(handle.db, resident.portfolioId, false)).toBeNull();
		expect(await cvLinkOf(handle.db, resident.portfolioId)).toBeNull();
		expect((await loadCv(slug)).status).toBe(404);
		expect(await setCvLink(handle.db, resident.portfolioId, true)).not.toBe(path);
		expect((await loadCv('not a slug!')).status).toBe(404);
	});
});
