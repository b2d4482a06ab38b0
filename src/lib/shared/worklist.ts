import { z } from 'zod';
import type { ShareSection } from './sharing';

/** One resident on an adviser's worklist ("Mijn inwoners"): what they share, until when, and what waits. */
export interface WorklistEntry {
	portfolioId: string;
	name: string;
	sections: ShareSection[];
	/** ISO time the last of the resident's grants to this adviser ends. */
	expiresAt: string;
	/** Skills shared with the adviser that nobody validated yet; 0 when skills are not shared. */
	openValidations: number;
	/** EVC evidence without a review since it last changed; 0 when EVC is not shared. */
	evcWaiting: number;
	/** Voucher applications whose next step is this adviser's (a loopbaangesprek, a scholingsplan). */
	voucherSteps: number;
}

export const WORKLIST_FILTERS = ['alles', 'actie', 'validaties', 'evc', 'vouchers'] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];
export const WORKLIST_SORTS = ['verloopt', 'naam', 'werk'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

/** The worklist's query string; anything unknown falls back to the whole list, soonest ending first. */
export const worklistQuerySchema = z.object({
	toon: z.enum(WORKLIST_FILTERS).catch('alles').default('alles'),
	sorteer: z.enum(WORKLIST_SORTS).catch('verloopt').default('verloopt')
});
export type WorklistQuery = z.output<typeof worklistQuerySchema>;

export function pendingOf(entry: WorklistEntry): number {
	return entry.openValidations + entry.evcWaiting + entry.voucherSteps;
}

const KEEP: Record<WorklistFilter, (e: WorklistEntry) => boolean> = {
	alles: () => true,
	actie: (e) => pendingOf(e) > 0,
	validaties: (e) => e.openValidations > 0,
	evc: (e) => e.evcWaiting > 0,
	vouchers: (e) => e.voucherSteps > 0
};

const byName = (a: WorklistEntry, b: WorklistEntry) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.portfolioId.localeCompare(b.portfolioId);
const ORDER: Record<WorklistSort, (a: WorklistEntry, b: WorklistEntry) => number> = {
	verloopt: (a, b) => a.expiresAt.localeCompare(b.expiresAt) || byName(a, b),
	naam: byName,
	werk: (a, b) => pendingOf(b) - pendingOf(a) || a.expiresAt.localeCompare(b.expiresAt) || byName(a, b)
};

export function arrangeWorklist(entries: readonly WorklistEntry[], query: WorklistQuery): WorklistEntry[] {
	return entries.filter(KEEP[query.toon]).sort(ORDER[query.sorteer]);
}
