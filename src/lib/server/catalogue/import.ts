import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { translate } from '$lib/shared/issues';
import {
	checkOfferRows,
	checkProviderRows,
	importOfferId,
	parseImportFile,
	planImport,
	type CheckedRow,
	type ExistingItem,
	type FileProblem,
	type ImportFormat,
	type ImportIssue,
	type ImportKind,
	type ImportCounts,
	type ImportOutcome,
	type PreviewRow
} from '$lib/shared/catalogue-import';

export type { ImportCounts, ImportOutcome, PreviewRow, RowAction } from '$lib/shared/catalogue-import';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord } from '$lib/server/db/schema';
import { writeCatalogue, type CatalogueWrite } from '$lib/server/sync/catalogue';

/** Larger files are refused before they are read: the form that carries them has to fit in one request. */
export const MAX_IMPORT_BYTES = 450_000;

export interface ImportRequest {
	kind: ImportKind;
	format: ImportFormat;
	text: string;
	/** The provider whose offers the file holds (offers only). */
	supplierId: string | null;
}


export function issueText(issue: ImportIssue): string {
	return translate(issue.key, undefined, 'aanbod_error_invalid', issue.params);
}

function problemText(problem: FileProblem | 'too-large' | 'unknown-supplier', columns: string[] = []): string {
	switch (problem) {
		case 'empty':
			return m.import_problem_empty();
		case 'too-many-rows':
			return m.import_problem_too_many_rows();
		case 'bad-json':
			return m.import_problem_bad_json();
		case 'bad-csv':
			return m.import_problem_bad_csv();
		case 'missing-columns':
			return m.import_problem_missing_columns({ columns: columns.join(', ') });
		case 'too-large':
			return m.import_problem_too_large();
		case 'unknown-supplier':
			return m.import_problem_unknown_supplier();
	}
}

async function activeProviderIds(db: Db): Promise<Set<string>> {
	const rows = await db
		.select({ id: catalogueRecord.id })
		.from(catalogueRecord)
		.where(and(eq(catalogueRecord.kind, 'provider'), isNull(catalogueRecord.deletedAt), sql`coalesce((${catalogueRecord.data}->>'archived')::boolean, false) = false`));
	return new Set(rows.map((r) => r.id));
}

async function existingItems(db: Db, kind: ImportKind, supplierId: string | null, ids: string[]): Promise<ExistingItem[]> {
	const where =
		kind === 'offer'
			? and(eq(catalogueRecord.kind, 'offer'), isNull(catalogueRecord.deletedAt), sql`${catalogueRecord.data}->>'origin' = 'import'`, sql`${catalogueRecord.data}->>'supplierId' = ${supplierId}`)
			: and(eq(catalogueRecord.kind, 'provider'), isNull(catalogueRecord.deletedAt), inArray(catalogueRecord.id, ids.length > 0 ? ids : ['']));
	const rows = await db.select({ id: catalogueRecord.id, data: catalogueRecord.data }).from(catalogueRecord).where(where);
	return rows.map((r) => {
		const data = (r.data ?? {}) as Record<string, unknown>;
		return { id: r.id, data, archived: data.archived === true };
	});
}

interface Checked {
	rows: CheckedRow<Record<string, unknown>>[];
	unknownColumns: string[];
}

async function check(db: Db, request: ImportRequest, maxBytes: number): Promise<{ ok: false; outcome: ImportOutcome } | { ok: true; checked: Checked }> {
	if (new TextEncoder().encode(request.text).length > maxBytes) return { ok: false, outcome: { ok: false, problem: 'too-large', message: problemText('too-large') } };
	const providerIds = await activeProviderIds(db);
	if (request.kind === 'offer' && (!request.supplierId || !providerIds.has(request.supplierId))) {
		return { ok: false, outcome: { ok: false, problem: 'unknown-supplier', message: problemText('unknown-supplier') } };
	}
	const parsed = parseImportFile(request.text, request.format, request.kind);
	if (!parsed.ok) return { ok: false, outcome: { ok: false, problem: parsed.problem, message: problemText(parsed.problem, parsed.columns) } };
	const rows = (request.kind === 'offer' ? checkOfferRows(parsed.rows, { supplierId: request.supplierId!, providerIds }) : checkProviderRows(parsed.rows)) as CheckedRow<
		Record<string, unknown>
	>[];
	return { ok: true, checked: { rows, unknownColumns: parsed.unknownColumns } };
}

/** The rows of a file as they would be imported now, and how the catalogue would change; nothing is written. */
async function plan(db: Db, request: ImportRequest, checked: Checked) {
	const valid = checked.rows.flatMap((r) => (r.item ? [r.item] : []));
	// A bad row still counts as present: its offer (found by the supplier's id) must not be archived.
	const present = new Set(checked.rows.filter((r) => r.externalId !== '').map((r) => (request.kind === 'offer' ? importOfferId(request.supplierId!, r.externalId) : r.externalId)));
	const existing = await existingItems(
		db,
		request.kind,
		request.supplierId,
		valid.map((v) => v.id)
	);
	const result = planImport(valid, existing, present, request.kind === 'offer');
	const added = new Set(result.added.map((i) => i.id));
	const changed = new Set(result.changed.map((i) => i.id));
	const rows: PreviewRow[] = checked.rows.map((r) => ({
		line: r.line,
		externalId: r.externalId,
		label: r.label,
		action: !r.item ? 'error' : added.has(r.item.id) ? 'add' : changed.has(r.item.id) ? 'change' : 'same',
		errors: r.issues.map((issue) => ({ field: issue.field, message: issueText(issue) }))
	}));
	const counts: ImportCounts = {
		rows: rows.length,
		errors: rows.filter((r) => r.action === 'error').length,
		added: result.added.length,
		changed: result.changed.length,
		unchanged: result.unchanged,
		archived: result.archived.length
	};
	const archivedTitles = result.archived.map((e) => String(e.data.title ?? e.data.name ?? e.id));
	return { result, outcome: { ok: true, counts, rows, unknownColumns: checked.unknownColumns, archivedTitles } satisfies ImportOutcome };
}

export async function previewImport(db: Db, request: ImportRequest, maxBytes = MAX_IMPORT_BYTES): Promise<ImportOutcome> {
	const checked = await check(db, request, maxBytes);
	if (!checked.ok) return checked.outcome;
	return (await plan(db, request, checked.checked)).outcome;
}

/**
 * Imports the valid rows of a file in one transaction: new items added, changed ones updated (an archived
 * one restored), and the supplier's imported offers no longer in the file archived, never deleted. Every
 * write goes through writeCatalogue, so devices pull the change. A file problem writes nothing.
 */
/** `maxBytes` is the form's limit; a script (the benchmark) may pass a larger one. */
export async function applyImport(db: Db, request: ImportRequest, maxBytes = MAX_IMPORT_BYTES): Promise<ImportOutcome> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		// One import per supplier at a time: a second one waits, then sees what the first wrote.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`catalogue-import:${request.kind}:${request.supplierId ?? ''}`}))`);
		const checked = await check(tx, request, maxBytes);
		if (!checked.ok) return checked.outcome;
		const { result, outcome } = await plan(tx, request, checked.checked);
		const writes: CatalogueWrite[] = [
			...[...result.added, ...result.changed].map((item) => ({ kind: request.kind, id: item.id, data: item.data })),
			...result.archived.map((e) => ({ kind: request.kind, id: e.id, data: { ...e.data, archived: true } }))
		];
		await writeCatalogue(tx, writes);
		return outcome;
	});
}
