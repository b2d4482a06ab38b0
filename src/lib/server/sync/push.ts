import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { SyncRole } from '$lib/shared/sync/entity';
import { parseEntityPayload, type Conflict, type Mutation, type PushBody, type PushResponse, type RawMutation } from '$lib/shared/sync/protocol';
import type { Db } from '$lib/server/db/client';
import { syncClient, syncConflict } from '$lib/server/db/schema';
import { applyMutation, touchOwnRow, TouchedRows, type WriteContext } from './apply';
import { mutationRefusal } from './authorise';
import { SyncError } from './errors';
import { runAfterWrite, serverEntity } from './registry';
import { bumpVersion, lockPortfolio } from './versioning';

/** Conflict rows per insert: 9 columns each, well under PostgreSQL's 65 535 parameters. */
const CONFLICT_CHUNK = 1000;

export interface PushActor {
	userId: string;
	role: SyncRole;
}

/** The mutation with its payload checked, or why it cannot be applied at all (payload or role). */
function refusalOf(role: SyncRole, raw: RawMutation): { mutation: Mutation } | { refused: SyncError } {
	if (!serverEntity(raw.entity)) return { refused: new SyncError(400, 'sync_error_unknown_entity', ['entity']) };
	const payload = parseEntityPayload(raw.entity, raw.op, raw.patch);
	if (!payload.ok) return { refused: new SyncError(400, payload.message, [payload.path]) };
	const mutation: Mutation = { ...raw, patch: payload.patch };
	const refused = mutationRefusal(role, mutation);
	return refused ? { refused } : { mutation };
}

/**
 * One transaction per push: the portfolio lock serialises writers, `sync_client.last_mutation_id` makes
 * every mutation apply exactly once, and conflicts are stored so a lost answer is repeated on retry.
 * A mutation the server refuses (invalid for its entity, a field the role may not write, another
 * portfolio's record) is skipped and stored as a refusal with its reason: the device hears why, drops
 * it from its outbox and goes on with the rest, and the next pull brings it the server's state.
 */
export async function pushMutations(db: Db, actor: PushActor, body: PushBody): Promise<PushResponse> {
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
			const applied: Mutation[] = [];
			const stored: (typeof syncConflict.$inferInsert)[] = [];
			for (const raw of fresh) {
				const checked = refusalOf(actor.role, raw);
				let conflicts: Omit<Conflict, 'mutationId' | 'entity' | 'entityId'>[];
				if ('refused' in checked) {
					conflicts = await refuse(tx, ctx, raw, checked.refused, rows);
				} else {
					try {
						conflicts = await applyMutation(tx, ctx, checked.mutation, rows);
						applied.push(checked.mutation);
					} catch (e) {
						// applyMutation refuses before it writes anything, so the transaction goes on.
						if (!(e instanceof SyncError)) throw e;
						conflicts = await refuse(tx, ctx, raw, e, rows);
					}
				}
				stored.push(
					...conflicts.map((c, seq) => ({
						clientId: body.clientId,
						mutationId: raw.mutationId,
						seq,
						entity: raw.entity,
						entityId: raw.entityId,
						field: c.field,
						serverValue: c.serverValue,
						clientValue: c.clientValue,
						refused: c.refused ?? null
					}))
				);
			}
			await rows.flush(tx);
			// The conflicts and refusals of the whole batch in one statement (chunked under the parameter limit).
			for (let i = 0; i < stored.length; i += CONFLICT_CHUNK) await tx.insert(syncConflict).values(stored.slice(i, i + CONFLICT_CHUNK));
			await runAfterWrite(tx, body.portfolioId, applied);
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
		clientValue: r.clientValue,
		...(r.refused ? { refused: r.refused } : {})
	}));
}

/**
 * A refused mutation changes nothing; the record it meant is touched when it is the portfolio's own, so
 * the device's next pull replaces what it shows with the server's state. The refusal keeps its message
 * key and the first refused field; the endpoint translates the key.
 */
async function refuse(tx: Db, ctx: WriteContext, raw: RawMutation, reason: SyncError, rows: TouchedRows) {
	const entity = serverEntity(raw.entity);
	if (entity) await touchOwnRow(tx, entity, rows, raw.entityId, ctx);
	const field = reason.fields.map((f) => f.replace(/^patch\.?/, '')).find((f) => f !== '' && f !== '*' && f !== 'entity' && f !== 'entityId') ?? null;
	return [{ field, serverValue: null, clientValue: raw.patch ?? null, refused: reason.code }];
}
