import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { certificate } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { makeResident } from '$lib/server/sync/testing';
import { importCredential } from './import';
import { verifyOpenBadge2 } from './ob2';
import { FetchRefused, isPublicAddress, publicJsonFetcher } from './public-fetch';

/** An issuer's site on this machine, serving what each test puts in `pages`. */
let server: Server;
let origin: string;
const pages = new Map<string, { status?: number; type?: string; body?: unknown; location?: string }>();

beforeAll(async () => {
	server = createServer((request, response) => {
		const page = pages.get(request.url ?? '');
		if (!page) return void response.writeHead(404).end();
		const headers: Record<string, string> = { 'content-type': page.type ?? 'application/json' };
		if (page.location) headers.location = page.location;
		response.writeHead(page.status ?? 200, headers).end(typeof page.body === 'string' ? page.body : JSON.stringify(page.body ?? {}));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetchJson = () => publicJsonFetcher({ allowHosts: [new URL(origin).host] });

function hostBadge(path: string, extra: Record<string, unknown> = {}) {
	pages.set('/issuer', { body: { '@context': 'https://w3id.org/openbadges/v2', type: 'Profile', id: `${origin}/issuer`, name: 'ROC van Twente', url: origin } });
	pages.set('/badges/vca', { body: { '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass', id: `${origin}/badges/vca`, name: 'VCA Basis', description: 'Veilig werken', issuer: `${origin}/issuer` } });
	const assertion = {
		'@context': 'https://w3id.org/openbadges/v2',
		type: 'Assertion',
		id: `${origin}${path}`,
		recipient: { type: 'email', hashed: false, identity: 'sanne@example.nl' },
		badge: `${origin}/badges/vca`,
		issuedOn: '2025-06-01T00:00:00Z',
		verification: { type: 'hosted' },
		...extra
	};
	pages.set(path, { body: assertion });
	return assertion;
}

describe('an Open Badges 2.0 assertion, checked at its issuer', () => {
	it('is genuine when the issuer hosts the same assertion on its own site', async () => {
		const assertion = hostBadge('/assertions/1');
		expect(await verifyOpenBadge2(structuredClone(assertion), fetchJson())).toEqual({
			outcome: 'valid',
			statusChecked: true,
			summary: { name: 'VCA Basis', issuerName: 'ROC van Twente', issuerId: `${origin}/issuer`, holderName: '', description: 'Veilig werken', validFrom: '2025-06-01T00:00:00Z', validUntil: null }
		});
	});

	it('refuses a copy changed after it was issued', async () => {
		const assertion = hostBadge('/assertions/2');
		const tampered = { ...structuredClone(assertion), recipient: { type: 'email', hashed: false, identity: 'iemand-anders@example.nl' } };
		expect((await verifyOpenBadge2(tampered, fetchJson())).outcome).toBe('signature-invalid');
		// Nested past reason, on both sides: refused, not a crash.
		let deep: unknown = 'x';
		for (let i = 0; i < 1000; i++) deep = [deep];
		pages.set('/assertions/2', { body: { ...assertion, recipient: deep } });
		expect((await verifyOpenBadge2({ ...structuredClone(assertion), recipient: deep }, fetchJson())).outcome).toBe('signature-invalid');
		pages.set('/assertions/2', { body: assertion });
		const otherBadge = { ...structuredClone(assertion), badge: `${origin}/badges/lassen` };
		expect((await verifyOpenBadge2(otherBadge, fetchJson())).outcome).toBe('signature-invalid');
	});

	it('says revoked when the issuer marks it so or answers 410 Gone, and expired after its date', async () => {
		const revoked = hostBadge('/assertions/3', { revoked: true, revocationReason: 'Ten onrechte uitgegeven' });
		expect((await verifyOpenBadge2({ ...revoked, revoked: undefined }, fetchJson())).outcome).toBe('revoked');
		const gone = hostBadge('/assertions/4');
		pages.set('/assertions/4', { status: 410 });
		expect((await verifyOpenBadge2(gone, fetchJson())).outcome).toBe('revoked');
		const expired = hostBadge('/assertions/5', { expires: '2026-01-01T00:00:00Z' });
		expect((await verifyOpenBadge2(expired, fetchJson(), new Date('2026-06-01T00:00:00Z'))).outcome).toBe('expired');
	});

	it('refuses an assertion hosted somewhere else than the issuer, and cannot check signed or unreachable ones', async () => {
		const assertion = hostBadge('/assertions/6');
		// The badge names an issuer on another site: this site may not speak for it.
		pages.set('/badges/vca', { body: { type: 'BadgeClass', id: `${origin}/badges/vca`, name: 'VCA Basis', issuer: { type: 'Profile', id: 'https://roc.example/issuer', name: 'ROC van Twente' } } });
		expect((await verifyOpenBadge2(assertion, fetchJson())).outcome).toBe('signature-invalid');
		// A profile that says it lives elsewhere than where it was read.
		hostBadge('/assertions/6');
		pages.set('/issuer', { body: { type: 'Profile', id: 'https://roc.example/issuer', name: 'ROC van Twente' } });
		expect((await verifyOpenBadge2(assertion, fetchJson())).outcome).toBe('ob2-unverifiable');
		expect((await verifyOpenBadge2({ ...assertion, verification: { type: 'signed', creator: `${origin}/key` } }, fetchJson())).outcome).toBe('ob2-unverifiable');
		expect((await verifyOpenBadge2({ ...assertion, id: `${origin}/assertions/none` }, fetchJson())).outcome).toBe('ob2-unverifiable');
	});
});

describe('importing an Open Badges 2.0 assertion', () => {
	it('a genuine one becomes a certificate in the paspoort; a changed one adds nothing', async () => {
		const handle = await openTestDatabase();
		try {
			const resident = await makeResident(handle.db);
			const assertion = hostBadge('/assertions/import');
			const answer = await importCredential(handle.db, { ...resident, text: JSON.stringify(assertion), fetchJson: fetchJson() });
			expect(answer).toMatchObject({ outcome: 'valid', statusChecked: true, name: 'VCA Basis', issuerName: 'ROC van Twente' });
			const rows = await handle.db.select().from(certificate).where(and(eq(certificate.portfolioId, resident.portfolioId), eq(certificate.id, answer.certificateId!)));
			expect(rows.map((r) => [r.name, r.issuer, r.kind, r.issuedMonth])).toEqual([['VCA Basis', 'ROC van Twente', 'certificaat', '2025-06']]);

			const changed = await importCredential(handle.db, { ...resident, text: JSON.stringify({ ...assertion, issuedOn: '2020-01-01T00:00:00Z' }), fetchJson: fetchJson() });
			expect(changed).toMatchObject({ outcome: 'signature-invalid', certificateId: null });
			expect(await handle.db.select().from(certificate).where(eq(certificate.portfolioId, resident.portfolioId))).toHaveLength(1);
		} finally {
			await handle.close();
		}
	});
});

describe('reading a document from another server', () => {
	const refusal = async (url: string, fetch = publicJsonFetcher()) => {
		try {
			await fetch(url);
			return 'fetched';
		} catch (error) {
			return error instanceof FetchRefused ? error.reason : `other: ${String(error)}`;
		}
	};

	it('never connects to this machine, the private network or the cloud metadata address', async () => {
		for (const url of [
			`https://127.0.0.1/`,
			'https://localhost/',
			'https://10.0.0.5/',
			'https://192.168.1.1/',
			'https://172.20.0.1/',
			'https://169.254.169.254/latest/meta-data/',
			'https://100.64.0.1/',
			'https://[::1]/',
			'https://[fd00::1]/',
			'https://[fe80::1]/',
			'https://[::ffff:127.0.0.1]/',
			'https://0.0.0.0/'
		])
			expect(await refusal(url), url).toBe('address');
	});

	it('takes https on the default port only, without credentials in the address', async () => {
		for (const url of ['http://example.org/', 'https://example.org:8443/', 'https://user:pass@example.org/', 'ftp://example.org/', 'file:///etc/passwd', 'not a url'])
			expect(await refusal(url), url).toBe('url');
	});

	it('follows no redirect and reads only JSON up to its size limit', async () => {
		const fetch = fetchJson();
		pages.set('/redirect', { status: 302, location: 'http://169.254.169.254/' });
		expect(await refusal(`${origin}/redirect`, fetch)).toBe('status');
		pages.set('/html', { type: 'text/html', body: '<html></html>' });
		expect(await refusal(`${origin}/html`, fetch)).toBe('not-json');
		pages.set('/big', { body: 'x'.repeat(300 * 1024) });
		expect(await refusal(`${origin}/big`, fetch)).toBe('too-large');
		pages.set('/ok', { type: 'application/ld+json', body: { hello: 'world' } });
		expect(await fetch(`${origin}/ok`)).toEqual({ status: 200, json: { hello: 'world' } });
	});

	it('knows public from non-public addresses', () => {
		expect(['93.184.215.14', '2a00:1450:4001:82b::200e'].map(isPublicAddress)).toEqual([true, true]);
		expect(['127.0.0.1', '10.1.2.3', '::1', 'fc00::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '198.51.100.7', 'nonsense'].map(isPublicAddress)).toEqual([false, false, false, false, false, false, false, false]);
		expect(isPublicAddress('::ffff:5db8:d70e')).toBe(true);
	});
});
