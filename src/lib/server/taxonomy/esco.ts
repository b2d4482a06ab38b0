import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { OCCUPATIONS, SKILLS, occupationById, skillById } from '$lib/data/taxonomy';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { essentialSkillsOf, parseEscoFile, suggestMatches, type EscoFileKind, type EscoFileProblem, type EscoIssue, type MappingEntry, type MatchReason, type OurKind } from '$lib/shared/esco-import';
import { newId } from '$lib/shared/id';
import { translate } from '$lib/shared/issues';
import { standardIdLookup, standardIdRecordId, type StandardIdLookup } from '$lib/shared/standard-ids';
import type { Db } from '$lib/server/db/client';
import { escoMapping, escoRelation, escoSuggestion } from '$lib/server/db/schema';
import { writeCatalogue, type CatalogueWrite } from '$lib/server/sync/catalogue';

/**
 * Standard ids of our skills and occupations: a beheerder uploads an official ESCO file, the server suggests
 * matches, and each match becomes an id only when confirmed. Confirmed ids win over the static taxonomy's
 * own and are published in the catalogue, so devices put them in their exports offline too.
 */

/** Larger files are refused before they are read: the form that carries them has to fit in one request (BODY_SIZE_LIMIT 512K). */
export const MAX_ESCO_BYTES = 450_000;
/** "Confirm all" takes the suggestions whose whole label matched (our label or a synonym on ESCO's preferred label). */
export const CONFIRM_ALL_MIN_SCORE = 95;

export async function confirmedMappings(db: Db): Promise<(MappingEntry & { escoLabel: string; confirmedAt: Date })[]> {
	const rows = await db.select().from(escoMapping).orderBy(asc(escoMapping.ourKind), asc(escoMapping.ourId));
	return rows.map((r) => ({ kind: r.ourKind, ourId: r.ourId, escoUri: r.escoUri, escoLabel: r.escoLabel, confirmedAt: r.confirmedAt }));
}

/** The effective standard ids now: the confirmed mapping over the static taxonomy. */
export async function standardIds(db: Db): Promise<StandardIdLookup> {
	return standardIdLookup(await confirmedMappings(db));
}

export function escoIssueText(issue: EscoIssue): string {
	return translate(issue.key, undefined, 'esco_error_invalid', issue.params);
}

function problemText(problem: EscoFileProblem | 'too-large'): string {
	switch (problem) {
		case 'empty':
			return m.esco_problem_empty();
		case 'bad-csv':
			return m.esco_problem_bad_csv();
		case 'unknown-kind':
			return m.esco_problem_unknown_kind();
		case 'too-many-rows':
			return m.esco_problem_too_many_rows();
		case 'too-large':
			return m.esco_problem_too_large();
	}
}

export interface UploadRowError {
	row: number;
	label: string;
	errors: { field: string; message: string }[];
}

export type UploadOutcome =
	| { ok: false; problem: EscoFileProblem | 'too-large'; message: string }
	| { ok: false; problem: 'rows'; kind: EscoFileKind; rows: number; rowErrors: UploadRowError[] }
	| { ok: true; kind: EscoFileKind; rows: number; suggestions: number; relations: number };

const OUR_KIND: Record<'skills' | 'occupations', OurKind> = { skills: 'skill', occupations: 'occupation' };

/**
 * Reads an uploaded file and, when every row is good, stores its suggestions (or its relations) in one
 * transaction: an item's pending suggestion is replaced by a better one, so a file split in parts can be
 * uploaded part by part. A file with a bad row changes nothing: its rows come back with their problems.
 * Items with a confirmed id get no new suggestion.
 */
export async function uploadEscoFile(db: Db, input: { text: string; fileName: string }): Promise<UploadOutcome> {
	if (new TextEncoder().encode(input.text).length > MAX_ESCO_BYTES) return { ok: false, problem: 'too-large', message: problemText('too-large') };
	const parsed = parseEscoFile(input.text);
	if (!parsed.ok) return { ok: false, problem: parsed.problem, message: problemText(parsed.problem) };
	if (parsed.errors.length > 0) {
		return {
			ok: false,
			problem: 'rows',
			kind: parsed.kind,
			rows: parsed.rows,
			rowErrors: parsed.errors.map((e) => ({ row: e.row, label: e.label, errors: e.issues.map((issue) => ({ field: issue.field, message: escoIssueText(issue) })) }))
		};
	}
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('esco-import'))`);
		if (parsed.kind === 'relations') {
			// A pair twice in one file keeps its first relation type; a later file (the next part of a split one) updates it.
			const unique = [...new Map(parsed.relations.map((r) => [`${r.occupationUri} ${r.skillUri}`, r])).values()];
			for (let i = 0; i < unique.length; i += 1000) {
				await tx
					.insert(escoRelation)
					.values(unique.slice(i, i + 1000).map((r) => ({ occupationUri: r.occupationUri, skillUri: r.skillUri, relationType: r.relationType })))
					.onConflictDoUpdate({ target: [escoRelation.occupationUri, escoRelation.skillUri], set: { relationType: sql`excluded.relation_type` } });
			}
			return { ok: true, kind: parsed.kind, rows: parsed.rows, suggestions: 0, relations: unique.length };
		}
		const kind = OUR_KIND[parsed.kind];
		const mapped = new Set((await tx.select({ ourId: escoMapping.ourId }).from(escoMapping).where(eq(escoMapping.ourKind, kind))).map((r) => r.ourId));
		const ours = (kind === 'skill' ? SKILLS : OCCUPATIONS).filter((item) => !mapped.has(item.id));
		const rowOf = new Map(parsed.concepts.map((c) => [c.uri, c.row]));
		const suggestions = suggestMatches(ours, parsed.concepts);
		const fileName = input.fileName.slice(0, 200);
		for (let i = 0; i < suggestions.length; i += 500) {
			await tx
				.insert(escoSuggestion)
				.values(
				suggestions.slice(i, i + 500).map((s) => ({
					id: newId(),
					ourKind: kind,
					ourId: s.ourId,
					escoUri: s.uri,
					escoLabel: s.escoLabel.slice(0, 300),
					score: s.score,
					reason: { ...s.reason },
					fileRow: rowOf.get(s.uri) ?? 0,
					fileName
				}))
			)
			// A file split in parts: a pending suggestion is replaced only by a better (or equal) one.
			.onConflictDoUpdate({
				target: [escoSuggestion.ourKind, escoSuggestion.ourId],
				set: {
					id: sql`excluded.id`,
					escoUri: sql`excluded.esco_uri`,
					escoLabel: sql`excluded.esco_label`,
					score: sql`excluded.score`,
					reason: sql`excluded.reason`,
					fileRow: sql`excluded.file_row`,
					fileName: sql`excluded.file_name`,
					createdAt: sql`excluded.created_at`
				},
				setWhere: sql`excluded.score >= ${escoSuggestion.score}`
			});
		}
		return { ok: true, kind: parsed.kind, rows: parsed.rows, suggestions: suggestions.length, relations: 0 };
	});
}

export interface PendingSuggestion {
	id: string;
	kind: OurKind;
	ourId: string;
	ourLabel: string;
	escoUri: string;
	escoLabel: string;
	score: number;
	reason: MatchReason;
	fileRow: number;
	fileName: string;
}

/** Our label in the page's language: English has its own labels, German shows the Dutch ones (data stays Dutch). */
function ourLabel(kind: OurKind, id: string): string {
	const item = kind === 'skill' ? skillById(id) : occupationById(id);
	if (!item) return id;
	return getLocale() === 'en' ? item.labelEn : item.label;
}

export async function pendingSuggestions(db: Db): Promise<PendingSuggestion[]> {
	const rows = await db.select().from(escoSuggestion).orderBy(asc(escoSuggestion.ourKind), desc(escoSuggestion.score), asc(escoSuggestion.fileRow));
	return rows.map((r) => ({
		id: r.id,
		kind: r.ourKind,
		ourId: r.ourId,
		ourLabel: ourLabel(r.ourKind, r.ourId),
		escoUri: r.escoUri,
		escoLabel: r.escoLabel,
		score: r.score,
		reason: r.reason as unknown as MatchReason,
		fileRow: r.fileRow,
		fileName: r.fileName
	}));
}

const publish = (entry: MappingEntry): CatalogueWrite => ({ kind: 'taxonomy', id: standardIdRecordId(entry.kind, entry.ourId), data: { kind: entry.kind, ourId: entry.ourId, escoUri: entry.escoUri } });

/** Confirms the given suggestions (each becomes its item's id, replacing an earlier one); returns how many. */
async function confirm(db: Db, where: ReturnType<typeof eq> | undefined, userId: string): Promise<number> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('esco-import'))`);
		const rows = await tx.select().from(escoSuggestion).where(where);
		// An item the taxonomy no longer has cannot get an id.
		const known = rows.filter((r) => (r.ourKind === 'skill' ? skillById(r.ourId) : occupationById(r.ourId)) !== undefined);
		if (rows.length > 0) await tx.delete(escoSuggestion).where(inArray(escoSuggestion.id, rows.map((r) => r.id)));
		if (known.length === 0) return 0;
		const now = new Date();
		await tx
			.insert(escoMapping)
			.values(known.map((r) => ({ ourKind: r.ourKind, ourId: r.ourId, escoUri: r.escoUri, escoLabel: r.escoLabel, confirmedBy: userId, confirmedAt: now })))
			.onConflictDoUpdate({
				target: [escoMapping.ourKind, escoMapping.ourId],
				set: { escoUri: sql`excluded.esco_uri`, escoLabel: sql`excluded.esco_label`, confirmedBy: sql`excluded.confirmed_by`, confirmedAt: sql`excluded.confirmed_at` }
			});
		await writeCatalogue(tx, known.map((r) => publish({ kind: r.ourKind, ourId: r.ourId, escoUri: r.escoUri })));
		return known.length;
	});
}

export function confirmSuggestion(db: Db, id: string, userId: string): Promise<number> {
	return confirm(db, eq(escoSuggestion.id, id), userId);
}

export function confirmAllSuggestions(db: Db, userId: string, minScore = CONFIRM_ALL_MIN_SCORE): Promise<number> {
	return confirm(db, gte(escoSuggestion.score, minScore), userId);
}

export async function rejectSuggestion(db: Db, id: string): Promise<number> {
	const removed = await db.delete(escoSuggestion).where(eq(escoSuggestion.id, id)).returning({ id: escoSuggestion.id });
	return removed.length;
}

/** Removes a confirmed id: the item falls back to the taxonomy's own id (if any), and devices pull the removal. */
export async function undoMapping(db: Db, kind: OurKind, ourId: string): Promise<number> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const removed = await tx
			.delete(escoMapping)
			.where(and(eq(escoMapping.ourKind, kind), eq(escoMapping.ourId, ourId)))
			.returning({ ourId: escoMapping.ourId });
		if (removed.length > 0) await writeCatalogue(tx, [{ kind: 'taxonomy', id: standardIdRecordId(kind, ourId), data: null }]);
		return removed.length;
	});
}

export interface ConfirmedRow {
	kind: OurKind;
	ourId: string;
	ourLabel: string;
	escoUri: string;
	escoLabel: string;
	confirmedAt: string;
	/** For an occupation: its ESCO essential skills that are ours too (labels). */
	essentialSkills: string[];
}

export async function confirmedRows(db: Db): Promise<ConfirmedRow[]> {
	const mappings = await confirmedMappings(db);
	const occupationUris = mappings.filter((e) => e.kind === 'occupation').map((e) => e.escoUri);
	const relations = occupationUris.length > 0 ? await db.select().from(escoRelation).where(inArray(escoRelation.occupationUri, occupationUris)) : [];
	return mappings.map((e) => ({
		kind: e.kind,
		ourId: e.ourId,
		ourLabel: ourLabel(e.kind, e.ourId),
		escoUri: e.escoUri,
		escoLabel: e.escoLabel,
		confirmedAt: e.confirmedAt.toISOString(),
		essentialSkills: e.kind === 'occupation' ? essentialSkillsOf(e.escoUri, relations, mappings).map((id) => ourLabel('skill', id)) : []
	}));
}

export async function relationCount(db: Db): Promise<number> {
	const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(escoRelation);
	return row?.count ?? 0;
}
