import type { Cookies } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { ABSOLUTE_TIMEOUT_MS, INACTIVITY_TIMEOUT_MS, SESSION_COOKIE } from './session';

// Secure everywhere but the dev server; browsers accept Secure cookies on http://localhost.
export function setSessionCookie(cookies: Cookies, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !dev,
		maxAge: Math.floor(Math.min(INACTIVITY_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS) / 1000)
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: !dev });
}
