import { MAX_PUSH_MUTATIONS, REBOOTSTRAP_STATUS, type PushResponse } from '$lib/shared/sync/protocol';
import type { OutboxEntry, SyncDatabase } from '$lib/client/db';
import { applyPullPage, resetReplica } from './apply-pull';
import { clientId, readMeta, writeMeta } from './meta';
import { TransportError, type SyncTransport } from './transport';

const conflictKey = (c: { mutationId: number; entityId: string; field: string | null }) =>
	`${c.mutationId}:${c.entityId}:${c.field ?? '*'}`;

/**
 * Push then pull, one cycle at a time. Plain TypeScript without Svelte, so the property test and the
 * benchmark run exactly the code the phone runs.
 */
export class SyncEngine {
	#running: Promise<void> | null = null;

	constructor(
		readonly db: SyncDatabase,
		readonly transport: SyncTransport
	) {}

	/** Joins a cycle already running instead of starting a second one next to it. */
	sync(): Promise<void> {
		this.#running ??= this.#cycle().finally(() => (this.#running = null));
		return this.#running;
	}

	async #cycle(): Promise<void> {
		// The portfolio id comes with the first pull; without it there is nothing to push to yet.
		if (await readMeta(this.db, 'portfolioId')) await this.push();
		await this.pull();
		if ((await this.db.outbox.count()) > 0) await this.push();
	}

	async push(): Promise<void> {
		const portfolioId = await readMeta(this.db, 'portfolioId');
		if (!portfolioId) return;
		const id = await clientId(this.db);
		for (;;) {
			const batch = await this.db.outbox.orderBy('mutationId').limit(MAX_PUSH_MUTATIONS).toArray();
			if (batch.length === 0) return;
			const answer = await this.transport.push({ clientId: id, portfolioId, mutations: batch });
			await this.#acknowledge(batch, answer);
		}
	}

	/**
	 * Drops acknowledged mutations and keeps their conflicts, in one transaction. A record the server
	 * refused to create is removed from the device (the server has nothing of it); a refused change to a
	 * record the server has is put right by the next pull.
	 */
	async #acknowledge(batch: OutboxEntry[], answer: PushResponse): Promise<void> {
		await this.db.transaction('rw', this.db.outbox, this.db.conflicts, this.db.records, async () => {
			const open = new Map((await this.db.outbox.bulkGet(batch.map((m) => m.mutationId))).filter((m) => m !== undefined).map((m) => [m.mutationId, m]));
			// A late duplicate answer can repeat conflicts the resident already dealt with.
			const fresh = answer.conflicts.filter((c) => open.has(c.mutationId));
			await this.db.conflicts.bulkPut(fresh.map((c) => ({ ...c, key: conflictKey(c) })));
			const refusedCreates = fresh.filter((c) => c.refused && open.get(c.mutationId)?.op === 'create');
			await this.db.records.bulkDelete(refusedCreates.map((c) => [c.entity, c.entityId] as [string, string]));
			await this.db.outbox.where('mutationId').belowOrEqual(answer.lastMutationId).delete();
		});
	}

	async pull(): Promise<void> {
		for (;;) {
			const since = (await readMeta(this.db, 'cursor')) ?? 0;
			let page;
			try {
				page = await this.transport.pull(since);
			} catch (e) {
				if (e instanceof TransportError && e.status === REBOOTSTRAP_STATUS && since > 0) {
					await resetReplica(this.db);
					continue;
				}
				throw e;
			}
			await applyPullPage(this.db, page);
			if (!page.hasMore) return;
		}
	}

	/** The public catalogue, on its own cursor. */
	async pullCatalogue(): Promise<void> {
		for (;;) {
			const page = await this.transport.catalogue((await readMeta(this.db, 'catalogueCursor')) ?? 0);
			await this.db.transaction('rw', this.db.catalogue, this.db.meta, async () => {
				await this.db.catalogue.bulkPut(page.records.filter((r) => !r.deleted).map((r) => ({ kind: r.kind, id: r.id, data: r.data })));
				await this.db.catalogue.bulkDelete(page.records.filter((r) => r.deleted).map((r) => [r.kind, r.id] as [string, string]));
				await writeMeta(this.db, 'catalogueCursor', page.cursor);
			});
			if (!page.hasMore) return;
		}
	}
}
