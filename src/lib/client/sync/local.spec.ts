import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncDatabase } from '$lib/client/db';
import { applyPullPage } from './apply-pull';
import { SyncEngine } from './engine';
import { LocalWriteError, writeLocal } from './local-write';
import { readMeta, writeMeta } from './meta';
import { TransportError, type SyncTransport } from './transport';

const portfolioId = '0190a000-0000-7000-8000-00000000000f';
const claimId = '0190a000-0000-7000-8000-000000000001';
let db: SyncDatabase;

beforeEach(() => {
	db = new SyncDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.delete());

describe('writeLocal', () => {
	it('changes the record and queues the mutation with an increasing id and the cursor as base', async () => {
		await writeMeta(db, 'cursor', 7);
		await writeLocal(db, { entity: 'skillClaim', entityId: claimId, op: 'create', patch: { skillId: 'lassen', level: 2 } });
		await writeLocal(db, { entity: 'skillClaim', entityId: claimId, op: 'patch', patch: { level: 3 } });
		expect((await db.records.get(['skillClaim', claimId]))!.data).toEqual({ skillId: 'lassen', level: 3, source: 'zelf', lastUsedYear: null });
		expect((await db.outbox.toArray()).map((m) => [m.mutationId, m.op, m.baseVersion])).toEqual([
			[1, 'create', 7],
			[2, 'patch', 7]
		]);
	});

	it('refuses what the server would refuse, writing nothing', async () => {
		const refused = writeLocal(db, { entity: 'skillClaim', entityId: claimId, op: 'create', patch: { skillId: 'x', level: 2, source: 'gevalideerd' } });
		await expect(refused).rejects.toBeInstanceOf(LocalWriteError);
		await expect(writeLocal(db, { entity: 'skillClaim', entityId: claimId, op: 'create', patch: { skillId: 'x', level: 7 } })).rejects.toBeInstanceOf(LocalWriteError);
		expect(await db.records.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('never shows a change that was not queued', async () => {
		// A stale mutation id makes the outbox insert fail inside the transaction.
		await db.outbox.add({ mutationId: 1, entity: 'profile', entityId: portfolioId, op: 'patch', patch: { about: 'x' }, baseVersion: 0 });
		await expect(writeLocal(db, { entity: 'profile', entityId: portfolioId, op: 'create', patch: { about: 'nieuw' } })).rejects.toThrow();
		expect(await db.records.count()).toBe(0);
		expect(await readMeta(db, 'lastMutationId')).toBeUndefined();
	});
});

describe('applyPullPage', () => {
	it('puts server rows under the still-pending local edits and stores the cursor with them', async () => {
		await writeLocal(db, { entity: 'profile', entityId: portfolioId, op: 'create', patch: { about: 'mijn tekst' } });
		await applyPullPage(db, {
			portfolioId,
			cursor: 4,
			hasMore: false,
			records: [
				{ entity: 'profile', id: portfolioId, version: 4, deleted: false, data: { displayName: 'Sanne', woonplaats: 'Almelo', situation: null, about: '', availability: null } },
				{ entity: 'skillClaim', id: claimId, version: 3, deleted: true, data: null }
			]
		});
		expect((await db.records.get(['profile', portfolioId]))!.data).toMatchObject({ displayName: 'Sanne', woonplaats: 'Almelo', about: 'mijn tekst' });
		expect(await db.records.get(['skillClaim', claimId])).toBeUndefined();
		expect(await readMeta(db, 'cursor')).toBe(4);
	});
});

describe('SyncEngine', () => {
	it('re-bootstraps from zero on 410 and keeps unsent edits', async () => {
		await writeMeta(db, 'cursor', 40);
		await db.records.put({ entity: 'skillClaim', id: claimId, data: { skillId: 'weg', level: 1, source: 'zelf', lastUsedYear: null } });
		await writeMeta(db, 'portfolioId', portfolioId);
		await writeLocal(db, { entity: 'profile', entityId: portfolioId, op: 'create', patch: { about: 'offline' } });
		const asked: number[] = [];
		const transport: SyncTransport = {
			push: async () => {
				throw new TransportError();
			},
			pull: async (since) => {
				asked.push(since);
				if (since > 0) throw new TransportError(410);
				return { portfolioId, cursor: 50, hasMore: false, records: [] };
			},
			catalogue: async () => ({ cursor: 0, hasMore: false, records: [] })
		};
		await new SyncEngine(db, transport).pull();
		expect(asked).toEqual([40, 0]);
		expect(await readMeta(db, 'cursor')).toBe(50);
		expect((await db.records.toArray()).map((r) => [r.entity, r.data.about])).toEqual([['profile', 'offline']]);
	});

	it('keeps the catalogue on its own cursor and removes withdrawn items', async () => {
		const pages = [
			{ cursor: 2, hasMore: true, records: [{ kind: 'offer', id: 'o1', version: 1, deleted: false, data: { t: 1 } }, { kind: 'offer', id: 'o2', version: 2, deleted: false, data: { t: 2 } }] },
			{ cursor: 3, hasMore: false, records: [{ kind: 'offer', id: 'o1', version: 3, deleted: true, data: null }] }
		];
		const transport: SyncTransport = {
			push: async () => ({ lastMutationId: 0, version: 0, conflicts: [] }),
			pull: async () => ({ portfolioId, cursor: 0, hasMore: false, records: [] }),
			catalogue: async (since) => pages.find((p) => p.cursor > since)!
		};
		await new SyncEngine(db, transport).pullCatalogue();
		expect((await db.catalogue.toArray()).map((c) => c.id)).toEqual(['o2']);
		expect(await readMeta(db, 'catalogueCursor')).toBe(3);
	});
});
