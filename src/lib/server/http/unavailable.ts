import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** Socket-level failures (Node, postgres.js) that mean the database cannot be reached right now. */
const CONNECTION_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EPIPE',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);

/**
 * PostgreSQL's own answers for "not now": connection exceptions (08…), too many connections (53300),
 * and shutting down or starting up (57P01–57P03).
 */
function isUnavailableSqlState(code: string): boolean {
	return code.startsWith('08') || code === '53300' || /^57P0[1-3]$/.test(code);
}

/**
 * True when the error (or what it wraps: drizzle's query error keeps the driver's error as `cause`,
 * Node reports several failed addresses as an AggregateError) says the database is unreachable,
 * as opposed to a bug or bad data.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
	if (depth > 5 || typeof error !== 'object' || error === null) return false;
	const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
	if (typeof code === 'string' && (CONNECTION_CODES.has(code) || isUnavailableSqlState(code))) return true;
	if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
	return isDatabaseUnavailable(cause, depth + 1);
}

/** The driver's code, never the error text: a failed query's message carries its parameters (personal data). */
export function errorCode(error: unknown): string {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return error instanceof Error ? error.name : 'unknown';
}

/** Seconds a client or load balancer is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The 503 answer when the database is down before a page could even start (the session check needs it):
 * JSON for scripts and the sync client, otherwise a small self-contained page in the person's language.
 */
export function unavailableResponse(request: Request, locale: Locale, wantsJson: boolean): Response {
	const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
	if (wantsJson) return json({ message: m.error_unavailable_text({}, { locale }), code: 'unavailable' }, { status: 503, headers });
	const title = escape(m.error_unavailable_title({}, { locale }));
	const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${escape(m.app_name({}, { locale }))}</title>
<style>
body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.6rem;line-height:1.25}
a{display:inline-block;padding:.7rem 1.1rem;border-radius:.4rem;background:#b3001b;color:#fff;font-weight:600;text-decoration:none}
a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
</style>
</head>
<body>
<main>
<p>${escape(m.app_name({}, { locale }))}</p>
<h1>${title}</h1>
<p>${escape(m.error_unavailable_text({}, { locale }))}</p>
<p><a href="${escape(new URL(request.url).pathname)}">${escape(m.error_try_again({}, { locale }))}</a></p>
</main>
</body>
</html>`;
	return new Response(html, { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}
