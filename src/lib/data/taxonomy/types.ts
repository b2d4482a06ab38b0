/**
 * Shapes of the curated skills taxonomy. Ids are stable kebab-case strings: skill claims and
 * werkervaring records store them, so an id may never be renamed once it has shipped.
 */

export type SkillCategory =
	| 'vakkennis'
	| 'digitaal'
	| 'communicatie'
	| 'samenwerken'
	| 'veiligheid'
	| 'taal'
	| 'rekenen'
	| 'zelfmanagement'
	| 'leidinggeven';

export type SectorId =
	| 'techniek'
	| 'zorg-welzijn'
	| 'logistiek'
	| 'bouw-infra'
	| 'ict'
	| 'voeding'
	| 'retail-groothandel'
	| 'onderwijs-kinderopvang'
	| 'schoonmaak-facilitair'
	| 'horeca'
	| 'agrarisch-groen'
	| 'administratie-zakelijk'
	| 'energie-installatie';

/** Same scale as the profile's highest education level, so occupations can be compared with it. */
export type EducationLevel = 'mbo-1' | 'mbo-2' | 'mbo-3' | 'mbo-4' | 'hbo' | 'wo';

export interface Sector {
	id: SectorId;
	label: string;
	labelEn: string;
}

export interface Skill {
	id: string;
	label: string;
	labelEn: string;
	/** Words residents type for the same skill: spelling variants, jargon, brand names. */
	synonyms: readonly string[];
	category: SkillCategory;
	/** Null until the skill is mapped; never guessed, because a wrong id corrupts matching later. */
	escoUri: string | null;
	competentNlId: string | null;
}

export interface Occupation {
	id: string;
	label: string;
	labelEn: string;
	synonyms: readonly string[];
	sector: SectorId;
	typicalLevel: EducationLevel;
	/** Short Dutch text at B1 level for residents. */
	description: string;
	/** Most core skill first: "Wat kan ik al?" suggests in this order. */
	skillIds: readonly string[];
	escoUri: string | null;
	competentNlId: string | null;
}

/** What a sector module writes; the index fills the mapping ids that are not known yet. */
export type SkillDef = Omit<Skill, 'escoUri' | 'competentNlId'> &
	Partial<Pick<Skill, 'escoUri' | 'competentNlId'>>;
export type OccupationDef = Omit<Occupation, 'escoUri' | 'competentNlId' | 'sector'> &
	Partial<Pick<Occupation, 'escoUri' | 'competentNlId'>>;

export interface SectorModule {
	sector: Sector;
	skills: readonly SkillDef[];
	occupations: readonly OccupationDef[];
}
