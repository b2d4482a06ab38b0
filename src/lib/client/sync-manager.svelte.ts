import { liveQuery, type Subscription } from 'dexie';
import { databaseName, SyncDatabase, type StoredConflict } from '$lib/client/db';
import { Replica } from '$lib/client/replica.svelte';
import type { SyncEngine } from '$lib/client/sync/engine';
import type { LocalChange } from '$lib/client/sync/local-write';
import { httpTransport, TransportError, type SyncTransport } from '$lib/client/sync/transport';

export type SyncStatus = 'online' | 'offline' | 'syncing' | 'error';

/** After a local write, wait this long for more typing before syncing. */
const DEBOUNCE_MS = 1_000;
/** While the page is visible, sync this often to pick up changes from other devices and the adviser. */
const INTERVAL_MS = 45_000;
const FIRST_RETRY_MS = 2_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** The account last synced on this device, for offline reloads without session data. */
export const LAST_ACCOUNT_KEY = 'tp-sync-account';
/** Answers that mean the server (or its database) is down for now, not that the request was wrong. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/**
 * How long to wait before retry number `failures` (1 = the first): doubling from 2 s up to 5 minutes, with
 * jitter (`random` in [0, 1)) so a server that is down is not hammered by every phone at once.
 */
export function backoffDelay(failures: number, random: number = Math.random()): number {
	return Math.min(MAX_BACKOFF_MS, FIRST_RETRY_MS * 2 ** (Math.max(1, failures) - 1)) * (0.5 + random / 2);
}

/**
 * The resident's device replica and its sync loop, as state the UI reads. One instance per tab;
 * `start` opens the signed-in account's database and is safe to call again on every page.
 */
export class SyncManager {
	/** "Syncing" until the first sync of this page has run: "all saved" is not known before that. */
	#status = $state<SyncStatus>('syncing');
	#pending = $state(0);
	/** Epoch milliseconds of the last completed pull. */
	#lastSyncedAt = $state<number | null>(null);
	#conflicts = $state<StoredConflict[]>([]);
	#portfolioId = $state<string | null>(null);
	/** The device is online but the server did not answer, or answered that it is down; cleared by a good sync. */
	#serverUnreachable = $state(false);

	#account: string | null = null;
	/** The open account's replica; reactive, so views follow a switch of account. */
	#replica = $state.raw<Replica | null>(null);
	#db: SyncDatabase | null = null;
	#holders = 0;
	/** The sync code (entity schemas, merge, files) is imported when sync starts, not with the page: pages render from the replica without it. */
	#engine: Promise<SyncEngine> | null = null;
	#writer: Promise<typeof import('./sync/local-write')> | null = null;
	#subscriptions: Subscription[] = [];
	#cleanup: (() => void)[] = [];
	#debounce: ReturnType<typeof setTimeout> | undefined;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;

	get status() {
		return this.#status;
	}
	get pending() {
		return this.#pending;
	}
	get lastSyncedAt() {
		return this.#lastSyncedAt;
	}
	get conflicts() {
		return this.#conflicts;
	}
	get serverUnreachable() {
		return this.#serverUnreachable;
	}
	/** Known after the first pull; the id of the resident's profile record. */
	get portfolioId() {
		return this.#portfolioId;
	}
	get db(): SyncDatabase | null {
		return this.#replica?.db ?? null;
	}
	/** The device's records of the open account, null before `start`. */
	get replica(): Replica | null {
		return this.#replica;
	}
	/** How many failed syncs in a row the current back-off is based on. */
	get failures(): number {
		return this.#failures;
	}

	/**
	 * Keeps sync running while the caller (the resident layout) is there: starts it for the signed-in
	 * account, or for the account last synced on this device when the page has no session data (offline).
	 * The returned release syncs what is pending and then stops, unless someone holds it again by then.
	 */
	hold(email: string | null | undefined): () => void {
		const account = email ?? localStorage.getItem(LAST_ACCOUNT_KEY);
		if (!account) return () => {};
		localStorage.setItem(LAST_ACCOUNT_KEY, account);
		this.#holders++;
		this.start(account);
		return () => {
			this.#holders--;
			if (this.#holders === 0) void this.sync().finally(() => this.#holders === 0 && this.stop());
		};
	}

	start(account: string, transport: SyncTransport = httpTransport, open: (name: string) => SyncDatabase = (name) => new SyncDatabase(name)): void {
		if (this.#account === account) return;
		this.stop();
		this.#account = account;
		const db = (this.#db = open(databaseName(account)));
		this.#replica = new Replica(db, (change) => this.write(change));
		// Asked for at once, next to the page's own code: an edit made offline right after opening the page
		// must find the write code already loaded.
		this.#writer = import('$lib/client/sync/local-write');
		this.#engine = import('$lib/client/sync/engine').then(({ SyncEngine }) => new SyncEngine(db, transport));
		this.#subscriptions = [
			liveQuery(() => db.outbox.count()).subscribe((n) => (this.#pending = n)),
			liveQuery(() => db.conflicts.toArray()).subscribe((list) => (this.#conflicts = list)),
			liveQuery(() => db.meta.bulkGet(['portfolioId', 'lastSyncedAt'])).subscribe(([portfolio, synced]) => {
				this.#portfolioId = (portfolio?.value as string | undefined) ?? null;
				this.#lastSyncedAt = (synced?.value as number | undefined) ?? null;
			})
		];
		this.#listen();
		// Ask the browser not to evict the outbox under storage pressure (Safari's 7-day cap, quota).
		void navigator.storage?.persist?.().catch(() => false);
		this.#status = navigator.onLine ? 'online' : 'offline';
		void this.sync();
	}

	stop(): void {
		for (const s of this.#subscriptions) s.unsubscribe();
		for (const undo of this.#cleanup) undo();
		this.#subscriptions = [];
		this.#cleanup = [];
		clearTimeout(this.#debounce);
		clearTimeout(this.#retry);
		this.#db?.close();
		this.#db = this.#engine = this.#account = this.#replica = null;
		this.#failures = 0;
	}

	/** A resident's edit: stored and queued at once, synced shortly after. */
	async write(change: LocalChange): Promise<void> {
		if (!this.#db) throw new Error('sync not started');
		const { writeLocal } = await (this.#writer ??= import('$lib/client/sync/local-write')).catch((e: unknown) => {
			this.#writer = null;
			throw e;
		});
		await writeLocal(this.#db, change);
		clearTimeout(this.#debounce);
		this.#debounce = setTimeout(() => void this.sync(), DEBOUNCE_MS);
	}

	async sync(): Promise<void> {
		const engine = this.#engine;
		if (!engine) return;
		clearTimeout(this.#retry);
		if (!navigator.onLine) {
			this.#status = 'offline';
			this.#serverUnreachable = false;
			return;
		}
		this.#status = 'syncing';
		try {
			const loaded = await engine;
			await loaded.sync();
			// Public data for offline matching; one cheap query when nothing changed.
			await loaded.pullCatalogue();
			// Photos and documents follow their records.
			if (this.#db) await (await import('$lib/client/files')).uploadPendingFiles(this.#db);
			if (engine !== this.#engine) return;
			this.#failures = 0;
			this.#status = 'online';
			this.#serverUnreachable = false;
		} catch (e) {
			if (engine !== this.#engine) return;
			const lost = e instanceof TransportError && e.status === undefined;
			this.#status = lost ? 'offline' : 'error';
			this.#serverUnreachable =
				e instanceof TransportError && (lost ? navigator.onLine : UNAVAILABLE_STATUSES.has(e.status!));
			this.#scheduleRetry();
		}
	}

	#scheduleRetry() {
		this.#failures++;
		this.#retry = setTimeout(() => void this.sync(), backoffDelay(this.#failures));
	}

	/** Puts the resident's value back as a new edit, based on what the device now knows. */
	async reapply(conflict: StoredConflict): Promise<void> {
		if (!this.#db) return;
		if (conflict.field !== null) {
			await this.write({ entity: conflict.entity, entityId: conflict.entityId, op: 'patch', patch: { [conflict.field]: conflict.clientValue } });
		}
		await this.#db.conflicts.delete(conflict.key);
	}

	async dismiss(conflict: StoredConflict): Promise<void> {
		await this.#db?.conflicts.delete(conflict.key);
	}

	#listen() {
		const on = <K extends keyof WindowEventMap>(target: Window | Document, type: K | string, handler: () => void) => {
			target.addEventListener(type, handler);
			this.#cleanup.push(() => target.removeEventListener(type, handler));
		};
		on(window, 'online', () => {
			this.#failures = 0;
			void this.sync();
		});
		on(window, 'offline', () => {
			this.#status = 'offline';
			this.#serverUnreachable = false;
		});
		on(document, 'visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.sync();
		});
		const interval = setInterval(() => {
			if (document.visibilityState === 'visible') void this.sync();
		}, INTERVAL_MS);
		this.#cleanup.push(() => clearInterval(interval));
	}
}

export const syncManager = new SyncManager();
