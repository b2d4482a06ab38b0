import type { SectorId } from '$lib/data/taxonomy';

/** The kinds of proof a resident can collect; the readiness hints name the ones that fit a werkproces. */
export const EVIDENCE_KINDS = ['photo', 'document', 'video', 'audio', 'starr', 'werkgeversverklaring'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * One werkproces of a kerntaak: a piece of work an assessor wants to see proof of. Titles and
 * descriptions are our own summaries, not the SBB text, so they read at B1 and can be shipped freely.
 */
export interface Werkproces {
	/** Stable: evidence records store it. */
	id: string;
	title: string;
	titleEn: string;
	/** What the assessor looks for, in one or two plain sentences. */
	description: string;
	descriptionEn: string;
	/** Taxonomy skills a confirmed werkproces raises in the paspoort. */
	skillIds: readonly string[];
	/** The proof that shows this werkproces best, most convincing first. */
	bestProof: readonly EvidenceKind[];
}

export interface Kerntaak {
	id: string;
	title: string;
	titleEn: string;
	werkprocessen: readonly Werkproces[];
}

export interface Kwalificatie {
	id: string;
	name: string;
	nameEn: string;
	level: 2 | 3 | 4;
	sector: SectorId;
	/** Occupations in the taxonomy this kwalificatie leads to, to link it with kansberoepen. */
	occupationIds: readonly string[];
	kerntaken: readonly Kerntaak[];
}
