import { kwalificatieById, werkprocesById } from '$lib/data/evc';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

export interface ClaimForOutcome {
	id: string;
	skillId: string;
	level: number;
	source: SkillSource;
}

export interface OutcomeSkillChanges {
	create: { skillId: string; level: number; source: 'certificaat' }[];
	patch: { id: string; patch: { source: 'certificaat'; level?: number } }[];
}

/** A confirmed mbo-2 werkproces means the person does it on their own; mbo-3 and 4 mean they do it well. */
const LEVEL_BY_MBO: Record<2 | 3 | 4, number> = { 2: 2, 3: 3, 4: 3 };

/**
 * What an ervaringscertificaat or praktijkverklaring does to the paspoort: every skill linked to a
 * confirmed werkproces becomes source `certificaat`. Existing claims are patched (their level only
 * ever goes up), missing skills are created. Only changes are returned, so recording the same outcome
 * twice writes nothing the second time.
 */
export function outcomeSkillChanges(werkprocesIds: readonly string[], claims: readonly ClaimForOutcome[]): OutcomeSkillChanges {
	const levels = new Map<string, number>();
	for (const id of werkprocesIds) {
		const found = werkprocesById(id);
		if (!found) continue;
		const level = LEVEL_BY_MBO[kwalificatieById(found.kwalificatie.id)!.level];
		for (const skillId of found.werkproces.skillIds) levels.set(skillId, Math.max(levels.get(skillId) ?? 0, level));
	}
	const changes: OutcomeSkillChanges = { create: [], patch: [] };
	for (const [skillId, level] of levels) {
		const claim = claims.find((c) => c.skillId === skillId);
		if (!claim) {
			changes.create.push({ skillId, level, source: 'certificaat' });
			continue;
		}
		const patch: { source: 'certificaat'; level?: number } = { source: 'certificaat' };
		if (level > claim.level) patch.level = level;
		if (claim.source !== 'certificaat' || patch.level !== undefined) changes.patch.push({ id: claim.id, patch });
	}
	return changes;
}
