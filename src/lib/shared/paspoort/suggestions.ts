import { occupationById, type Occupation } from '$lib/data/taxonomy';

export interface SkillSuggestion {
	skillId: string;
	/** The resident's own occupations that ask for this skill, in the order they were given. */
	occupationIds: string[];
}

export interface SuggestSkillsInput {
	/** Occupations from the resident's werkervaring; order breaks ties, so pass the latest job first. */
	occupationIds: readonly string[];
	claimedSkillIds: readonly string[];
	/** Most suggestions to return; all of them when left out. */
	limit?: number;
}

interface Candidate {
	skillId: string;
	weight: number;
	occupationIds: string[];
	firstSeen: number;
}

/**
 * "Wat kan ik al?": the skills of the resident's jobs that are not in the paspoort yet.
 * Each occupation lists its skills most-core first; a skill earns (n - position) / n from every
 * occupation that has it, so core skills lead and a skill practised in several jobs climbs.
 */
export function suggestSkills(
	{ occupationIds, claimedSkillIds, limit }: SuggestSkillsInput,
	lookup: (id: string) => Occupation | undefined = occupationById
): SkillSuggestion[] {
	const claimed = new Set(claimedSkillIds);
	const candidates = new Map<string, Candidate>();

	for (const occupationId of new Set(occupationIds)) {
		const occupation = lookup(occupationId);
		if (!occupation) continue;
		const count = occupation.skillIds.length;
		occupation.skillIds.forEach((skillId, position) => {
			if (claimed.has(skillId)) return;
			let candidate = candidates.get(skillId);
			if (!candidate) {
				candidate = { skillId, weight: 0, occupationIds: [], firstSeen: candidates.size };
				candidates.set(skillId, candidate);
			}
			candidate.weight += (count - position) / count;
			candidate.occupationIds.push(occupation.id);
		});
	}

	return [...candidates.values()]
		.sort((a, b) => b.weight - a.weight || a.firstSeen - b.firstSeen)
		.slice(0, limit ?? candidates.size)
		.map(({ skillId, occupationIds }) => ({ skillId, occupationIds }));
}
