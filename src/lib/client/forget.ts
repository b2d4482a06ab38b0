import Dexie from 'dexie';
import { databaseName } from '$lib/client/db';
import { LAST_ACCOUNT_KEY as LAST_ACCOUNT, syncManager } from '$lib/client/sync-manager.svelte';

/**
 * After an account is deleted: nothing of it stays on this device. The sync loop stops, the account's
 * IndexedDB database (records, outbox, photos waiting for upload) is deleted, and the offline copies of
 * the resident pages are removed from the service worker's cache.
 */
export async function forgetThisDevice(account: string | null): Promise<void> {
	const name = account ?? localStorage.getItem(LAST_ACCOUNT);
	syncManager.stop();
	if (name) await Dexie.delete(databaseName(name)).catch(() => undefined);
	localStorage.removeItem(LAST_ACCOUNT);
	navigator.serviceWorker?.controller?.postMessage({ type: 'CLEAR_RESIDENT_CACHE' });
	// The page can reach the same caches; do not depend on the worker being in control.
	if (typeof caches !== 'undefined') {
		const names = await caches.keys().catch(() => [] as string[]);
		await Promise.all(names.filter((cache) => cache.startsWith('resident-')).map((cache) => caches.delete(cache)));
	}
}
