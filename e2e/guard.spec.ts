import { request as httpRequest } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEMO, expect, test } from './support';

/**
 * Walks every route of the app, as an attacker would: anonymous and every wrong role, for the page, its
 * `__data.json` and each form action, with the path spelled several ways the router reads as the same page.
 * Requests are sent raw (node:http), so `.`-segments and percent-escapes reach the server as typed.
 */

type Role = keyof typeof DEMO;
const ROLES = Object.keys(DEMO) as Role[];
/** A list names the demo roles let in; `(aanbieder)` lets none of them in (no demo account is a provider). */
const GROUP_ROLE: Record<string, Role | Role[] | 'any'> = {
	'(inwoner)': 'inwoner',
	'(adviseur)': 'adviseur',
	'(werkgever)': 'werkgever',
	'(beheer)': 'beheerder',
	'(aanbieder)': [],
	'(account)': 'any'
};
/** Who may call each endpoint; `public` needs no session. A new endpoint must be added here. */
const API_ROLE: Record<string, Role | Role[] | 'any' | 'public'> = {
	'/api/account/locale POST': 'any',
	'/api/apk/invitations GET': 'inwoner',
	'/api/apk/invitations POST': 'inwoner',
	'/api/credentials GET': 'inwoner',
	'/api/credentials/[id] GET': 'inwoner',
	'/api/credentials/[id] POST': 'inwoner',
	'/api/credentials/cv POST': 'inwoner',
	'/api/credentials/import POST': 'inwoner',
	'/api/credentials/validatieverzoek POST': 'inwoner',
	'/api/delen GET': 'inwoner',
	'/api/delen/gesprek-code POST': 'inwoner',
	'/api/delen/suggesties/[id] POST': 'inwoner',
	'/api/delen/toegang/[id] DELETE': 'inwoner',
	'/api/evc/beoordeling POST': 'adviseur',
	'/api/files POST': 'inwoner',
	'/api/files/[id] GET': 'inwoner',
	'/api/files/[id] HEAD': 'inwoner',
	'/api/files/[id] PUT': 'inwoner',
	'/api/gedeeld/bestanden/[id] GET': 'any',
	'/api/gegevens/export GET': 'any',
	'/api/gegevens/verwijderen POST': 'any',
	'/api/health GET': 'public',
	'/api/klantervaring GET': 'inwoner',
	'/api/klantervaring POST': 'inwoner',
	'/api/monitoring GET': 'beheerder',
	'/api/push/abonnement DELETE': ['inwoner', 'adviseur', 'beheerder'],
	'/api/push/abonnement POST': ['inwoner', 'adviseur', 'beheerder'],
	'/api/push/sleutel GET': ['inwoner', 'adviseur', 'beheerder'],
	'/api/sync/catalogue GET': 'public',
	'/api/sync/pull GET': 'inwoner',
	'/api/sync/push POST': 'any',
	'/api/talentpool/deelname POST': 'inwoner',
	'/api/talentpool/kaarten GET': 'werkgever',
	'/api/talentpool/verzoeken/[id] POST': 'inwoner',
	'/api/vouchers GET': 'inwoner',
	'/api/vouchers POST': 'inwoner'
};

const ROUTES = 'src/routes';
function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}
const routeIdOf = (file: string) => '/' + relative(ROUTES, file).split('/').slice(0, -1).join('/');
const all = files(ROUTES);

interface PageRoute {
	routeId: string;
	role: Role | Role[] | 'any';
	actions: string[];
}
const pages: PageRoute[] = all
	.filter((f) => f.endsWith('+page.svelte'))
	.map((f) => {
		const routeId = routeIdOf(f);
		const server = join(ROUTES, routeId, '+page.server.ts');
		const source = all.includes(server) ? readFileSync(server, 'utf8') : '';
		const block = /export const actions[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
		const actions = [...block.matchAll(/^\t(\w+):/gm)].map((match) => match[1]!);
		return { routeId, role: GROUP_ROLE[routeId.split('/')[1] ?? ''], actions };
	})
	.filter((p): p is PageRoute => p.role !== undefined);

const endpoints = all
	.filter((f) => f.endsWith('+server.ts') && relative(ROUTES, f).startsWith('api/'))
	.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/export const (GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map((match) => `${routeIdOf(f)} ${match[1]}`));

/** The URL of a route id with its parameters filled in (a well-formed id that names nothing). */
function pathOf(routeId: string): string {
	return (
		routeId
			.split('/')
			.filter((part) => part && !/^\(.+\)$/.test(part))
			.map((part) => (/^\[.+\]$/.test(part) ? '0b6e4f5e-3f0a-4c1e-9d55-0a2b7c9e1f00' : part))
			.reduce((path, part) => `${path}/${part}`, '') || '/'
	);
}

/** One path, spelled the ways a router reads as the same route. */
function spellings(path: string): Record<string, string> {
	const segments = path.split('/').slice(1);
	const encodeFirst = (s: string) => `%${s.charCodeAt(0).toString(16).toUpperCase()}${s.slice(1)}`;
	return {
		plain: path,
		'percent-encoded letters': '/' + segments.map((s) => (/^[a-z]/.test(s) ? encodeFirst(s) : s)).join('/'),
		'lower-case escapes': '/' + segments.map((s) => (/^[a-z]/.test(s) ? encodeFirst(s).toLowerCase() : s)).join('/'),
		'dotted segments': `/./${segments.join('/')}`,
		'up and back': `/x/../${segments.join('/')}`
	};
}

interface Answer {
	status: number;
	location: string;
	body: string;
	cacheControl: string;
}

function send(baseURL: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
	const base = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers: { origin: base.origin, ...headers } }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? ''), body: text, cacheControl: String(res.headers['cache-control'] ?? '') })
			);
		});
		req.on('error', reject);
		req.end(body);
	});
}

async function sessionCookie(baseURL: string, role: Role): Promise<string> {
	const form = new URLSearchParams({ email: DEMO[role].email, password: DEMO[role].password }).toString();
	const base = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: base.hostname, port: base.port, method: 'POST', path: '/inloggen', headers: { origin: base.origin, 'content-type': 'application/x-www-form-urlencoded' } },
			(res) => {
				res.resume();
				const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('tp_session='));
				if (cookie) resolve(cookie);
				else reject(new Error(`sign-in as ${role} answered ${res.statusCode} without a session`));
			}
		);
		req.on('error', reject);
		req.end(form);
	});
}

const isRefusal = (status: number) => status === 401 || status === 403;
const wrongRoles = (needed: Role | Role[] | 'any'): Role[] => (needed === 'any' ? [] : ROLES.filter((r) => (Array.isArray(needed) ? !needed.includes(r) : r !== needed)));

test.describe('authorisation does not depend on how a URL is spelled', () => {
	const cookies = {} as Record<Role, string>;
	test.beforeAll(async ({ baseURL }) => {
		for (const role of ROLES) cookies[role] = await sessionCookie(baseURL!, role);
	});

	test('finds the role areas and endpoints it walks', () => {
		expect(pages.length).toBeGreaterThan(30);
		expect(pages.some((p) => p.actions.length > 0)).toBe(true);
		expect(endpoints.filter((key) => !API_ROLE[key]), 'add these to API_ROLE').toEqual([]);
		expect(Object.keys(API_ROLE).filter((key) => !endpoints.includes(key)), 'no longer in src/routes/api').toEqual([]);
	});

	test('anonymous and every wrong role are refused every page, its data and each action', async ({ baseURL }) => {
		test.setTimeout(240_000);
		const failures: string[] = [];
		for (const page of pages) {
			const who: ('anonymous' | Role)[] = ['anonymous', ...wrongRoles(page.role)];
			for (const [spelling, path] of Object.entries(spellings(pathOf(page.routeId)))) {
				for (const person of who) {
					const cookie = person === 'anonymous' ? {} : { cookie: cookies[person] };
					const label = `${page.routeId} (${spelling} ${path}) as ${person}`;
					const data = await send(baseURL!, 'GET', `${path.replace(/\/$/, '')}/__data.json`, cookie);
					if (!isRefusal(data.status)) failures.push(`${label} __data.json answered ${data.status}: ${data.body.slice(0, 120)}`);
					const asTool = await send(baseURL!, 'GET', path, { accept: '*/*', ...cookie });
					if (!isRefusal(asTool.status)) failures.push(`${label} page answered ${asTool.status}`);
					if (!/no-store/.test(asTool.cacheControl)) failures.push(`${label} refusal may be cached (${asTool.cacheControl})`);
					const asBrowser = await send(baseURL!, 'GET', path, { accept: 'text/html', ...cookie });
					const expected = person === 'anonymous' ? /^\/inloggen\?redirectTo=/ : /^\/geen-toegang$/;
					if (asBrowser.status !== 303 || !expected.test(asBrowser.location)) {
						failures.push(`${label} browser page answered ${asBrowser.status} ${asBrowser.location}`);
					}
					for (const action of page.actions) {
						const posted = await send(
							baseURL!,
							'POST',
							`${path}?/${action}`,
							{ 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true', ...cookie },
							'id=x'
						);
						if (!isRefusal(posted.status)) failures.push(`${label} action ${action} answered ${posted.status}: ${posted.body.slice(0, 120)}`);
					}
				}
			}
		}
		expect(failures).toEqual([]);
	});

	test('a path with a doubled slash never reaches a role page', async ({ baseURL }) => {
		for (const page of pages) {
			const answer = await send(baseURL!, 'GET', `/${pathOf(page.routeId)}/__data.json`);
			expect(answer.status, `${page.routeId} with a doubled slash`).toBeGreaterThanOrEqual(400);
			expect(answer.body).not.toContain('"type":"data"');
		}
	});

	test('anonymous and every wrong role are refused every endpoint that is not public', async ({ baseURL }) => {
		const failures: string[] = [];
		for (const key of endpoints) {
			const [routeId, method] = key.split(' ') as [string, string];
			const needed = API_ROLE[key]!;
			if (needed === 'public') continue;
			const who: ('anonymous' | Role)[] = ['anonymous', ...wrongRoles(needed)];
			for (const [spelling, path] of Object.entries(spellings(pathOf(routeId)))) {
				for (const person of who) {
					const cookie = person === 'anonymous' ? {} : { cookie: cookies[person] };
					const body = ['GET', 'HEAD', 'DELETE'].includes(method) ? undefined : '{}';
					const answer = await send(baseURL!, method, path, { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...cookie }, body);
					if (!isRefusal(answer.status)) failures.push(`${key} (${spelling} ${path}) as ${person} answered ${answer.status}: ${answer.body.slice(0, 120)}`);
					if (!/no-store/.test(answer.cacheControl)) failures.push(`${key} (${spelling}) as ${person} may be cached`);
				}
			}
		}
		expect(failures).toEqual([]);
	});

	test('the health check tells an outsider nothing about the database', async ({ baseURL }) => {
		const answer = await send(baseURL!, 'GET', '/api/health');
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.body)).toEqual({ status: 'ok' });
		expect(answer.cacheControl).toContain('no-store');
	});

	test('a cross-site request is refused on an endpoint however its path is spelled', async ({ baseURL }) => {
		for (const path of ['/api/sync/push', '/%61pi/sync/push', '/api/./sync/push']) {
			const answer = await send(baseURL!, 'POST', path, { 'content-type': 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', cookie: cookies.inwoner }, '{}');
			expect(answer.status, path).toBe(403);
			expect(JSON.parse(answer.body).message).toBeTruthy();
		}
	});
});
