import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { IMPORT_FORMATS, IMPORT_KINDS, importTemplate, type ImportFormat, type ImportKind } from '$lib/shared/catalogue-import';
import { db } from '$lib/server/db';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord } from '$lib/server/db/schema';
import { readForm } from '$lib/server/http/form';
import { applyImport, MAX_IMPORT_BYTES, previewImport } from './import';

/**
 * The import page's actions, for the beheerder (any provider, and provider files) and for a provider's own
 * account (its own offers only). `fixedSupplier` decides who may import what: it returns the provider id
 * the person is bound to, or null for a beheerder who chooses.
 */
export interface ImportAccess {
	authorise(event: RequestEvent): Promise<{ fixedSupplier: string | null }>;
}

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/);
const fieldsSchema = z.object({
	kind: z.enum(IMPORT_KINDS, { error: 'import_error_kind' }),
	supplierId: id.or(z.literal('')).default('')
});
const importSchema = fieldsSchema.extend({ format: z.enum(IMPORT_FORMATS), content: z.string().max(MAX_IMPORT_BYTES * 2) });

/** The providers a beheerder can import offers for: the active ones in the catalogue, not employers' own. */
export async function importSuppliers(database: Db): Promise<{ id: string; name: string }[]> {
	const rows = await database
		.select({ id: catalogueRecord.id, data: catalogueRecord.data })
		.from(catalogueRecord)
		.where(
			and(
				eq(catalogueRecord.kind, 'provider'),
				isNull(catalogueRecord.deletedAt),
				sql`coalesce((${catalogueRecord.data}->>'archived')::boolean, false) = false`,
				sql`coalesce(${catalogueRecord.data}->>'origin', '') <> 'werkgever'`
			)
		);
	return rows.map((r) => ({ id: r.id, name: String((r.data as { name?: string }).name ?? r.id) })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

function formatOf(fileName: string): ImportFormat {
	return /\.json$/i.test(fileName) ? 'json' : 'csv';
}

function values(form: FormData) {
	return { kind: String(form.get('kind') ?? ''), supplierId: String(form.get('supplierId') ?? '') };
}

function fieldFailure(status: number, typed: Record<string, string>, errors: Record<string, string[]>) {
	return fail(status, { values: typed, errors, message: 'form' });
}

/** Which kind and supplier the person may import: a provider's account only its own offers. */
function decide(kind: ImportKind, supplierId: string, fixedSupplier: string | null): { kind: ImportKind; supplierId: string | null } | null {
	if (fixedSupplier !== null) return kind === 'offer' ? { kind, supplierId: fixedSupplier } : null;
	return { kind, supplierId: kind === 'offer' ? supplierId : null };
}

export function importActions(access: ImportAccess) {
	return {
		preview: async (event: RequestEvent) => {
			const { fixedSupplier } = await access.authorise(event);
			const form = await readForm(event.request);
			const typed = values(form);
			const fields = fieldsSchema.safeParse(typed);
			if (!fields.success) return fieldFailure(400, typed, { kind: [m.import_error_kind()] });
			const decided = decide(fields.data.kind, fields.data.supplierId, fixedSupplier);
			if (!decided) error(403, { message: m.error_forbidden() });
			if (decided.kind === 'offer' && !decided.supplierId) return fieldFailure(400, typed, { supplierId: [m.import_problem_unknown_supplier()] });
			const file = form.get('file');
			if (!(file instanceof File) || file.size === 0) return fieldFailure(400, typed, { file: [m.import_error_file_required()] });
			if (file.size > MAX_IMPORT_BYTES) return fieldFailure(400, typed, { file: [m.import_problem_too_large()] });
			const text = await file.text();
			const format = formatOf(file.name);
			const outcome = await previewImport(await db(), { ...decided, format, text });
			if (!outcome.ok) return fieldFailure(400, typed, { [outcome.problem === 'unknown-supplier' ? 'supplierId' : 'file']: [outcome.message] });
			return { preview: outcome, pending: { kind: decided.kind, supplierId: decided.supplierId ?? '', format, content: text, fileName: file.name.slice(0, 200) } };
		},
		import: async (event: RequestEvent) => {
			const { fixedSupplier } = await access.authorise(event);
			const form = await readForm(event.request);
			const input = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string'));
			const parsed = importSchema.safeParse(input);
			if (!parsed.success) return fail(400, { message: m.import_problem_changed() });
			const decided = decide(parsed.data.kind, parsed.data.supplierId, fixedSupplier);
			if (!decided) error(403, { message: m.error_forbidden() });
			const outcome = await applyImport(await db(), { ...decided, format: parsed.data.format, text: parsed.data.content });
			if (!outcome.ok) return fail(400, { message: outcome.message });
			return { report: outcome };
		}
	};
}

const TEMPLATE_FILES: Record<string, { kind: ImportKind; format: ImportFormat }> = {
	'aanbod.csv': { kind: 'offer', format: 'csv' },
	'aanbod.json': { kind: 'offer', format: 'json' },
	'aanbieders.csv': { kind: 'provider', format: 'csv' },
	'aanbieders.json': { kind: 'provider', format: 'json' }
};

/** The template downloads: `aanbod.csv`, `aanbod.json`, `aanbieders.csv`, `aanbieders.json`. */
export function templateResponse(file: string, supplierId?: string): Response {
	const template = TEMPLATE_FILES[file];
	if (!Object.hasOwn(TEMPLATE_FILES, file) || !template) error(404, { message: 'not found' });
	const body = importTemplate(template.kind, template.format, supplierId);
	return new Response(body, {
		headers: {
			'content-type': template.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="sjabloon-${file}"`,
			'cache-control': 'no-store'
		}
	});
}
