import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { EntitySpec } from '../../shared/sync/entity';
import { entitySpecs } from '../../shared/sync/entities';
import { bericht, evcEvidence, evcOutcome, evcReview, evcTrack } from '../db/schema';
import { apkAnswer, apkScan, certificate, education, languageSkill, planItem, profile, skillClaim, voucherDraft, workExperience } from '../db/schema';

/** The sync columns every entity table has (see `syncColumns` in db/schema.ts). */
export type SyncTable = PgTable & {
	id: PgColumn;
	portfolioId: PgColumn;
	version: PgColumn;
	deletedAt: PgColumn;
};

export interface ServerEntity {
	spec: EntitySpec;
	table: SyncTable;
}

/** Binds each shared entity spec to its table. A new entity: its spec, its table, one line here. */
const tables: Record<string, SyncTable> = {
	profile,
	skillClaim,
	workExperience,
	education,
	certificate,
	language: languageSkill,
	planItem,
	voucherDraft,
	apkScan,
	apkAnswer,
	evcTrack,
	evcEvidence,
	evcReview,
	evcOutcome,
	bericht
};

export const serverEntities: ServerEntity[] = Object.values(entitySpecs).map((spec) => {
	const table = tables[spec.name];
	if (!table) throw new Error(`sync entity ${spec.name} has no table`);
	return { spec, table };
});

export function serverEntity(name: string): ServerEntity | undefined {
	return serverEntities.find((e) => e.spec.name === name);
}
