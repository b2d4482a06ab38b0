/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The first visit is already served by the worker, so it counts as the visit that makes the app work offline.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

const SHELL_CACHE = 'resident-shell-v2';
const RESIDENT_HOME = '/mijn';
/** A resident page rendered in the browser only: it starts the app on any resident address (routes/(inwoner)/mijn/offline). */
const RESIDENT_SHELL = '/mijn/offline';

const DATA_SUFFIX = '/__data.json';

function isResidentPath(pathname: string): boolean {
	return pathname === RESIDENT_HOME || pathname.startsWith(`${RESIDENT_HOME}/`);
}

/**
 * Resident pages are rendered on the server (the resident's data then comes from Dexie in the browser), and
 * their server data is only who is signed in. Network first keeps both fresh; offline, the last copy of
 * that page is served, and for a page never opened on this device the browser-rendered shell, which starts
 * the app on the address asked for (the HTML of another page would start that other page).
 */
self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate' && isResidentPath(url.pathname)) {
		event.respondWith(networkFirst(request, url.pathname, RESIDENT_SHELL, 'text/html'));
	} else if (url.pathname.endsWith(DATA_SUFFIX) && isResidentPath(url.pathname.slice(0, -DATA_SUFFIX.length) || '/')) {
		event.respondWith(networkFirst(request, url.pathname, RESIDENT_HOME + DATA_SUFFIX, 'application/json'));
	}
});

async function networkFirst(request: Request, key: string, fallbackKey: string, type: string): Promise<Response> {
	const cache = await caches.open(SHELL_CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && !response.redirected && response.headers.get('content-type')?.includes(type)) {
			await cache.put(key, response.clone());
		}
		return response;
	} catch (error) {
		const cached = (await cache.match(key)) ?? (await cache.match(fallbackKey));
		if (cached) return cached;
		throw error;
	}
}

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

/**
 * The page that registered the worker was loaded before the worker ran, so its shell was never cached.
 * The resident app asks for it (and for the resident home, the fallback) once the worker is in control.
 */
self.addEventListener('message', (event) => {
	if (event.data?.type !== 'WARM_RESIDENT_SHELL') return;
	const paths = [...new Set([RESIDENT_HOME, RESIDENT_SHELL, String(event.data.path ?? RESIDENT_HOME)])].filter(isResidentPath);
	event.waitUntil(
		Promise.all(
			paths.flatMap((path) => [
				networkFirst(new Request(path, { credentials: 'same-origin' }), path, RESIDENT_SHELL, 'text/html'),
				networkFirst(new Request(`${path}${DATA_SUFFIX}`, { credentials: 'same-origin' }), `${path}${DATA_SUFFIX}`, RESIDENT_HOME + DATA_SUFFIX, 'application/json')
			])
		).catch(() => undefined)
	);
});

// Signing out clears the cached pages so the next person on this device does not see them.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'CLEAR_RESIDENT_CACHE') event.waitUntil(caches.delete(SHELL_CACHE));
});

/**
 * A push message from the server: `{ title, body, url }` with only that there is news of some kind (never
 * what), shown as a notification. Anything else that arrives is shown as the app's name only.
 */
const APP_NAME = 'Talentpaspoort Twente';
const NOTIFICATION_ICON = '/icons/icon-192.png';

/** A path of this app, or the berichten page: a message can never send the person somewhere else. */
function appPath(value: unknown): string {
	if (typeof value !== 'string') return '/mijn/berichten';
	const url = new URL(value, self.location.origin);
	return url.origin === self.location.origin ? url.pathname + url.search : '/mijn/berichten';
}

self.addEventListener('push', (event) => {
	let message: { title?: unknown; body?: unknown; url?: unknown } = {};
	try {
		message = event.data?.json() ?? {};
	} catch {
		message = {};
	}
	const title = typeof message.title === 'string' && message.title ? message.title : APP_NAME;
	const body = typeof message.body === 'string' ? message.body : '';
	event.waitUntil(self.registration.showNotification(title, { body, icon: NOTIFICATION_ICON, badge: NOTIFICATION_ICON, data: { url: appPath(message.url) } }));
});

/** Opening a notification goes to its page: in a window of the app that is already open, or a new one. */
self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const path = appPath((event.notification.data as { url?: unknown } | null)?.url);
	event.waitUntil(
		(async () => {
			const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
			if (open) {
				await open.focus();
				// A window the worker does not control cannot be navigated from here: then a new one opens.
				if (await open.navigate(path).catch(() => null)) return;
			}
			await self.clients.openWindow(path);
		})()
	);
});
