import Papa from 'papaparse';
import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import { offerFromForm, providerFromForm, type FormValues } from '$lib/shared/matching/catalogue-forms';
import { offerSchema, providerSchema, type Offer, type Provider } from '$lib/shared/matching/catalogue-schema';

/**
 * Catalogue import: a supplier's file of offers (or a file of providers) read, checked row by row and
 * compared with what the catalogue holds. Pure: the server applies the plan in one transaction.
 *
 * The file's columns are the catalogue editor's field names; lists are separated by `|` (or a comma inside
 * quotes), a required skill is `skill-id:level`. An offer's `id` is the supplier's own id: the catalogue id
 * is derived from it (importOfferId), so importing the same file again finds the same offers.
 */

export const IMPORT_KINDS = ['offer', 'provider'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_FORMATS = ['csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const MAX_IMPORT_ROWS = 10_000;

export const OFFER_COLUMNS = [
	'id',
	'kind',
	'title',
	'providerId',
	'gemeenteId',
	'modality',
	'description',
	'targetOccupationIds',
	'requiredSkills',
	'labourMarketPerspective',
	'level',
	'certificate',
	'schoolProviderId',
	'skillsTaught',
	'taughtLevel',
	'durationWeeks',
	'hoursPerWeek',
	'costEuros',
	'startDates',
	'educationLevel',
	'hoursPerWeekMin',
	'hoursPerWeekMax',
	'closesAt'
] as const;
export const PROVIDER_COLUMNS = ['id', 'name', 'kind', 'gemeenteId', 'website', 'description'] as const;

export const COLUMNS: Record<ImportKind, readonly string[]> = { offer: OFFER_COLUMNS, provider: PROVIDER_COLUMNS };
const REQUIRED_COLUMNS: Record<ImportKind, readonly string[]> = { offer: ['id', 'kind', 'title'], provider: ['id', 'name', 'kind'] };
const LIST_COLUMNS = new Set(['targetOccupationIds', 'requiredSkills', 'skillsTaught', 'startDates']);
const BOOLEAN_COLUMNS = new Set(['labourMarketPerspective']);

/** A message key with its parameters; the server words it in the person's language. */
export interface ImportIssue {
	/** The column the problem is in, or `_` for the row as a whole. */
	field: string;
	key: string;
	params?: Record<string, string>;
}

export interface RawRow {
	/** Where the person finds the row: its line in the CSV file (the header is line 1), its position in the JSON list. */
	line: number;
	values: FormValues;
}

export type FileProblem = 'empty' | 'too-many-rows' | 'bad-json' | 'bad-csv' | 'missing-columns';
export type ParsedFile = { ok: true; rows: RawRow[]; unknownColumns: string[] } | { ok: false; problem: FileProblem; columns?: string[] };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'true' : '';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		return value
			.map((entry) => (entry && typeof entry === 'object' && 'skillId' in entry ? `${String((entry as { skillId: unknown }).skillId)}:${String((entry as { minLevel?: unknown }).minLevel ?? 1)}` : cell(entry)))
			.join('|');
	}
	return JSON.stringify(value);
}

/** Reads a CSV (comma, semicolon or tab separated, as spreadsheets save it) or a JSON list of objects. */
export function parseImportFile(text: string, format: ImportFormat, kind: ImportKind): ParsedFile {
	const clean = text.replace(/^\uFEFF/, '').replace(CONTROL, '');
	if (clean.trim() === '') return { ok: false, problem: 'empty' };
	let records: { line: number; values: Record<string, unknown> }[];
	let header: string[];
	if (format === 'json') {
		let parsed: unknown;
		try {
			parsed = JSON.parse(clean);
		} catch {
			return { ok: false, problem: 'bad-json' };
		}
		const list = Array.isArray(parsed) ? parsed : parsed && typeof parsed === 'object' && Array.isArray((parsed as { items?: unknown }).items) ? (parsed as { items: unknown[] }).items : null;
		if (!list || !list.every((item) => item && typeof item === 'object' && !Array.isArray(item))) return { ok: false, problem: 'bad-json' };
		records = (list as Record<string, unknown>[]).map((values, i) => ({ line: i + 1, values }));
		header = [...new Set(records.flatMap((r) => Object.keys(r.values)))];
	} else {
		const result = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
		if (result.errors.some((e) => e.type === 'Quotes')) return { ok: false, problem: 'bad-csv' };
		const [head, ...body] = result.data;
		if (!head) return { ok: false, problem: 'empty' };
		header = head.map((h) => h.trim());
		// Papaparse drops the blank lines it skipped; its row count still tells the line of multi-line cells poorly,
		// so the line is counted from the records: header line 1, each record one line on.
		records = body.map((cells, i) => ({ line: i + 2, values: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])) }));
	}
	if (records.length === 0) return { ok: false, problem: 'empty' };
	if (records.length > MAX_IMPORT_ROWS) return { ok: false, problem: 'too-many-rows' };
	const missing = REQUIRED_COLUMNS[kind].filter((c) => !header.includes(c));
	if (missing.length > 0) return { ok: false, problem: 'missing-columns', columns: missing };
	const known = new Set(COLUMNS[kind]);
	const rows = records.map(({ line, values }) => {
		const out: FormValues = {};
		for (const column of COLUMNS[kind]) {
			let value = cell(values[column]).trim();
			if (LIST_COLUMNS.has(column)) value = value.replace(/[|;]/g, '\n');
			if (BOOLEAN_COLUMNS.has(column)) value = /^(ja|yes|true|1|waar|on)$/i.test(value) ? 'true' : '';
			out[column] = value;
		}
		return { line, values: out };
	});
	return { ok: true, rows, unknownColumns: header.filter((h) => h !== '' && !known.has(h)) };
}

/** A small fixed-width hash (two FNV-1a rounds): the catalogue id of a supplier's offer, stable across imports. */
function hash16(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
		b ^= b >>> 15;
	}
	return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function importOfferId(supplierId: string, externalId: string): string {
	return `${supplierId.slice(0, 63)}-${hash16(`${supplierId}\u0000${externalId}`)}`;
}

/** What an imported offer carries besides the offer: where it came from, so the next import finds it. */
export interface ImportOrigin {
	origin: 'import';
	supplierId: string;
	externalId: string;
}
export type ImportedOffer = Offer & ImportOrigin;

export interface CheckedRow<T> {
	line: number;
	/** The supplier's own id as typed (may be empty on a bad row). */
	externalId: string;
	/** What the row is called in the preview: its title or name, or nothing when missing. */
	label: string;
	/** The catalogue item the row becomes; null when the row has errors. */
	item: { id: string; data: T } | null;
	issues: ImportIssue[];
}

export interface CheckContext {
	/** The provider whose offers the file holds; every row's providerId is this one (or empty). */
	supplierId: string;
	/** Ids of the providers in the catalogue that are not archived. */
	providerIds: ReadonlySet<string>;
}

const GEMEENTE_IDS = new Set<string>(WOONPLAATS_OPTIONS.map((o) => o.id));
const EXTERNAL_ID = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,99}$/u;

function schemaIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): ImportIssue[] {
	const seen = new Set<string>();
	const out: ImportIssue[] = [];
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? '_');
		const key = issue.message.startsWith('catalogue_error_') ? issue.message : 'aanbod_error_invalid';
		if (seen.has(`${field}:${key}`)) continue;
		seen.add(`${field}:${key}`);
		out.push({ field, key });
	}
	return out;
}

function offerReferences(offer: Offer, providerIds: ReadonlySet<string>): ImportIssue[] {
	const issues: ImportIssue[] = [];
	if (!GEMEENTE_IDS.has(offer.gemeenteId)) issues.push({ field: 'gemeenteId', key: 'beheer_aanbod_error_unknown_gemeente' });
	if (offer.kind === 'leerwerktraject' && !providerIds.has(offer.schoolProviderId)) issues.push({ field: 'schoolProviderId', key: 'beheer_aanbod_error_unknown_provider' });
	const unknownRequired = offer.requiredSkills.map((r) => r.skillId).filter((id) => !skillById(id));
	if (unknownRequired.length > 0) issues.push({ field: 'requiredSkills', key: 'beheer_aanbod_error_unknown_skill', params: { ids: [...new Set(unknownRequired)].join(', ') } });
	const unknownTaught = ('skillsTaught' in offer ? offer.skillsTaught : []).filter((id) => !skillById(id));
	if (unknownTaught.length > 0) issues.push({ field: 'skillsTaught', key: 'beheer_aanbod_error_unknown_skill', params: { ids: [...new Set(unknownTaught)].join(', ') } });
	const unknownOccupations = offer.targetOccupationIds.filter((id) => !occupationById(id));
	if (unknownOccupations.length > 0) issues.push({ field: 'targetOccupationIds', key: 'beheer_aanbod_error_unknown_occupation', params: { ids: unknownOccupations.join(', ') } });
	return issues;
}

/** Every row of a supplier's offer file, with all its problems; a supplier id used twice is a problem of the later row. */
export function checkOfferRows(rows: readonly RawRow[], context: CheckContext): CheckedRow<ImportedOffer>[] {
	const seen = new Map<string, number>();
	return rows.map(({ line, values }) => {
		const externalId = values.id ?? '';
		const issues: ImportIssue[] = [];
		if (externalId === '') issues.push({ field: 'id', key: 'catalogue_error_required' });
		else if (!EXTERNAL_ID.test(externalId)) issues.push({ field: 'id', key: 'import_error_external_id' });
		else if (seen.has(externalId)) issues.push({ field: 'id', key: 'import_error_duplicate', params: { line: String(seen.get(externalId)) } });
		else seen.set(externalId, line);
		const providerId = values.providerId || context.supplierId;
		if (providerId !== context.supplierId) issues.push({ field: 'providerId', key: 'import_error_other_provider', params: { id: context.supplierId } });
		const id = importOfferId(context.supplierId, externalId);
		const parsed = offerSchema.safeParse(offerFromForm({ ...values, id, providerId, demo: '' }));
		if (!parsed.success) issues.push(...schemaIssues(parsed.error));
		else issues.push(...offerReferences(parsed.data, context.providerIds));
		const label = values.title ?? '';
		if (issues.length > 0 || !parsed.success) return { line, externalId, label, item: null, issues };
		return { line, externalId, label, item: { id, data: { ...parsed.data, origin: 'import', supplierId: context.supplierId, externalId } }, issues };
	});
}

/** A file of providers: each row's id is the provider's catalogue id. */
export function checkProviderRows(rows: readonly RawRow[]): CheckedRow<Provider>[] {
	const seen = new Map<string, number>();
	return rows.map(({ line, values }) => {
		const id = values.id ?? '';
		const issues: ImportIssue[] = [];
		if (id !== '' && seen.has(id)) issues.push({ field: 'id', key: 'import_error_duplicate', params: { line: String(seen.get(id)) } });
		else if (id !== '') seen.set(id, line);
		const parsed = providerSchema.safeParse(providerFromForm({ ...values, demo: '' }));
		if (!parsed.success) issues.push(...schemaIssues(parsed.error));
		else if (!GEMEENTE_IDS.has(parsed.data.gemeenteId)) issues.push({ field: 'gemeenteId', key: 'beheer_aanbod_error_unknown_gemeente' });
		const label = values.name ?? '';
		if (issues.length > 0 || !parsed.success) return { line, externalId: id, label, item: null, issues };
		return { line, externalId: id, label, item: { id, data: parsed.data }, issues };
	});
}

/** JSON with its keys sorted, so two items compare equal whatever order their fields were written in. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

export interface ExistingItem {
	id: string;
	data: Record<string, unknown>;
	archived: boolean;
}

export interface ImportPlan<T> {
	added: { id: string; data: T }[];
	/** Items whose data differ from the stored one, or that were archived and are in the file again. */
	changed: { id: string; data: T }[];
	unchanged: number;
	/** The supplier's items no longer in the file: archived, not deleted. */
	archived: ExistingItem[];
}

/**
 * Compares the file's valid items with the stored ones. `existing` are the items the same supplier imported
 * before (for providers: the providers with the file's ids); `present` are the ids of every row in the file,
 * valid or not, so a row with an error never archives its offer. Pass `archiveMissing: false` to keep the rest.
 */
export function planImport<T>(
	items: readonly { id: string; data: T }[],
	existing: readonly ExistingItem[],
	present: ReadonlySet<string>,
	archiveMissing = true
): ImportPlan<T> {
	const stored = new Map(existing.map((e) => [e.id, e]));
	const plan: ImportPlan<T> = { added: [], changed: [], unchanged: 0, archived: [] };
	for (const item of items) {
		const current = stored.get(item.id);
		if (!current) plan.added.push(item);
		else {
			const { archived: _archived, ...data } = current.data;
			if (current.archived || stableJson(data) !== stableJson(item.data)) plan.changed.push(item);
			else plan.unchanged++;
		}
	}
	if (archiveMissing) plan.archived = existing.filter((e) => !e.archived && !present.has(e.id));
	return plan;
}

export type RowAction = 'add' | 'change' | 'same' | 'error';

export interface PreviewRow {
	line: number;
	externalId: string;
	label: string;
	action: RowAction;
	/** The problems in the person's language, each with its column. */
	errors: { field: string; message: string }[];
}

export interface ImportCounts {
	rows: number;
	errors: number;
	added: number;
	changed: number;
	unchanged: number;
	archived: number;
}

export type ImportOutcome =
	| { ok: false; problem: FileProblem | 'too-large' | 'unknown-supplier'; message: string }
	| { ok: true; counts: ImportCounts; rows: PreviewRow[]; unknownColumns: string[]; archivedTitles: string[] };

/** A template with two example rows in the requested format, for the download on the format page. */
export function importTemplate(kind: ImportKind, format: ImportFormat, supplierId = 'mijn-aanbieder'): string {
	const rows: Record<string, unknown>[] =
		kind === 'offer'
			? [
					{
						id: 'VCA-2026-01',
						kind: 'cursus',
						title: 'VCA Basis',
						providerId: supplierId,
						gemeenteId: 'enschede',
						modality: 'klassikaal',
						description: 'Tweedaagse cursus veilig werken met examen.',
						targetOccupationIds: [],
						requiredSkills: [],
						labourMarketPerspective: true,
						level: '',
						certificate: 'Diploma VCA Basis',
						skillsTaught: ['veilig-werken-vca'],
						taughtLevel: 2,
						durationWeeks: 1,
						hoursPerWeek: 16,
						costEuros: 295,
						startDates: ['2027-02-01', '2027-03-01']
					},
					{
						id: 'LOG-BBL-3',
						kind: 'opleiding',
						title: 'Logistiek medewerker (mbo 3)',
						providerId: supplierId,
						gemeenteId: 'hengelo',
						modality: 'hybride',
						description: 'Mbo-opleiding logistiek, deels op de werkplek.',
						targetOccupationIds: ['logistiek-medewerker'],
						requiredSkills: [{ skillId: 'nederlands-spreken', minLevel: 2 }],
						labourMarketPerspective: false,
						level: 'mbo-3',
						skillsTaught: ['orderpicken', 'goederen-ontvangen'],
						taughtLevel: 3,
						durationWeeks: 52,
						hoursPerWeek: 8,
						costEuros: 1800,
						startDates: ['2027-09-01']
					}
				]
			: [{ id: supplierId, name: 'Mijn opleider', kind: 'particulier', gemeenteId: 'enschede', website: 'https://www.example.org', description: 'Korte cursussen voor de techniek.' }];
	if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
	const columns = COLUMNS[kind];
	return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[c]))) }, { newline: '\n' })}\n`;
}
