import type { EvidenceKind, Kerntaak, Kwalificatie, Werkproces } from '$lib/data/evc';
import type { EvcVerdict } from '$lib/shared/sync/entities/evc';

export interface EvidenceForReadiness {
	id: string;
	kind: EvidenceKind;
	werkprocesIds: readonly string[];
}

export interface ReviewForReadiness {
	evidenceId: string;
	verdict: EvcVerdict;
	/** ISO time; the latest review of an item counts. */
	reviewedAt: string;
}

/**
 * covered: at least one item shows it and no adviser asked for more on all of them;
 * aanvullen: every item that shows it was marked "aanvullen" by the adviser; missing: no item yet.
 */
export type WerkprocesStatus = 'covered' | 'aanvullen' | 'missing';

export interface WerkprocesReadiness {
	werkproces: Werkproces;
	status: WerkprocesStatus;
	evidenceIds: string[];
	/** Kinds of proof that would help, best first, leaving out kinds the resident already used for it. */
	hints: EvidenceKind[];
}

export interface KerntaakReadiness {
	kerntaak: Kerntaak;
	werkprocessen: WerkprocesReadiness[];
	covered: number;
	total: number;
	/** Whole percent, rounded down so 99.6 % never reads as complete. */
	percent: number;
}

export interface Readiness {
	kerntaken: KerntaakReadiness[];
	covered: number;
	total: number;
	percent: number;
}

const percentOf = (covered: number, total: number) => (total === 0 ? 0 : Math.floor((covered / total) * 100));

function latestVerdicts(reviews: readonly ReviewForReadiness[]): Map<string, EvcVerdict> {
	const latest = new Map<string, ReviewForReadiness>();
	for (const review of reviews) {
		const seen = latest.get(review.evidenceId);
		if (!seen || review.reviewedAt > seen.reviewedAt) latest.set(review.evidenceId, review);
	}
	return new Map([...latest].map(([id, r]) => [id, r.verdict]));
}

/**
 * How ready a resident is for an EVC intake against one kwalificatie: per kerntaak, which werkprocessen
 * their evidence covers and what would help for the rest. Mappings to werkprocessen of another
 * kwalificatie are ignored, so switching the standard never inflates the meter.
 */
export function evcReadiness(kwalificatie: Kwalificatie, evidence: readonly EvidenceForReadiness[], reviews: readonly ReviewForReadiness[] = []): Readiness {
	const verdicts = latestVerdicts(reviews);
	const kerntaken = kwalificatie.kerntaken.map((kerntaak): KerntaakReadiness => {
		const werkprocessen = kerntaak.werkprocessen.map((werkproces): WerkprocesReadiness => {
			const items = evidence.filter((e) => e.werkprocesIds.includes(werkproces.id));
			const accepted = items.filter((e) => verdicts.get(e.id) !== 'aanvullen');
			const status: WerkprocesStatus = items.length === 0 ? 'missing' : accepted.length === 0 ? 'aanvullen' : 'covered';
			const used = new Set(items.map((e) => e.kind));
			const hints = status === 'covered' ? [] : werkproces.bestProof.filter((kind) => !used.has(kind));
			// Everything suggested was tried already: a statement from someone who saw the work adds a second voice.
			if (status === 'aanvullen' && hints.length === 0 && !used.has('werkgeversverklaring')) hints.push('werkgeversverklaring');
			return { werkproces, status, evidenceIds: items.map((e) => e.id), hints };
		});
		const covered = werkprocessen.filter((w) => w.status === 'covered').length;
		return { kerntaak, werkprocessen, covered, total: werkprocessen.length, percent: percentOf(covered, werkprocessen.length) };
	});
	const covered = kerntaken.reduce((sum, k) => sum + k.covered, 0);
	const total = kerntaken.reduce((sum, k) => sum + k.total, 0);
	return { kerntaken, covered, total, percent: percentOf(covered, total) };
}
