import { eq, inArray, or, type SQL } from 'drizzle-orm';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Db } from '$lib/server/db/client';
import { fileObject, portfolio, user } from '$lib/server/db/schema';
import type { FileStorage } from '$lib/server/files/storage';
import { OMITTED_COLUMNS, personalTables, type PersonalTable } from './tables';
import type { AppLocale } from '$lib/shared/locale';
import { occupationById, skillById } from '$lib/data/taxonomy';
import type { StandardIdLookup } from '$lib/shared/standard-ids';
import { standardIds } from '$lib/server/taxonomy/esco';

export type Row = Record<string, unknown>;

export interface Subject {
	userId: string;
	email: string;
	portfolioId: string | null;
}

export async function subjectOf(db: Db, userId: string): Promise<Subject | null> {
	const [found] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId)).limit(1);
	if (!found) return null;
	const [owned] = await db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, userId)).limit(1);
	return { userId, email: found.email, portfolioId: owned?.id ?? null };
}

/** The condition that picks this person's rows of one table, or null when it can have none. */
function condition(entry: PersonalTable, subject: Subject, rowsByTable: Map<string, Row[]>): SQL | null {
	const parts: SQL[] = [];
	for (const link of entry.links) {
		if (link.kind === 'self') parts.push(eq(link.column, subject.userId));
		else if (link.kind === 'portfolio' && subject.portfolioId) parts.push(eq(link.column, subject.portfolioId));
		else if (link.kind === 'user' && link.about) parts.push(eq(link.column, subject.userId));
		else if (link.kind === 'subject') parts.push(inArray(link.column, link.values(subject)));
		else if (link.kind === 'parent') {
			const values = (rowsByTable.get(link.parent) ?? []).map((row) => row[link.parentKey]).filter((v) => v !== null && v !== undefined);
			if (values.length) parts.push(inArray(link.column, values));
		}
	}
	return parts.length ? (or(...parts) ?? null) : null;
}

/** Every row of every table about this person, by table name, as stored (omitted columns left out). */
export async function collectRows(db: Db, subject: Subject): Promise<Map<string, Row[]>> {
	const rowsByTable = new Map<string, Row[]>();
	for (const entry of personalTables()) {
		const where = condition(entry, subject, rowsByTable);
		const rows = where ? ((await db.select().from(entry.table).where(where)) as Row[]) : [];
		rowsByTable.set(entry.name, rows);
	}
	return rowsByTable;
}

/** A row as written to the export: omitted columns removed. */
export function exportedRow(entry: Pick<PersonalTable, 'name' | 'keys'>, row: Row): Row {
	const out: Row = { ...row };
	for (const [column, key] of entry.keys) if (OMITTED_COLUMNS[`${entry.name}.${column}`]) delete out[key];
	return out;
}

/** A file name that stays inside its folder in the ZIP and opens on any system. */
const safeName = (name: string) =>
	[...name]
		.map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
		.join('')
		.replace(/^\.+/, '')
		.slice(0, 120) || 'bestand';

export const EXPORT_README = {
	nl: 'Dit zijn al je gegevens uit Talentpaspoort Twente.\n\ngegevens/: per soort gegevens een JSON-bestand met alle regels over jou.\nbestanden/: je foto\'s en documenten, per bestand een map met de id uit gegevens/file_object.json.\nstandaard-ids.json: de Europese code (ESCO) van je vaardigheden en beroepen, als die bekend is.\n',
	en: 'This is all your data from Talentpaspoort Twente.\n\ngegevens/: one JSON file per kind of data with every record about you.\nbestanden/: your photos and documents, one folder per file named by its id in gegevens/file_object.json.\nstandaard-ids.json: the European code (ESCO) of your skills and occupations, where it is known.\n',
	de: 'Das sind alle Ihre Daten aus Talentpaspoort Twente.\n\ngegevens/: pro Art von Daten eine JSON-Datei mit allen Einträgen über Sie.\nbestanden/: Ihre Fotos und Dokumente, pro Datei ein Ordner mit der ID aus gegevens/file_object.json.\nstandaard-ids.json: der europäische Code (ESCO) Ihrer Fähigkeiten und Berufe, soweit er bekannt ist.\n'
} as const satisfies Record<AppLocale, string>;

export interface StandardIdEntry {
	kind: 'skill' | 'occupation';
	/** Our id, as in skill_claim.skillId, work_experience.occupationId and profile.beroepswensen. */
	id: string;
	label: string;
	escoUri: string | null;
	competentNlId: string | null;
}

/** The standard ids of the skills and occupations in the person's rows, each once; only those with an id. */
export function standardIdEntries(rowsByTable: Map<string, Row[]>, ids: StandardIdLookup): StandardIdEntry[] {
	const skills = new Set<string>();
	const occupations = new Set<string>();
	for (const row of rowsByTable.get('skill_claim') ?? []) if (typeof row.skillId === 'string') skills.add(row.skillId);
	for (const row of rowsByTable.get('work_experience') ?? []) if (typeof row.occupationId === 'string' && row.occupationId) occupations.add(row.occupationId);
	for (const row of rowsByTable.get('profile') ?? []) if (Array.isArray(row.beroepswensen)) for (const id of row.beroepswensen) if (typeof id === 'string') occupations.add(id);
	const out: StandardIdEntry[] = [];
	for (const id of [...skills].sort()) {
		const skill = skillById(id);
		const found = ids('skill', id);
		if (skill && (found.escoUri || found.competentNlId)) out.push({ kind: 'skill', id, label: skill.label, ...found });
	}
	for (const id of [...occupations].sort()) {
		const occupation = occupationById(id);
		const found = ids('occupation', id);
		if (occupation && (found.escoUri || found.competentNlId)) out.push({ kind: 'occupation', id, label: occupation.label, ...found });
	}
	return out;
}

/**
 * The ZIP of "Download al mijn gegevens": `gegevens/<table>.json` for every table about the person (an
 * empty list when there is nothing), `bestanden/<id>/<name>` with the bytes of every file, and
 * `standaard-ids.json` with the ESCO (and CompetentNL) ids of the skills and occupations in those rows.
 */
export async function exportAccount(db: Db, storage: FileStorage, userId: string, locale: AppLocale = 'nl'): Promise<Uint8Array | null> {
	const subject = await subjectOf(db, userId);
	if (!subject) return null;
	const rowsByTable = await collectRows(db, subject);
	const files: Zippable = { 'LEESMIJ.txt': strToU8(EXPORT_README[locale]) };
	const data: Zippable = {};
	for (const entry of personalTables()) {
		const rows = (rowsByTable.get(entry.name) ?? []).map((row) => exportedRow(entry, row));
		data[`${entry.name}.json`] = strToU8(JSON.stringify(rows, null, 2));
	}
	files.gegevens = data;
	files['standaard-ids.json'] = strToU8(JSON.stringify(standardIdEntries(rowsByTable, await standardIds(db)), null, 2));
	const bytes: Zippable = {};
	for (const file of (rowsByTable.get('file_object') ?? []) as (typeof fileObject.$inferSelect)[]) {
		const content = await storage.get(file.sha256);
		if (content) bytes[file.id] = { [safeName(file.name)]: content };
	}
	files.bestanden = bytes;
	// Photos and PDFs are compressed already; a light level keeps large exports quick.
	return zipSync(files, { level: 1 });
}
