import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { EntitySpec } from '$lib/shared/sync/entity';
import { entitySpecs, type EntityName } from '$lib/shared/sync/entities';
import type { Db } from '$lib/server/db/client';
import { bericht, followedSearch, evcEvidence, evcOutcome, evcReview, evcTrack } from '$lib/server/db/schema';
import { apkAnswer, apkScan, certificate, education, languageSkill, planItem, profile, skillClaim, voucherDraft, workExperience } from '$lib/server/db/schema';
import { recordApkLights, scanIdsOfAnswers } from '$lib/server/monitoring/apk-lights';

/** The sync columns every entity table has (see `syncColumns` in db/schema.ts). */
export type SyncTable = PgTable & {
	id: PgColumn;
	portfolioId: PgColumn;
	version: PgColumn;
	deletedAt: PgColumn;
};

/**
 * Work that follows a write of this entity inside the same transaction (a push or a server write), with
 * the ids of the records written: derived data that must never lag behind the records it comes from.
 */
export type AfterWrite = (tx: Db, portfolioId: string, ids: readonly string[]) => Promise<void>;

export interface ServerEntity {
	spec: EntitySpec;
	table: SyncTable;
	afterWrite?: AfterWrite;
}

interface Binding {
	table: SyncTable;
	afterWrite?: AfterWrite;
}

/** Binds each shared entity spec to its table. A new entity: its spec, its table, one line here. */
export const bindings: { readonly [N in EntityName]: Binding } = {
	profile: { table: profile },
	skillClaim: { table: skillClaim },
	workExperience: { table: workExperience },
	education: { table: education },
	certificate: { table: certificate },
	language: { table: languageSkill },
	planItem: { table: planItem },
	voucherDraft: { table: voucherDraft },
	followedSearch: { table: followedSearch },
	// A completed APK's lights are scored here from the stored answers, for the monitoring counts.
	apkScan: { table: apkScan, afterWrite: (tx, portfolioId, ids) => recordApkLights(tx, portfolioId, ids) },
	apkAnswer: { table: apkAnswer, afterWrite: async (tx, portfolioId, ids) => recordApkLights(tx, portfolioId, await scanIdsOfAnswers(tx, portfolioId, ids)) },
	evcTrack: { table: evcTrack },
	evcEvidence: { table: evcEvidence },
	evcReview: { table: evcReview },
	evcOutcome: { table: evcOutcome },
	bericht: { table: bericht }
};

const specs: Readonly<Record<EntityName, EntitySpec>> = entitySpecs;

export const serverEntities: ServerEntity[] = (Object.keys(bindings) as EntityName[]).map((name) => ({ spec: specs[name], ...bindings[name] }));

export function serverEntity(name: string): ServerEntity | undefined {
	return serverEntities.find((e) => e.spec.name === name);
}

/** Runs the `afterWrite` work of every entity the applied mutations wrote, once per entity, in their order. */
export async function runAfterWrite(tx: Db, portfolioId: string, applied: readonly { entity: string; entityId: string }[]): Promise<void> {
	const idsByEntity = new Map<ServerEntity, string[]>();
	for (const m of applied) {
		const entity = serverEntity(m.entity);
		if (entity?.afterWrite) idsByEntity.set(entity, [...(idsByEntity.get(entity) ?? []), m.entityId]);
	}
	for (const [entity, ids] of idsByEntity) await entity.afterWrite!(tx, portfolioId, ids);
}
