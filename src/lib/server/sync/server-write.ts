import type { SyncRole } from '$lib/shared/sync/entity';
import { parseEntityPayload, type Conflict, type Mutation } from '$lib/shared/sync/protocol';
import type { Db } from '$lib/server/db/client';
import { applyMutation, TouchedRows } from './apply';
import { authoriseMutations } from './authorise';
import { SyncError } from './errors';
import { runAfterWrite } from './registry';
import { writePortfolio } from './versioning';

export type ServerChange = Omit<Mutation, 'mutationId'>;

/**
 * Portfolio writes that do not come from a device (an adviser's screen, a script): the same validation,
 * role rules, versioning and conflict check as a push, so pull delivers them to the resident's devices.
 * `baseVersion` is the portfolio version the writer's screen showed.
 */
export async function writeEntities(
	db: Db,
	actor: { userId: string; role: SyncRole },
	portfolioId: string,
	changes: readonly ServerChange[]
): Promise<{ version: number; conflicts: Conflict[] }> {
	const mutations: Mutation[] = changes.map((change, i) => {
		const payload = parseEntityPayload(change.entity, change.op, change.patch);
		if (!payload.ok) throw new SyncError(400, payload.message, [`${i}.${payload.path}`]);
		return { ...change, patch: payload.patch, mutationId: i + 1 };
	});
	authoriseMutations(actor.role, mutations);
	const { version, result } = await writePortfolio(db, portfolioId, async (tx, version) => {
		const ctx = { portfolioId, version, writer: `user:${actor.userId}`, userId: actor.userId };
		const conflicts: Conflict[] = [];
		const rows = new TouchedRows();
		await rows.preload(tx, mutations);
		for (const m of mutations) {
			for (const c of await applyMutation(tx, ctx, m, rows)) conflicts.push({ ...c, mutationId: m.mutationId, entity: m.entity, entityId: m.entityId });
		}
		await rows.flush(tx);
		await runAfterWrite(tx, portfolioId, mutations);
		return conflicts;
	});
	return { version, conflicts: result };
}
