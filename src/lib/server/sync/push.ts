import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { SyncRole } from '../../shared/sync/entity';
import type { Conflict, PushBody, PushResponse } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { syncClient, syncConflict } from '../db/schema';
import { recordApkLights, touchedScanIds } from '../monitoring/apk-lights';
import { applyMutation, TouchedRows } from './apply';
import { authoriseMutations } from './authorise';
import { SyncError } from './errors';
import { bumpVersion, lockPortfolio } from './versioning';

export interface PushActor {
	userId: string;
	role: SyncRole;
}

/**
 * One transaction per push: the portfolio lock serialises writers, `sync_client.last_mutation_id` makes
 * every mutation apply exactly once, and conflicts are stored so a lost answer is repeated on retry.
 */
export async function pushMutations(db: Db, actor: PushActor, body: PushBody): Promise<PushResponse> {
	authoriseMutations(actor.role, body.mutations);
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		let version = await lockPortfolio(tx, body.portfolioId);
		const lastApplied = await claimClient(tx, actor.userId, body);
		const fresh = body.mutations.filter((m) => m.mutationId > lastApplied);
		let lastMutationId = lastApplied;

		if (fresh.length > 0) {
			version = await bumpVersion(tx, body.portfolioId);
			const ctx = { portfolioId: body.portfolioId, version, writer: body.clientId, userId: actor.userId };
			const rows = new TouchedRows();
			await rows.preload(tx, fresh);
			for (const mutation of fresh) {
				const conflicts = await applyMutation(tx, ctx, mutation, rows);
				if (conflicts.length > 0) {
					await tx.insert(syncConflict).values(
						conflicts.map((c, seq) => ({
							clientId: body.clientId,
							mutationId: mutation.mutationId,
							seq,
							entity: mutation.entity,
							entityId: mutation.entityId,
							field: c.field,
							serverValue: c.serverValue,
							clientValue: c.clientValue
						}))
					);
				}
			}
			// A completed APK's lights are scored here from the stored answers, for the monitoring counts.
			await recordApkLights(tx, body.portfolioId, await touchedScanIds(tx, body.portfolioId, fresh));
			lastMutationId = fresh.at(-1)!.mutationId;
			await tx
				.update(syncClient)
				.set({ lastMutationId, lastSeenAt: new Date() })
				.where(eq(syncClient.id, body.clientId));
		}
		return { lastMutationId, version, conflicts: await deliverConflicts(tx, body) };
	});
}

/** The client's last applied mutation; a client id belongs to one person and one portfolio for good. */
async function claimClient(tx: Db, userId: string, body: PushBody): Promise<number> {
	const [client] = await tx.select().from(syncClient).where(eq(syncClient.id, body.clientId)).limit(1);
	if (!client) {
		await tx.insert(syncClient).values({ id: body.clientId, userId, portfolioId: body.portfolioId });
		return 0;
	}
	if (client.userId !== userId || client.portfolioId !== body.portfolioId) {
		throw new SyncError(403, 'sync_error_foreign_client', ['clientId']);
	}
	return client.lastMutationId;
}

/**
 * Conflicts of the mutations in this request, whenever they were applied. The client sends its outbox
 * from the oldest unacknowledged mutation, so conflicts of older mutations have been received: drop them.
 */
async function deliverConflicts(tx: Db, body: PushBody): Promise<Conflict[]> {
	const ids = body.mutations.map((m) => m.mutationId);
	if (ids.length === 0) return [];
	await tx
		.delete(syncConflict)
		.where(and(eq(syncConflict.clientId, body.clientId), lt(syncConflict.mutationId, ids[0]!)));
	const rows = await tx
		.select()
		.from(syncConflict)
		.where(and(eq(syncConflict.clientId, body.clientId), inArray(syncConflict.mutationId, ids)))
		.orderBy(asc(syncConflict.mutationId), asc(syncConflict.seq));
	return rows.map((r) => ({
		mutationId: r.mutationId,
		entity: r.entity,
		entityId: r.entityId,
		field: r.field,
		serverValue: r.serverValue,
		clientValue: r.clientValue
	}));
}
