import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pushSubscriptionSchema } from '$lib/shared/push';
import { registerResident } from '$lib/server/auth/accounts';
import type { DbHandle } from '$lib/server/db/client';
import { appSetting, bericht, portfolio, pushSubscription, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { startQueue, type JobQueue } from '$lib/server/jobs/queue';
import { notify, setPreference } from '$lib/server/notify';
import { isPushServiceEndpoint, removeSubscription, saveSubscription } from './index';
import { PUSH_QUEUE, pushQueueSpec, sendPushJob } from './jobs';
import { startTestPushService, type PushRequest, type TestPushService } from './testing';
import { vapidDetails } from './vapid';

/** http_ece, the encryption web-push itself uses: here it decrypts as the browser would. */
const ece = createRequire(import.meta.url)('http_ece') as {
	decrypt(body: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: Buffer }): Buffer;
};

let handle: DbHandle;
let service: TestPushService;
let queue: JobQueue;
/** The test's push service is the only one the sender may reach. */
const env = { PUSH_SERVICE_HOSTS: '127.0.0.1', MAIL_FROM: 'Talentpaspoort Twente <noreply@talentpaspoort.test>' };

beforeAll(async () => {
	handle = await openTestDatabase();
	service = await startTestPushService();
	queue = await startQueue(handle, { pollSeconds: 0.5, supervise: false });
	await queue.work([pushQueueSpec(async () => handle.db, { agent: service.agent, env })]);
});
afterAll(async () => {
	await queue?.stop();
	await service?.close();
	await handle?.close();
});
beforeEach(async () => {
	await handle.db.delete(user);
	service.requests.length = 0;
});

interface Device {
	name: string;
	endpoint: string;
	ecdh: ECDH;
	authSecret: Buffer;
}

/** A browser's side of a subscription: its own P-256 key pair and 16-byte auth secret. */
function device(name: string): Device {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	return { name, endpoint: service.endpoint(name), ecdh, authSecret: randomBytes(16) };
}
const subscriptionOf = (d: Device) => ({ endpoint: d.endpoint, keys: { p256dh: d.ecdh.getPublicKey().toString('base64url'), auth: d.authSecret.toString('base64url') } });

async function resident(name: string, ...devices: Device[]) {
	const email = `${name.toLowerCase()}@example.nl`;
	const userId = await registerResident(handle.db, { email, password: 'een-lang-wachtwoord', displayName: name });
	const [row] = await handle.db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, userId));
	for (const d of devices) await saveSubscription(handle.db, userId, subscriptionOf(d));
	return { userId, email, name, portfolioId: row!.id };
}

const toDevice = (d: Device) => (request: PushRequest) => request.path === new URL(d.endpoint).pathname;

/** The claims of a VAPID token, after checking its ES256 signature with the key the header names. */
function vapidClaims(authorization: string): { claims: Record<string, unknown>; publicKey: string } {
	const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization);
	expect(match, authorization).not.toBeNull();
	const [, token, publicKey] = match!;
	const [header, payload, signature] = token!.split('.') as [string, string, string];
	expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'ES256' });
	const raw = Buffer.from(publicKey!, 'base64url');
	const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') }, format: 'jwk' });
	expect(verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))).toBe(true);
	return { claims: JSON.parse(Buffer.from(payload, 'base64url').toString()), publicKey: publicKey! };
}

describe('a push message, up to the encrypted request the push service gets', () => {
	it('is an aes128gcm-encrypted POST with a VAPID token for the push service, saying only that there is news', async () => {
		const phone = device('anna-phone');
		const anna = await resident('Anna', phone);
		await notify(handle.db, queue, { portfolioId: anna.portfolioId, kind: 'validatie' });

		const request = await service.waitFor(toDevice(phone));
		expect(request.method).toBe('POST');
		expect(request.headers['content-encoding']).toBe('aes128gcm');
		expect(request.headers['content-type']).toBe('application/octet-stream');
		expect(Number(request.headers.ttl)).toBeGreaterThan(0);
		expect(request.headers.urgency).toBe('normal');
		expect(request.headers.topic).toBe('validatie');

		// The token is for this push service only, signed with the app's key, and lapses within a day.
		const { claims, publicKey } = vapidClaims(String(request.headers.authorization));
		expect(claims.aud).toBe(service.origin);
		expect(claims.sub).toBe('mailto:noreply@talentpaspoort.test');
		expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000);
		expect(Number(claims.exp)).toBeLessThanOrEqual(Date.now() / 1000 + 24 * 60 * 60);
		expect(publicKey).toBe((await vapidDetails(handle.db, env)).publicKey);

		// Only the device can read it; what it reads is the generic sentence and where to look.
		expect(request.body.toString('utf8')).not.toContain('Talentpaspoort');
		const plain = ece.decrypt(request.body, { version: 'aes128gcm', privateKey: phone.ecdh, authSecret: phone.authSecret }).toString('utf8');
		expect(JSON.parse(plain)).toEqual({
			title: 'Talentpaspoort Twente',
			body: 'Een adviseur of werkgever heeft een skill op je paspoort bevestigd.',
			url: '/mijn/skills'
		});
		for (const personal of [anna.name, anna.email, anna.userId, anna.portfolioId]) expect(plain).not.toContain(personal);
		// Another key cannot read it.
		const stranger = device('stranger');
		expect(() => ece.decrypt(request.body, { version: 'aes128gcm', privateKey: stranger.ecdh, authSecret: phone.authSecret })).toThrow();

		// The bericht in the app is there as well.
		expect(await handle.db.select({ kind: bericht.kind }).from(bericht).where(eq(bericht.portfolioId, anna.portfolioId))).toEqual([{ kind: 'validatie' }]);
	});

	it('goes to every device where push is on, each encrypted to that device, in the person’s language', async () => {
		const phone = device('bram-phone');
		const laptop = device('bram-laptop');
		const bram = await resident('Bram', phone, laptop);
		await handle.db.update(user).set({ locale: 'en' }).where(eq(user.id, bram.userId));
		await notify(handle.db, queue, { portfolioId: bram.portfolioId, kind: 'aanbod' });
		for (const d of [phone, laptop]) {
			const request = await service.waitFor(toDevice(d));
			const payload = JSON.parse(ece.decrypt(request.body, { version: 'aes128gcm', privateKey: d.ecdh, authSecret: d.authSecret }).toString('utf8'));
			expect(payload).toEqual({ title: 'Talentpaspoort Twente', body: 'There are new offers that fit you.', url: '/mijn/aanbod' });
		}
	});

	it('a 404 or 410 from the push service removes the subscription; other devices keep theirs', async () => {
		const gone = device('cor-old-phone');
		const expired = device('cor-tablet');
		const kept = device('cor-phone');
		const cor = await resident('Cor', gone, expired, kept);
		service.answer(gone.name, 410);
		service.answer(expired.name, 404);
		await notify(handle.db, queue, { portfolioId: cor.portfolioId, kind: 'voucher' });
		await queue.drained(PUSH_QUEUE);
		expect(service.requests.filter(toDevice(gone))).toHaveLength(1);
		expect(service.requests.filter(toDevice(expired))).toHaveLength(1);
		const left = await handle.db.select({ endpoint: pushSubscription.endpoint }).from(pushSubscription).where(eq(pushSubscription.userId, cor.userId));
		expect(left).toEqual([{ endpoint: kept.endpoint }]);
	});

	it('another failure is kept and thrown, so the queue tries again; a later success clears it', async () => {
		const phone = device('dilan-phone');
		const dilan = await resident('Dilan', phone);
		const [row] = await handle.db.select().from(pushSubscription).where(eq(pushSubscription.userId, dilan.userId));
		service.answer(phone.name, 503);
		await expect(sendPushJob(handle.db, { subscriptionId: row!.id, kind: 'apk', link: '/mijn/apk' }, { agent: service.agent, env })).rejects.toMatchObject({ statusCode: 503 });
		expect((await handle.db.select().from(pushSubscription).where(eq(pushSubscription.id, row!.id)))[0]!.lastError).toBe('http 503');

		service.answer(phone.name, 201);
		await sendPushJob(handle.db, { subscriptionId: row!.id, kind: 'apk', link: '/mijn/apk' }, { agent: service.agent, env });
		expect((await handle.db.select().from(pushSubscription).where(eq(pushSubscription.id, row!.id)))[0]!.lastError).toBeNull();
		expect(service.requests.filter(toDevice(phone))).toHaveLength(2);
	});

	it('sends nothing for a kind the person turned push off for', async () => {
		const phone = device('eva-phone');
		const eva = await resident('Eva', phone);
		await setPreference(handle.db, eva.userId, 'suggestie', 'push', false);
		await notify(handle.db, queue, { portfolioId: eva.portfolioId, kind: 'suggestie' });
		await queue.drained(PUSH_QUEUE);
		expect(service.requests).toEqual([]);

		// Turned off after the job was queued: still nothing.
		const [row] = await handle.db.select().from(pushSubscription).where(eq(pushSubscription.userId, eva.userId));
		await setPreference(handle.db, eva.userId, 'verslag', 'push', false);
		await sendPushJob(handle.db, { subscriptionId: row!.id, kind: 'verslag', link: '/mijn/delen' }, { agent: service.agent, env });
		expect(service.requests).toEqual([]);

		// Another kind still comes.
		await notify(handle.db, queue, { portfolioId: eva.portfolioId, kind: 'contactverzoek' });
		await service.waitFor(toDevice(phone));
	});

	it('sends nothing to a device that was turned off, nor to an endpoint that is not a push service', async () => {
		const phone = device('fenna-phone');
		const fenna = await resident('Fenna', phone);
		const [row] = await handle.db.select().from(pushSubscription).where(eq(pushSubscription.userId, fenna.userId));
		expect(await removeSubscription(handle.db, fenna.userId, phone.endpoint)).toBe(true);
		await sendPushJob(handle.db, { subscriptionId: row!.id, kind: 'apk', link: '/mijn/apk' }, { agent: service.agent, env });

		await saveSubscription(handle.db, fenna.userId, subscriptionOf(phone));
		const [again] = await handle.db.select().from(pushSubscription).where(eq(pushSubscription.userId, fenna.userId));
		await sendPushJob(handle.db, { subscriptionId: again!.id, kind: 'apk', link: '/mijn/apk' }, { agent: service.agent, env: { ...env, PUSH_SERVICE_HOSTS: 'fcm.googleapis.com' } });
		expect(service.requests).toEqual([]);
		expect(await handle.db.select().from(pushSubscription).where(eq(pushSubscription.userId, fenna.userId))).toEqual([]);
	});
});

describe('subscriptions and keys', () => {
	it('a device belongs to the account that last turned push on in it', async () => {
		const shared = device('shared-tablet');
		const gijs = await resident('Gijs', shared);
		const hanna = await resident('Hanna');
		await saveSubscription(handle.db, hanna.userId, subscriptionOf(shared));
		const rows = await handle.db.select({ userId: pushSubscription.userId }).from(pushSubscription).where(eq(pushSubscription.endpoint, shared.endpoint));
		expect(rows).toEqual([{ userId: hanna.userId }]);
		// Gijs cannot remove what is no longer his.
		expect(await removeSubscription(handle.db, gijs.userId, shared.endpoint)).toBe(false);
		// Deleting an account removes its devices.
		await handle.db.delete(user).where(eq(user.id, hanna.userId));
		expect(await handle.db.select().from(pushSubscription)).toEqual([]);
	});

	it('without VAPID_* a key pair is made once and kept in the database for every instance; with them, those are used', async () => {
		const first = await vapidDetails(handle.db, env);
		const [stored] = await handle.db.select().from(appSetting).where(eq(appSetting.key, 'vapid'));
		expect(stored!.value).toEqual({ publicKey: first.publicKey, privateKey: first.privateKey });
		expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
		expect(Buffer.from(first.privateKey, 'base64url')).toHaveLength(32);
		expect(await vapidDetails(handle.db, env)).toEqual(first);

		const configured = { VAPID_PUBLIC_KEY: 'BPub', VAPID_PRIVATE_KEY: 'priv', VAPID_SUBJECT: 'mailto:beheer@talentpaspoort.example' };
		expect(await vapidDetails(handle.db, configured)).toEqual({ subject: 'mailto:beheer@talentpaspoort.example', publicKey: 'BPub', privateKey: 'priv' });
	});

	it('accepts a browser’s subscription and refuses one that is not', () => {
		const d = device('x');
		const good = { ...subscriptionOf(d), endpoint: 'https://fcm.googleapis.com/fcm/send/abc:def', expirationTime: null };
		expect(pushSubscriptionSchema.safeParse(good).success).toBe(true);
		for (const bad of [
			{ ...good, endpoint: 'http://fcm.googleapis.com/fcm/send/abc' },
			{ ...good, endpoint: 'javascript:alert(1)' },
			{ ...good, keys: { ...good.keys, p256dh: good.keys.auth } },
			{ ...good, keys: { ...good.keys, auth: good.keys.p256dh } },
			{ endpoint: good.endpoint }
		]) {
			expect(pushSubscriptionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
		expect(isPushServiceEndpoint('https://fcm.googleapis.com/fcm/send/abc', {})).toBe(true);
		expect(isPushServiceEndpoint('https://web.push.apple.com/QGx', {})).toBe(true);
		expect(isPushServiceEndpoint('https://updates.push.services.mozilla.com/wpush/v2/x', {})).toBe(true);
		for (const elsewhere of ['https://169.254.169.254/latest', 'https://evilfcm.googleapis.com.example/x', 'https://user:pw@fcm.googleapis.com/x', 'https://intranet.local/x']) {
			expect(isPushServiceEndpoint(elsewhere, {}), elsewhere).toBe(false);
		}
	});
});
