import { redirect } from '@sveltejs/kit';

/**
 * The service worker's stand-in for a resident page that was never opened on this device, when the device is
 * offline: rendered in the browser only, so the app starts on whatever address the resident asked for and
 * builds that page from the device's data. Opened on its own address it has nothing to show.
 */
export const ssr = false;

export function load() {
	redirect(307, '/mijn');
}
