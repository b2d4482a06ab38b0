/**
 * Load figures (docs/operations.md, "Performance budgets"): the production build in ./build
 * (`node build`) on loopback, against a fresh PostgreSQL database next to BENCH_DATABASE_URL /
 * DATABASE_URL (else the local server) that this script creates, migrates, fills and drops.
 *
 * 200 residents are made beforehand straight in the database, each with a session and a portfolio of
 * 100 skill claims. Then, with 50, 100 and 200 concurrent virtual clients, each a distinct resident
 * sending requests back to back for LOAD_PHASE_SECONDS (default 10):
 *  - sign-in: POST of the /inloggen form (argon2id verify, new session, 303)
 *  - pull: GET /api/sync/pull?since=0 (the whole 100-record portfolio)
 *  - push: POST /api/sync/push of 5 new skill claims; a push that fails is sent again, unchanged, as the
 *    client's sync engine does, until it is acknowledged
 * Per phase: requests/s, p50/p95/p99 latency, errors (status other than 2xx/3xx, timeouts, wrong answers).
 * Afterwards the database must hold every pushed claim exactly once, each portfolio's version must have
 * moved once per push, and each sync client's last mutation id must be the last one sent.
 *
 * The app sees every client as 127.0.0.1; as behind a load balancer, it reads the client address from
 * X-Forwarded-For (ADDRESS_HEADER, set only for this server), and each virtual client sends its own.
 * The sign-in throttle is left as it is; the last figure checks it still locks one address and only that.
 *
 * Run `npm run build` first; the build is not made here because ./build is shared with the e2e runs.
 */
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { newId } from '../../src/lib/shared/id';
import type { Figure } from './sync';
import { AppServer } from '../lib/app-server';
import { freshDatabase } from '../lib/database';
import { freePort } from '../lib/free-port';

const ROOT = resolve(import.meta.dirname, '../..');
// Read now: the sync bench points DATABASE_URL at a database of its own and drops it afterwards.
const BASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The build to serve; BENCH_BUILD_DIR can point at a copy so ./build may be rebuilt meanwhile. */
const BUILD = resolve(process.env.BENCH_BUILD_DIR ?? join(ROOT, 'build'));
const PHASE_SECONDS = Number(process.env.LOAD_PHASE_SECONDS ?? 10);
const LEVELS = [50, 100, 200];
const ACCOUNTS = Math.max(...LEVELS);
const SEED_CLAIMS = 100;
const CLAIMS_PER_PUSH = 5;
const TIMEOUT_MS = 30_000;
const PASSWORD = 'Load-test-2026!';
/** docs/operations.md, "Performance budgets": sync pull p95 < 50 ms at 50 concurrent clients on one instance. */
const PULL_P95_BUDGET_MS = 50;

interface Account {
	index: number;
	email: string;
	userId: string;
	portfolioId: string;
	cookie: string;
	/** The address this client's requests come from, as a load balancer would forward it. */
	ip: string;
	clientId: string;
	lastMutationId: number;
	/** Every skill claim id this client pushed (all acknowledged by the end). */
	pushed: string[];
	pushes: number;
	/** A push that was not acknowledged, sent again unchanged before anything new. */
	pending: PushBody | null;
}

interface PushBody {
	clientId: string;
	portfolioId: string;
	mutations: { mutationId: number; entity: string; entityId: string; op: 'create'; patch: Record<string, unknown>; baseVersion: number }[];
}

interface Outcome {
	ok: boolean;
	/** Why it failed: an HTTP status, 'timeout', 'network' or a short description of a wrong answer. */
	error?: string;
}

interface PhaseResult {
	requests: number;
	errors: Map<string, number>;
	seconds: number;
	latencies: number[];
}

export async function benchLoad(): Promise<Figure[]> {
	if (!existsSync(join(BUILD, 'handler.js'))) throw new Error(`No production build in ${BUILD}: run \`npm run build\` first.`);
	const fresh = await freshDatabase('tp_load', { baseUrl: BASE_URL });
	const databaseUrl = fresh.url;
	let server: AppServer | undefined;
	try {
		const setupStart = performance.now();
		const accounts = await makeAccounts(databaseUrl);
		const port = Number(process.env.LOAD_PORT ?? (await freePort()));
		const origin = `http://127.0.0.1:${port}`;
		// BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under this load.
		server = new AppServer({
			port,
			databaseUrl,
			origin,
			env: { HOST: '127.0.0.1', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
			nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
			buildDir: BUILD,
			output: 'ignore'
		});
		await server.start();
		console.log(`\nload: ${accounts.length} residents with ${SEED_CLAIMS} claims each, server ${origin}, ready in ${ms(performance.now() - setupStart)}; ${PHASE_SECONDS} s per phase`);

		const figures: Figure[] = [];
		const report = (label: string, clients: number, result: PhaseResult, p95Budget?: number) => {
			const sorted = [...result.latencies].sort((a, b) => a - b);
			const errors = [...result.errors.values()].reduce((a, b) => a + b, 0);
			const p95 = quantile(sorted, 0.95);
			const detail = errors ? ` (${[...result.errors].map(([k, v]) => `${k}: ${v}`).join(', ')})` : '';
			figures.push({
				name: `${label}, ${clients} clients`,
				value: `${(result.requests / result.seconds).toFixed(0)} req/s  p50 ${ms(quantile(sorted, 0.5))}  p95 ${ms(p95)}  p99 ${ms(quantile(sorted, 0.99))}  ${errors} errors${detail}`,
				budget: p95Budget === undefined ? '0 errors' : `p95 < ${p95Budget} ms, 0 errors`,
				ok: errors === 0 && (p95Budget === undefined || p95 < p95Budget)
			});
		};

		for (const clients of LEVELS) report('sign-in (POST /inloggen)', clients, await phase(accounts.slice(0, clients), (a) => signIn(origin, a)));
		for (const clients of LEVELS) {
			report('pull of 100 records (GET /api/sync/pull)', clients, await phase(accounts.slice(0, clients), (a) => pull(origin, a)), clients === 50 ? PULL_P95_BUDGET_MS : undefined);
		}
		for (const clients of LEVELS) {
			const group = accounts.slice(0, clients);
			report(`push of ${CLAIMS_PER_PUSH} mutations (POST /api/sync/push)`, clients, await phase(group, (a) => push(origin, a)));
			await settle(origin, group);
		}

		figures.push(await verifyMutations(databaseUrl, accounts));
		figures.push(await verifyThrottle(origin, accounts[0]!));
		return figures;
	} finally {
		await server?.stop(5_000);
		agent.destroy();
		await fresh.drop();
	}
}

/** Residents with one shared password hash (one argon2 run), a session each and a seeded portfolio. */
async function makeAccounts(databaseUrl: string): Promise<Account[]> {
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const { user, userRole } = await import('../../src/lib/server/db/schema');
	const { createPortfolio } = await import('../../src/lib/server/auth/accounts');
	const { hashPassword } = await import('../../src/lib/server/auth/password');
	const { createSession, SESSION_COOKIE } = await import('../../src/lib/server/auth/session');
	const { pushMutations } = await import('../../src/lib/server/sync/push');
	const { pushBodySchema } = await import('../../src/lib/shared/sync/protocol');
	const handle = await openDatabase({ url: databaseUrl });
	const { db } = handle;
	try {
		const passwordHash = await hashPassword(PASSWORD);
		const make = async (index: number): Promise<Account> => {
			const userId = newId();
			const email = `load-${index}@example.nl`;
			await db.insert(user).values({ id: userId, email, passwordHash, displayName: `Load ${index}` });
			await db.insert(userRole).values({ userId, role: 'inwoner' });
			const portfolioId = await createPortfolio(db, userId);
			const { token } = await createSession(db, userId);
			// The seed comes from a device of its own, so the load clients start at mutation 1.
			const seed = pushBodySchema.parse({
				clientId: newId(),
				portfolioId,
				mutations: Array.from({ length: SEED_CLAIMS }, (_, i) => claim(i + 1, newId(), `seed-${i}`))
			});
			await pushMutations(db, { userId, role: 'inwoner' }, seed);
			return {
				index,
				email,
				userId,
				portfolioId,
				cookie: `${SESSION_COOKIE}=${token}`,
				ip: `10.${(index >> 8) & 255}.${index & 255}.1`,
				clientId: newId(),
				lastMutationId: 0,
				pushed: [],
				pushes: 0,
				pending: null
			};
		};
		const accounts: Account[] = [];
		for (let start = 0; start < ACCOUNTS; start += 10) {
			accounts.push(...(await Promise.all(Array.from({ length: Math.min(10, ACCOUNTS - start) }, (_, i) => make(start + i)))));
		}
		return accounts;
	} finally {
		await handle.close();
	}
}

function claim(mutationId: number, entityId: string, skillId: string) {
	return { mutationId, entity: 'skillClaim', entityId, op: 'create' as const, patch: { skillId, level: 1 + (mutationId % 4) }, baseVersion: 0 };
}

/** Every client sends requests back to back until the phase ends; the phase ends when the last answer is in. */
async function phase(clients: Account[], issue: (account: Account) => Promise<Outcome>): Promise<PhaseResult> {
	const latencies: number[] = [];
	const errors = new Map<string, number>();
	let requests = 0;
	const start = performance.now();
	const end = start + PHASE_SECONDS * 1000;
	await Promise.all(
		clients.map(async (account) => {
			while (performance.now() < end) {
				const sent = performance.now();
				const outcome = await issue(account);
				latencies.push(performance.now() - sent);
				requests++;
				if (!outcome.ok) errors.set(outcome.error!, (errors.get(outcome.error!) ?? 0) + 1);
			}
		})
	);
	return { requests, errors, latencies, seconds: (performance.now() - start) / 1000 };
}

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
}

/** node:http with keep-alive: Node's fetch costs more client CPU than the server spends on a pull. */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
	return new Promise((resolveAnswer, reject) => {
		const req = httpRequest(url, { method, headers, agent, timeout: TIMEOUT_MS }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
			res.on('error', reject);
		});
		req.on('timeout', () => req.destroy(new TimeoutError()));
		req.on('error', reject);
		req.end(body);
	});
}

class TimeoutError extends Error {}

async function request(url: string, method: string, headers: Record<string, string>, body: string | undefined, check: (answer: Answer) => string | null): Promise<Outcome> {
	try {
		const answer = await send(url, method, headers, body);
		if (answer.status >= 400) return { ok: false, error: String(answer.status) };
		const wrong = check(answer);
		return wrong ? { ok: false, error: wrong } : { ok: true };
	} catch (e) {
		return { ok: false, error: e instanceof TimeoutError ? 'timeout' : 'network' };
	}
}

function signIn(origin: string, account: Account, password = PASSWORD, email = account.email): Promise<Outcome> {
	// A browser's form post: without Accept: text/html SvelteKit answers with the JSON form of the result.
	const headers = { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': account.ip };
	return request(`${origin}/inloggen`, 'POST', headers, new URLSearchParams({ email, password }).toString(), (answer) => {
		if (answer.status !== 303) return `status ${answer.status}`;
		return (answer.headers['set-cookie'] ?? []).some((c) => c.startsWith('tp_session=')) ? null : 'no session cookie';
	});
}

function pull(origin: string, account: Account): Promise<Outcome> {
	const headers = { cookie: account.cookie, 'x-forwarded-for': account.ip };
	return request(`${origin}/api/sync/pull?since=0`, 'GET', headers, undefined, (answer) => {
		const body = JSON.parse(answer.body) as { records: unknown[]; hasMore: boolean };
		return body.records.length === SEED_CLAIMS + account.pushed.length && !body.hasMore ? null : 'wrong records';
	});
}

async function push(origin: string, account: Account): Promise<Outcome> {
	if (!account.pending) {
		const first = account.lastMutationId + 1;
		account.pending = {
			clientId: account.clientId,
			portfolioId: account.portfolioId,
			mutations: Array.from({ length: CLAIMS_PER_PUSH }, (_, i) => claim(first + i, newId(), `load-${account.index}-${first + i}`))
		};
		account.lastMutationId = first + CLAIMS_PER_PUSH - 1;
	}
	const body = account.pending;
	const headers = { origin, cookie: account.cookie, 'content-type': 'application/json', 'x-forwarded-for': account.ip };
	return request(`${origin}/api/sync/push`, 'POST', headers, JSON.stringify(body), (answer) => {
		const result = JSON.parse(answer.body) as { lastMutationId: number; conflicts: unknown[] };
		if (result.lastMutationId !== body.mutations.at(-1)!.mutationId) return 'wrong lastMutationId';
		if (result.conflicts.length > 0) return 'unexpected conflict';
		account.pending = null;
		account.pushes++;
		account.pushed.push(...body.mutations.map((m) => m.entityId));
		return null;
	});
}

/** Pushes left unacknowledged by the phase are sent again until they are (the client's retry). */
async function settle(origin: string, accounts: Account[]): Promise<void> {
	for (let attempt = 0; attempt < 5; attempt++) {
		const waiting = accounts.filter((a) => a.pending);
		if (waiting.length === 0) return;
		await Promise.all(waiting.map((a) => push(origin, a)));
	}
	throw new Error(`${accounts.filter((a) => a.pending).length} pushes still not acknowledged after 5 retries`);
}

/** Every acknowledged claim once, nothing else; each push moved the version once; the client's cursor. */
async function verifyMutations(databaseUrl: string, accounts: Account[]): Promise<Figure> {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		const claims = await sql<{ portfolio_id: string; id: string }[]>`select portfolio_id, id from skill_claim where skill_id like 'load-%'`;
		const versions = await sql<{ portfolio_id: string; version: number }[]>`select portfolio_id, version::int from portfolio_sync`;
		const clients = await sql<{ id: string; last_mutation_id: number }[]>`select id, last_mutation_id::int from sync_client`;
		const byPortfolio = new Map<string, string[]>();
		for (const row of claims) byPortfolio.set(row.portfolio_id, [...(byPortfolio.get(row.portfolio_id) ?? []), row.id]);
		const version = new Map(versions.map((v) => [v.portfolio_id, v.version]));
		const cursor = new Map(clients.map((c) => [c.id, c.last_mutation_id]));
		let acknowledged = 0;
		let lost = 0;
		let extra = 0;
		let wrongVersion = 0;
		let wrongCursor = 0;
		for (const account of accounts) {
			const stored = byPortfolio.get(account.portfolioId) ?? [];
			const storedSet = new Set(stored);
			acknowledged += account.pushed.length;
			lost += account.pushed.filter((id) => !storedSet.has(id)).length;
			extra += stored.length - account.pushed.filter((id) => storedSet.has(id)).length;
			// The seed push was version 1; every load push applied once adds one.
			if (version.get(account.portfolioId) !== 1 + account.pushes) wrongVersion++;
			if (account.pushes > 0 && cursor.get(account.clientId) !== account.lastMutationId) wrongCursor++;
		}
		const ok = lost === 0 && extra === 0 && wrongVersion === 0 && wrongCursor === 0 && claims.length === acknowledged;
		return {
			name: 'pushed mutations in the database',
			value: `${acknowledged} acknowledged, ${claims.length} rows; lost ${lost}, extra or twice ${extra}, portfolios with a wrong version ${wrongVersion}, clients with a wrong last mutation ${wrongCursor}`,
			budget: 'each exactly once',
			ok
		};
	} finally {
		await sql.end();
	}
}

/** 20 failed sign-ins from one forwarded address lock that address; another address still signs in. */
async function verifyThrottle(origin: string, account: Account): Promise<Figure> {
	const attacker = { ...account, ip: '192.0.2.66' };
	const statuses: string[] = [];
	for (let i = 0; i < 21; i++) {
		const outcome = await signIn(origin, attacker, 'wrong-password', `nobody-${i}@example.nl`);
		statuses.push(outcome.error ?? 'ok');
	}
	const locked = statuses.at(-1) === '429';
	const other = await signIn(origin, account);
	return {
		name: 'sign-in throttle per X-Forwarded-For address',
		value: `21st failure from one address: ${statuses.at(-1)}; another address: ${other.ok ? '303' : other.error}`,
		budget: '429, then 303',
		ok: locked && other.ok
	};
}

function quantile(sorted: number[], q: number): number {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]! : NaN;
}

const ms = (value: number) => `${Math.round(value)} ms`;
