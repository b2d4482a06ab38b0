/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

const SHELL_CACHE = 'resident-shell-v1';
const RESIDENT_HOME = '/mijn';

/**
 * Resident pages render in the browser, so their HTML is an app shell. Network first keeps it fresh;
 * offline, the last copy of that page (or of the resident home) is served and the app runs on Dexie.
 */
self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.mode !== 'navigate') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (url.pathname !== RESIDENT_HOME && !url.pathname.startsWith(`${RESIDENT_HOME}/`)) return;
	event.respondWith(residentPage(request, url));
});

async function residentPage(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(SHELL_CACHE);
	try {
		const response = await fetch(request);
		const isShell = response.ok && !response.redirected && response.headers.get('content-type')?.includes('text/html');
		if (isShell) await cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		const cached = (await cache.match(url.pathname)) ?? (await cache.match(RESIDENT_HOME));
		if (cached) return cached;
		throw error;
	}
}

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

// Signing out clears the cached pages so the next person on this device does not see them.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'CLEAR_RESIDENT_CACHE') event.waitUntil(caches.delete(SHELL_CACHE));
});
