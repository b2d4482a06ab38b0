import { type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building, dev } from '$app/environment';
import { m } from '$lib/paraglide/messages';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getLocale } from '$lib/paraglide/runtime';
import { hasRole, requiredRole } from '$lib/server/auth/guard';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { database, databaseAtStart } from '$lib/server/db';
import { problem } from '$lib/server/http/errors';
import { errorCode, isDatabaseUnavailable, RETRY_AFTER_SECONDS, unavailableResponse } from '$lib/server/http/unavailable';
import { jobs, stopJobs } from '$lib/server/jobs';
import { scheduleMaintenance } from '$lib/server/maintenance';
import { seedDemo } from '$lib/server/seed';

export const init: ServerInit = async () => {
	if (building) return;
	// A stray rejected promise (say, a query that lost its connection after its request had been answered)
	// must not take every other request down with the process; it is logged by its code like any other error.
	process.on('unhandledRejection', (reason) => console.error(`[error] unhandled rejection: ${errorCode(reason)}`));
	const handle = await databaseAtStart();
	if (handle.kind === 'pglite' || process.env.SEED_DEMO === '1') await seedDemo(handle.db);
	scheduleMaintenance(async () => (await database()).db);
	// Mail waits in the queue while the database is away; the queue itself starts once it can.
	await jobs().catch((error: unknown) => console.error(`[jobs] not started: ${errorCode(error)}`));
	process.once('sveltekit:shutdown', () => void stopJobs());
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	});

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const valid = await validateSessionToken((await database()).db, token);
		if (valid) {
			event.locals.user = valid.user;
			event.locals.sessionId = valid.id;
		} else {
			event.cookies.delete(SESSION_COOKIE, { path: '/' });
		}
	}
	return resolve(event);
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit's own origin check covers form posts only; every other state-changing request is checked
 * here, whatever its path (a percent-encoded `/%61pi/...` reaches the same endpoint as `/api/...`): a
 * browser sends Sec-Fetch-Site and Origin, and anything that is not same-origin is refused.
 */
const crossSite: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	if (UNSAFE_METHODS.has(request.method)) {
		const site = request.headers.get('sec-fetch-site');
		const origin = request.headers.get('origin');
		if ((site && site !== 'same-origin') || (origin && origin !== url.origin)) {
			return problem(403, 'error_cross_site', getLocale());
		}
	}
	return resolve(event);
};

/**
 * Roles are decided on the matched route (its group), not on the URL as spelled. A browser that opens a
 * page is sent to sign in or to the refusal page; everything else — `__data.json`, form actions, a
 * script or tool asking for a page — gets a plain 401/403 (a redirect would hand a client another page's
 * data, and a redirected POST loses its meaning). Every load, action and endpoint checks its role again.
 */
const guard: Handle = ({ event, resolve }) => {
	const needed = requiredRole(event.route.id);
	if (!needed) return resolve(event);
	const user = event.locals.user;
	if (user && hasRole(user.roles, needed)) return resolve(event);
	if (user) console.warn(`[guard] refused user ${user.id} on ${event.route.id}`);
	const opensPage =
		!event.isDataRequest &&
		(event.request.method === 'GET' || event.request.method === 'HEAD') &&
		(event.request.headers.get('accept') ?? '').includes('text/html');
	if (!opensPage) return problem(user ? 403 : 401, user ? 'error_forbidden' : 'error_unauthenticated', getLocale());
	if (!user) {
		const target = event.url.pathname + event.url.search;
		return seeOther(`/inloggen?redirectTo=${encodeURIComponent(target)}`);
	}
	return seeOther('/geen-toegang');
};

function seeOther(location: string): Response {
	return new Response(null, { status: 303, headers: { location } });
}

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const set = (name: string, value: string) => {
		if (!response.headers.has(name)) response.headers.set(name, value);
	};
	set('X-Content-Type-Options', 'nosniff');
	set('Referrer-Policy', 'strict-origin-when-cross-origin');
	set('X-Frame-Options', 'DENY');
	set('Cross-Origin-Opener-Policy', 'same-origin');
	set('Permissions-Policy', 'camera=(self), microphone=(self), geolocation=(), payment=()');
	if (!dev && event.url.protocol === 'https:') set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	// Nothing personal may stay in a shared or browser cache: every endpoint, and every page or data answer
	// that was made for a signed-in person (staff pages, own files, exports, the layout with their name).
	if (event.route.id?.startsWith('/api/') || event.locals.user || requiredRole(event.route.id)) set('Cache-Control', 'private, no-store');
	return response;
};

/**
 * Requests whose page, action or endpoint failed because the database could not be reached (see handleError),
 * by their `locals`: SvelteKit hands handleError a copy of the event, but the same locals.
 */
const failedOnDatabase = new WeakSet<App.Locals>();

/**
 * An unreachable database answers 503, not 500: load balancers and monitoring see it for what it is, and
 * the sync client keeps its outbox and retries. Either it failed before the page started (the session
 * check), or while loading or acting, when handleError marked the request.
 */
const unavailable: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		console.error(`[db] unavailable on ${event.route.id ?? 'unknown route'}: ${errorCode(error)}`);
		const html = (event.request.headers.get('accept') ?? '').includes('text/html');
		return unavailableResponse(event.request, getLocale(), event.isDataRequest || event.route.id?.startsWith('/api/') === true || !html);
	}
	if (response.status === 500 && failedOnDatabase.has(event.locals)) {
		const headers = new Headers(response.headers);
		headers.set('retry-after', String(RETRY_AFTER_SECONDS));
		return new Response(response.body, { status: 503, headers });
	}
	return response;
};

/** In development only (`dev` is false in a build, so this is not in it): the kept mail at /dev/mail. */
const devMail: Handle = async ({ event, resolve }) => {
	if (dev && event.url.pathname === '/dev/mail') {
		const [{ mailer }, { outboxPage }] = await Promise.all([import('$lib/server/mail/mailer'), import('$lib/server/mail/outbox-page')]);
		return outboxPage(mailer().kept ?? []);
	}
	return resolve(event);
};

export const handle = sequence(devMail, headers, i18n, unavailable, crossSite, session, guard);

/** Unexpected errors: logged without query parameters, answered with a plain message in the person's language. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const route = event.route.id ?? 'unknown route';
	if (isDatabaseUnavailable(error)) {
		failedOnDatabase.add(event.locals);
		console.error(`[db] unavailable on ${route}: ${errorCode(error)}`);
		return { message: m.error_unavailable_text(), code: 'unavailable' };
	}
	if (status < 500) return { message };
	const failedQuery = error instanceof Error && 'query' in error && 'params' in error;
	if (failedQuery) console.error(`[error] ${route}: failed query ${String(error.query)}`, error.cause);
	else console.error(`[error] ${route}:`, error);
	return { message: m.error_generic() };
};
