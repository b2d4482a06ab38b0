import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncDatabase } from '$lib/client/db';
import { backoffDelay, SyncManager } from '$lib/client/sync-manager.svelte';
import { TransportError, type SyncTransport } from '$lib/client/sync/transport';

const portfolioId = '0190a000-0000-7000-8000-00000000000f';
const online = { onLine: true };

beforeEach(() => {
	online.onLine = true;
	vi.stubGlobal('navigator', online);
	vi.stubGlobal('window', new EventTarget());
	vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
});
afterEach(() => vi.unstubAllGlobals());

const open = (name: string) => new SyncDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });

function transport(pull: SyncTransport['pull']): SyncTransport {
	return {
		push: async () => ({ lastMutationId: 0, version: 0, conflicts: [] }),
		pull,
		catalogue: async () => ({ cursor: 0, hasMore: false, records: [] })
	};
}
const emptyPull: SyncTransport['pull'] = async () => ({ portfolioId, cursor: 1, hasMore: false, records: [] });

describe('SyncManager status', () => {
	let manager: SyncManager;
	beforeEach(() => (manager = new SyncManager()));
	afterEach(() => manager.stop());

	it('is syncing until the first sync of the page has run, then online (all saved)', async () => {
		let answer!: () => void;
		const held = new Promise<void>((resolve) => (answer = resolve));
		manager.start('a@example.nl', transport(async (since) => (await held, emptyPull(since))), open);
		expect(manager.status).toBe('syncing');
		answer();
		await vi.waitFor(() => expect(manager.status).toBe('online'), { timeout: 10_000 });
		expect(manager.failures).toBe(0);
	});

	it('is offline when the request is lost, and counts the failure for the back-off', async () => {
		manager.start('b@example.nl', transport(async () => { throw new TransportError(); }), open);
		await vi.waitFor(() => expect(manager.status).toBe('offline'), { timeout: 10_000 });
		expect(manager.serverUnreachable).toBe(true);
		expect(manager.failures).toBe(1);
	});

	it('is in error when the server refuses, unreachable only when it is down', async () => {
		let status = 500;
		manager.start('c@example.nl', transport(async () => { throw new TransportError(status); }), open);
		await vi.waitFor(() => expect(manager.status).toBe('error'), { timeout: 10_000 });
		expect(manager.serverUnreachable).toBe(false);
		status = 503;
		await manager.sync();
		expect(manager.status).toBe('error');
		expect(manager.serverUnreachable).toBe(true);
		expect(manager.failures).toBe(2);
	});

	it('does not try while the device is offline', async () => {
		online.onLine = false;
		const pull = vi.fn(emptyPull);
		manager.start('d@example.nl', transport(pull), open);
		await manager.sync();
		expect(manager.status).toBe('offline');
		expect(pull).not.toHaveBeenCalled();
	});

	it('gives the replica of the open account, and none after stop', () => {
		manager.start('e@example.nl', transport(emptyPull), open);
		expect(manager.replica?.db.name).toBe('talentpaspoort-sync-e@example.nl');
		manager.stop();
		expect(manager.replica).toBeNull();
	});
});

describe('backoffDelay', () => {
	it('doubles from 2 seconds up to a cap of 5 minutes', () => {
		expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 1))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
		expect(backoffDelay(8, 1)).toBe(256_000);
		expect(backoffDelay(9, 1)).toBe(300_000);
		expect(backoffDelay(40, 1)).toBe(300_000);
	});

	it('waits between half and all of the step, so phones do not retry in step', () => {
		expect(backoffDelay(3, 0)).toBe(4_000);
		expect(backoffDelay(3, 0.5)).toBe(6_000);
	});
});
