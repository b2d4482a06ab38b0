import { SHARED_SKILLS } from './shared-skills';
import { ADMINISTRATIE_ZAKELIJK } from './sectors/administratie-zakelijk';
import { AGRARISCH_GROEN } from './sectors/agrarisch-groen';
import { BOUW_INFRA } from './sectors/bouw-infra';
import { ENERGIE_INSTALLATIE } from './sectors/energie-installatie';
import { HORECA } from './sectors/horeca';
import { ICT } from './sectors/ict';
import { LOGISTIEK } from './sectors/logistiek';
import { ONDERWIJS_KINDEROPVANG } from './sectors/onderwijs-kinderopvang';
import { RETAIL_GROOTHANDEL } from './sectors/retail-groothandel';
import { SCHOONMAAK_FACILITAIR } from './sectors/schoonmaak-facilitair';
import { TECHNIEK } from './sectors/techniek';
import { VOEDING } from './sectors/voeding';
import { ZORG_WELZIJN } from './sectors/zorg-welzijn';
import type { Occupation, Sector, SectorId, SectorModule, Skill } from './types';

export type { EducationLevel, Occupation, Sector, SectorId, Skill, SkillCategory } from './types';
export { normalizeTerm } from './normalize';

/** Bump when ids are added or relabelled, so stored claims can tell which list they were made against. */
export const TAXONOMY_VERSION = '2026.1';

/** Order is the order sectors are offered in pickers: Twente's largest employers first. */
const MODULES: readonly SectorModule[] = [
	TECHNIEK,
	ZORG_WELZIJN,
	LOGISTIEK,
	BOUW_INFRA,
	ICT,
	VOEDING,
	RETAIL_GROOTHANDEL,
	ONDERWIJS_KINDEROPVANG,
	SCHOONMAAK_FACILITAIR,
	HORECA,
	AGRARISCH_GROEN,
	ADMINISTRATIE_ZAKELIJK,
	ENERGIE_INSTALLATIE
];

export const SECTORS: readonly Sector[] = MODULES.map((module) => module.sector);

export const SKILLS: readonly Skill[] = [SHARED_SKILLS, ...MODULES.map((module) => module.skills)]
	.flat()
	.map((skill) => ({ ...skill, escoUri: skill.escoUri ?? null, competentNlId: skill.competentNlId ?? null }));

export const OCCUPATIONS: readonly Occupation[] = MODULES.flatMap((module) =>
	module.occupations.map((occupation) => ({
		...occupation,
		sector: module.sector.id,
		escoUri: occupation.escoUri ?? null,
		competentNlId: occupation.competentNlId ?? null
	}))
);

const skillsById = new Map(SKILLS.map((skill) => [skill.id, skill]));
const occupationsById = new Map(OCCUPATIONS.map((occupation) => [occupation.id, occupation]));
const sectorsById = new Map(SECTORS.map((sector) => [sector.id, sector]));

export function skillById(id: string): Skill | undefined {
	return skillsById.get(id);
}

export function occupationById(id: string): Occupation | undefined {
	return occupationsById.get(id);
}

export function sectorById(id: SectorId): Sector | undefined {
	return sectorsById.get(id);
}
