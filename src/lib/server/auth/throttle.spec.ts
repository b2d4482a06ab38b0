/**
 * Protective counters: sign-in per account and per address, gesprek codes and APK invitation codes per
 * account and per address, registration per address. Each limit must hold when the attempts arrive at the
 * same moment: 20 are fired in parallel just below a limit, and at most one of them may reach the check.
 * Real interleaving needs PostgreSQL (DATABASE_URL, as in CI); on PGlite the same tests run with its single
 * connection.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isActionFailure, type ActionFailure } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { apkInvitation, gesprekCode, organisation, throttleCounter } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';
import type { SessionUser } from './session';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db }));
// Every password check is counted, to see how many attempts got through to one.
vi.mock('./password', async (importOriginal) => {
	const real = await importOriginal<typeof import('./password')>();
	return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const { verifyPassword } = await import('./password');
const { registerResident, signIn, signUp } = await import('./accounts');
const { THROTTLES, THROTTLE_LOCK_MS, THROTTLE_WINDOW_MS, attemptFailed, attemptSucceeded, countAttempt, throttleKey } = await import('./throttle');
const { createGesprekCode, redeemGesprekCode } = await import('$lib/server/sharing/gesprek');
const { acceptApkInvitation, createInvitationCodes } = await import('$lib/server/apk/invitations');
const loginPage = await import('../../../routes/(public)/inloggen/+page.server');
const registerPage = await import('../../../routes/(public)/registreren/+page.server');
const adviserPage = await import('../../../routes/(adviseur)/adviseur/+page.server');
const apkApi = await import('../../../routes/api/apk/invitations/+server');

let handle: DbHandle;
beforeAll(async () => {
	handle = shared.handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => {
	await resetSyncTables(handle.db);
	await handle.db.delete(throttleCounter);
	await handle.db.delete(organisation);
	vi.mocked(verifyPassword).mockClear();
});

const PARALLEL = 20;
const MINUTE = 60_000;
const parallel = <T>(attempt: (i: number) => Promise<T>) => Promise.all(Array.from({ length: PARALLEL }, (_, i) => attempt(i)));
const resident = { email: 'fatima@example.nl', password: 'lang-genoeg-wachtwoord', displayName: 'Fatima' };

function sessionUser(id: string, roles: SessionUser['roles']): SessionUser {
	return { id, email: `${id}@example.nl`, displayName: 'Test', roles, organisationId: null, locale: 'nl', emailVerified: true };
}

/** A RequestEvent as SvelteKit hands it to an action or endpoint, keeping the headers set through setHeaders. */
function event(init: { path: string; user?: SessionUser | null; ip: string; form?: Record<string, string>; json?: unknown }) {
	const url = new URL(init.path, 'http://localhost');
	const headers: Record<string, string> = {};
	const body = init.form ? new URLSearchParams(init.form) : JSON.stringify(init.json);
	const request = new Request(url, { method: 'POST', body, headers: init.form ? {} : { 'content-type': 'application/json' } });
	const cookies = { get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, serialize: () => '' };
	return {
		headers,
		event: {
			request,
			url,
			params: {},
			locals: { user: init.user ?? null, sessionId: null },
			cookies,
			getClientAddress: () => init.ip,
			setHeaders: (set: Record<string, string>) => Object.assign(headers, Object.fromEntries(Object.entries(set).map(([k, v]) => [k.toLowerCase(), v])))
		} as never
	};
}

type FormAnswer = { status: number; headers: Record<string, string>; data: { message?: string; errors?: Record<string, string[]> } | null };

/** Runs a form action; a refusal comes back as its status, data and the headers it set. */
async function action(fn: (event: never) => unknown, init: Parameters<typeof event>[0]): Promise<FormAnswer> {
	const { event: e, headers } = event(init);
	try {
		const out = await fn(e);
		if (isActionFailure(out)) return { status: out.status, headers, data: (out as unknown as ActionFailure<FormAnswer['data']>).data };
		return { status: 200, headers, data: null };
	} catch (thrown) {
		if (thrown && typeof thrown === 'object' && 'status' in thrown && 'location' in thrown) return { status: Number(thrown.status), headers, data: null };
		throw thrown;
	}
}

describe('the counter', () => {
	it('gives each of 20 parallel attempts its own number, and lets only those within the limit through', async () => {
		const key = throttleKey('signInAccount', 'parallel@example.nl');
		const attempts = await parallel(() => countAttempt(handle.db, [key]));
		const numbers = attempts.map((a) => a.counted[0]!.attempts).sort((a, b) => a - b);
		expect(numbers).toEqual(Array.from({ length: PARALLEL }, (_, i) => i + 1));
		expect(attempts.filter((a) => a.allowed)).toHaveLength(key.limit);
		for (const refused of attempts.filter((a) => !a.allowed)) expect(refused.counted[0]!.attempts).toBeGreaterThan(key.limit);
	});

	it('locks a key whose failures reach the limit, keeps it locked, and starts again after the lock', async () => {
		const key = throttleKey('gesprekAccount', newId());
		const now = new Date('2026-03-01T10:00:00Z');
		for (let i = 1; i < key.limit; i++) expect(await attemptFailed(handle.db, await countAttempt(handle.db, [key], now))).toBeNull();
		const last = await countAttempt(handle.db, [key], now);
		expect(last.allowed).toBe(true);
		const lockedUntil = await attemptFailed(handle.db, last);
		expect(lockedUntil).toEqual(new Date(now.getTime() + THROTTLE_LOCK_MS));

		// Still locked just before the end, even though the window has ended meanwhile; attempts then do not extend it.
		const almost = new Date(now.getTime() + THROTTLE_LOCK_MS - 1000);
		expect(await countAttempt(handle.db, [key], almost)).toMatchObject({ allowed: false, retryAt: lockedUntil });
		const after = await countAttempt(handle.db, [key], new Date(now.getTime() + THROTTLE_LOCK_MS));
		expect(after.allowed).toBe(true);
		expect(after.counted[0]!.attempts).toBe(1);
	});

	it('starts a new window once the old one has ended without a lock', async () => {
		const key = throttleKey('apkAddress', '192.0.2.44');
		const now = new Date('2026-03-01T10:00:00Z');
		for (let i = 0; i < 3; i++) await attemptFailed(handle.db, await countAttempt(handle.db, [key], now));
		const later = await countAttempt(handle.db, [key], new Date(now.getTime() + THROTTLE_WINDOW_MS + 1));
		expect(later.counted[0]!.attempts).toBe(1);
	});

	it('forgives a reset key everything counted up to the success, and gives another key only its attempt back', async () => {
		const account = throttleKey('signInAccount', 'vergeten@example.nl');
		const address = throttleKey('signInAddress', '192.0.2.45');
		for (let i = 0; i < 3; i++) await attemptFailed(handle.db, await countAttempt(handle.db, [account, address]));
		await attemptSucceeded(handle.db, await countAttempt(handle.db, [account, address]), [account]);
		const rows = await handle.db.select().from(throttleCounter);
		expect(Object.fromEntries(rows.map((r) => [r.key, r.attempts]))).toEqual({ [account.key]: 0, [address.key]: 3 });
	});
});

describe('sign-in', () => {
	it(`lets one of ${PARALLEL} parallel attempts reach the password check when the account has one attempt left`, async () => {
		await registerResident(handle.db, resident);
		const now = new Date();
		for (let i = 1; i < THROTTLES.signInAccount.limit; i++) {
			expect(await signIn(handle.db, { email: resident.email, password: 'fout', ip: `10.0.0.${i}` }, now)).toEqual({ ok: false, reason: 'invalid' });
		}
		vi.mocked(verifyPassword).mockClear();
		// Wrong guesses with the right password among them: whichever is checked, no other one may be.
		const results = await parallel((i) => signIn(handle.db, { email: resident.email, password: i === 7 ? resident.password : `fout-${i}`, ip: `10.0.1.${i}` }, now));
		expect(vi.mocked(verifyPassword).mock.calls).toHaveLength(1);
		const ok = results.filter((r) => r.ok);
		expect(ok.length).toBeLessThanOrEqual(1);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(PARALLEL - ok.length);
		// A wrong guess was the one checked: the account is locked now, also for the right password.
		if (ok.length === 0) expect(await signIn(handle.db, { ...resident, ip: '10.0.2.1' }, now)).toMatchObject({ ok: false, reason: 'throttled' });
	});

	it(`lets one of ${PARALLEL} parallel attempts from an address with one attempt left reach a password check`, async () => {
		const now = new Date();
		const ip = '192.0.2.7';
		for (let i = 1; i < THROTTLES.signInAddress.limit; i++) {
			expect(await signIn(handle.db, { email: `iemand${i}@example.nl`, password: 'fout', ip }, now)).toEqual({ ok: false, reason: 'invalid' });
		}
		vi.mocked(verifyPassword).mockClear();
		const results = await parallel((i) => signIn(handle.db, { email: `ander${i}@example.nl`, password: 'fout', ip }, now));
		expect(vi.mocked(verifyPassword).mock.calls).toHaveLength(1);
		expect(results.every((r) => !r.ok && r.reason === 'throttled')).toBe(true);
	});

	it('answers a locked sign-in with 429, a Retry-After header and a message next to the form', async () => {
		const form = { email: 'niemand@example.nl', password: 'fout-wachtwoord' };
		for (let i = 1; i < THROTTLES.signInAccount.limit; i++) {
			expect((await action(loginPage.actions.default as never, { path: '/inloggen', ip: `10.3.0.${i}`, form })).status).toBe(400);
		}
		const locked = await action(loginPage.actions.default as never, { path: '/inloggen', ip: '10.3.1.1', form });
		expect(locked.status).toBe(429);
		expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
		expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
		expect(locked.data?.message).toBe('Er is te vaak geprobeerd in te loggen. Voor de veiligheid kan dat nu even niet. Probeer het over 15 minuten opnieuw.');
		expect(locked.data).toMatchObject({ values: { email: 'niemand@example.nl' } });
	});
});

async function adviser() {
	return (await makeUser(handle.db, ['adviseur'])).userId;
}

async function liveGesprekCode(now = new Date()) {
	const owner = await makeResident(handle.db);
	return (await createGesprekCode(handle.db, { portfolioId: owner.portfolioId, sections: ['profiel'], hours: 24, now })).code;
}

describe('gesprek codes', () => {
	it(`let one of ${PARALLEL} parallel guesses be looked up when the adviser has one attempt left`, async () => {
		const adviserId = await adviser();
		const code = await liveGesprekCode();
		for (let i = 1; i < THROTTLES.gesprekAccount.limit; i++) {
			expect(await redeemGesprekCode(handle.db, { adviserId, code: `FOUT${i}AAA`, ip: `10.4.0.${i}` })).toEqual({ ok: false, reason: 'unknown' });
		}
		const results = await parallel((i) => redeemGesprekCode(handle.db, { adviserId, code: i === 7 ? code : `RAAD${i}BBB`, ip: `10.4.1.${i}` }));
		const looked = results.filter((r) => r.ok || r.reason !== 'throttled');
		expect(looked).toHaveLength(1);
		const [row] = await handle.db.select().from(gesprekCode).where(eq(gesprekCode.code, code));
		expect(row!.usedAt !== null).toBe(looked[0]!.ok);
	});

	it(`let one of ${PARALLEL} parallel guesses be looked up when the address has one attempt left`, async () => {
		const ip = '192.0.2.8';
		// Different advisers behind one address, each well within their own limit.
		for (let i = 1; i < THROTTLES.gesprekAddress.limit; i++) {
			expect(await redeemGesprekCode(handle.db, { adviserId: await adviser(), code: `FOUT${i}AAA`, ip })).toMatchObject({ reason: 'unknown' });
		}
		const advisers = await Promise.all(Array.from({ length: PARALLEL }, adviser));
		const results = await parallel((i) => redeemGesprekCode(handle.db, { adviserId: advisers[i]!, code: `RAAD${i}BBB`, ip }));
		expect(results.filter((r) => r.ok || r.reason !== 'throttled')).toHaveLength(1);
	});

	it('count only wrong codes: the last attempt within the limit gets its own answer, the next one is refused until the lock ends', async () => {
		const adviserId = await adviser();
		const now = new Date();
		// Opening portfolios does not count.
		for (let i = 0; i < THROTTLES.gesprekAccount.limit + 2; i++) {
			expect(await redeemGesprekCode(handle.db, { adviserId, code: await liveGesprekCode(), ip: '10.5.0.1', now })).toMatchObject({ ok: true });
		}
		for (let i = 0; i < THROTTLES.gesprekAccount.limit; i++) {
			expect(await redeemGesprekCode(handle.db, { adviserId, code: 'FOUTFOUT', ip: '10.5.0.1', now })).toEqual({ ok: false, reason: 'unknown' });
		}
		const retryAt = new Date(now.getTime() + THROTTLE_LOCK_MS);
		expect(await redeemGesprekCode(handle.db, { adviserId, code: await liveGesprekCode(now), ip: '10.5.0.2', now })).toEqual({ ok: false, reason: 'throttled', retryAt });
		expect(await redeemGesprekCode(handle.db, { adviserId, code: await liveGesprekCode(retryAt), ip: '10.5.0.2', now: retryAt })).toMatchObject({ ok: true });
	});

	it('answer a throttled adviser with 429, a Retry-After header and the message next to the code field', async () => {
		const user = sessionUser(await adviser(), ['adviseur']);
		const code = (value: string, ip: string) => action(adviserPage.actions.code as never, { path: '/adviseur?/code', user, ip, form: { code: value } });
		for (let i = 0; i < THROTTLES.gesprekAccount.limit; i++) expect((await code('FAKE-FAKE', `10.6.0.${i}`)).status).toBe(400);
		const refused = await code(await liveGesprekCode(), '10.6.1.1');
		expect(refused.status).toBe(429);
		expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
		expect(refused.data?.errors?.code).toEqual(['Er is te vaak een verkeerde code ingevuld. Voor de veiligheid kan dat nu even niet. Probeer het over 15 minuten opnieuw.']);
	});
});

describe('APK invitation codes', () => {
	async function invitationCode() {
		const organisationId = newId();
		await handle.db.insert(organisation).values({ id: organisationId, name: 'Demo Metaal B.V.', kind: 'werkgever' });
		const employer = await makeUser(handle.db, ['werkgever']);
		const [code] = await createInvitationCodes(handle.db, { organisationId, createdBy: employer.userId, count: 1 });
		return code!;
	}

	it(`let one of ${PARALLEL} parallel guesses be looked up when the resident has one attempt left`, async () => {
		const { userId } = await makeResident(handle.db);
		const code = await invitationCode();
		for (let i = 1; i < THROTTLES.apkAccount.limit; i++) {
			expect(await acceptApkInvitation(handle.db, { userId, code: `FOUT${i}AAAAA`, ip: `10.7.0.${i}` })).toEqual({ ok: false, reason: 'unknown' });
		}
		const results = await parallel((i) => acceptApkInvitation(handle.db, { userId, code: i === 7 ? code : `RAAD${i}BBBBB`, ip: `10.7.1.${i}` }));
		const looked = results.filter((r) => r.ok || r.reason !== 'throttled');
		expect(looked).toHaveLength(1);
		const [row] = await handle.db.select().from(apkInvitation).where(eq(apkInvitation.code, code));
		expect(row!.acceptedBy === userId).toBe(looked[0]!.ok);
	});

	it(`let one of ${PARALLEL} parallel guesses be looked up when the address has one attempt left`, async () => {
		const ip = '192.0.2.9';
		for (let i = 1; i < THROTTLES.apkAddress.limit; i++) {
			expect(await acceptApkInvitation(handle.db, { userId: (await makeResident(handle.db)).userId, code: `FOUT${i}AAAAA`, ip })).toMatchObject({ reason: 'unknown' });
		}
		const residents = await Promise.all(Array.from({ length: PARALLEL }, () => makeResident(handle.db)));
		const results = await parallel((i) => acceptApkInvitation(handle.db, { userId: residents[i]!.userId, code: `RAAD${i}BBBBB`, ip }));
		expect(results.filter((r) => r.ok || r.reason !== 'throttled')).toHaveLength(1);
	});

	it('answer a throttled resident with a 429 problem JSON and a Retry-After header', async () => {
		const user = sessionUser((await makeResident(handle.db)).userId, ['inwoner']);
		const post = async (code: string, ip: string) => {
			const response = (await apkApi.POST(event({ path: '/api/apk/invitations', user, ip, json: { code } }).event)) as Response;
			return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
		};
		const wrong = async (i: number) => {
			try {
				await post('FAKEFAKE22', `10.8.0.${i}`);
			} catch (e) {
				return (e as { status: number }).status;
			}
		};
		for (let i = 0; i < THROTTLES.apkAccount.limit; i++) expect(await wrong(i)).toBe(404);
		const refused = await post(await invitationCode(), '10.8.1.1');
		expect(refused.status).toBe(429);
		expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60);
		expect(refused.body).toEqual({ message: 'Er is te vaak een verkeerde code ingevuld. Voor de veiligheid kan dat nu even niet. Probeer het over 15 minuten opnieuw.' });
	});
});

describe('registration', () => {
	it(`lets one of ${PARALLEL} parallel attempts from an address with one attempt left find out that an email has an account`, async () => {
		await registerResident(handle.db, resident);
		const form = { displayName: 'Iemand', email: resident.email, password: 'nog-een-wachtwoord', privacy: 'on' };
		const ip = '192.0.2.10';
		for (let i = 1; i < THROTTLES.registerAddress.limit; i++) {
			expect((await action(registerPage.actions.default as never, { path: '/registreren', ip, form })).status).toBe(400);
		}
		const answers = await parallel(() => action(registerPage.actions.default as never, { path: '/registreren', ip, form }));
		expect(answers.filter((a) => a.status === 400)).toHaveLength(1);
		const refused = answers.filter((a) => a.status === 429);
		expect(refused).toHaveLength(PARALLEL - 1);
		for (const answer of refused) {
			expect(Number(answer.headers['retry-after'])).toBeGreaterThan(14 * 60);
			expect(answer.data?.message).toBe(
				'Er is vanaf deze internetverbinding te vaak geprobeerd een account te maken. Probeer het over 15 minuten opnieuw. Heb je al een account? Dan kun je inloggen.'
			);
		}
		// Another address is not affected.
		expect((await action(registerPage.actions.default as never, { path: '/registreren', ip: '192.0.2.11', form })).status).toBe(400);
	});

	it('does not count accounts that are made, so a group behind one address can all register', async () => {
		const now = new Date();
		for (let i = 0; i < THROTTLES.registerAddress.limit + 2; i++) {
			expect(await signUp(handle.db, { email: `groep${i}@example.nl`, password: 'lang-genoeg-wachtwoord', displayName: `Deelnemer ${i}`, ip: '192.0.2.12' }, now)).toMatchObject({ ok: true });
		}
		expect(await signUp(handle.db, { email: 'groep0@example.nl', password: 'lang-genoeg-wachtwoord', displayName: 'Dubbel', ip: '192.0.2.12' }, new Date(now.getTime() + MINUTE))).toEqual({
			ok: false,
			reason: 'email_taken'
		});
	});
});
