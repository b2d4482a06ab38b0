import { dayOf } from './dates';
import { SHARE_SECTIONS, type AccessLogView, type ShareSection } from './sharing';

/** One visit in the resident's access log: one party, one day, every section they saw (or were refused). */
export interface AccessVisit {
	viewerName: string;
	organisationName: string | null;
	/** The Twente calendar day, "2026-12-02". */
	day: string;
	/** The latest moment of the visit that day. */
	lastAt: string;
	seen: ShareSection[];
	refused: ShareSection[];
}

/**
 * Groups the log, newest first, into visits: a party reading a portfolio writes one row per section per
 * page load, while the resident wants to know who looked at what on which day.
 */
export function groupAccessLog(entries: readonly AccessLogView[]): AccessVisit[] {
	const visits = new Map<string, AccessVisit>();
	const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
	for (const entry of sorted) {
		const day = dayOf(entry.at);
		const key = JSON.stringify([entry.viewerName, entry.organisationName, day]);
		let visit = visits.get(key);
		if (!visit) {
			visit = { viewerName: entry.viewerName, organisationName: entry.organisationName, day, lastAt: entry.at, seen: [], refused: [] };
			visits.set(key, visit);
		}
		const list = entry.allowed ? visit.seen : visit.refused;
		if (!list.includes(entry.section)) list.push(entry.section);
	}
	const order = (a: ShareSection, b: ShareSection) => SHARE_SECTIONS.indexOf(a) - SHARE_SECTIONS.indexOf(b);
	return [...visits.values()].map((v) => ({ ...v, seen: v.seen.sort(order), refused: v.refused.sort(order) }));
}
