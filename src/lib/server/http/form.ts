import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors, nulFieldErrors, retryAfterSeconds } from './errors';

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'confirmPassword']);

/** What the person typed, minus passwords, so a form comes back filled in after an error. */
export function typedValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !SECRET_FIELDS.has(key)) values[key] = value.slice(0, 1000);
	}
	return values;
}

export type FormResult<S extends z.ZodType> =
	| { ok: true; data: z.output<S>; values: Record<string, string> }
	| { ok: false; failure: ReturnType<typeof fail<{ values: Record<string, string>; errors: Record<string, string[]>; message: string }>> };

/** The posted form; a body that does not parse as one (broken multipart, wrong type) reads as an empty form. */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		return new FormData();
	}
}

/** Validates a form post; a failure is a 400 with the typed values and Dutch (or English) field errors. */
export async function parseForm<S extends z.ZodType>(request: Request, schema: S): Promise<FormResult<S>> {
	const form = await readForm(request);
	const values = typedValues(form);
	const input = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string'));
	const nul = nulFieldErrors(input, getLocale());
	if (nul) return { ok: false, failure: fail(400, { values, errors: nul, message: 'form' }) };
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data, values };
	return {
		ok: false,
		failure: fail(400, { values, errors: fieldErrors(result.error, getLocale()), message: 'form' })
	};
}

/**
 * A form refused by a protective counter: status 429 with Retry-After (set through `setHeaders`, since an
 * action returns data, not a response), the typed values, and the message next to a field or above the form.
 */
export function throttledForm(
	event: { setHeaders(headers: Record<string, string>): void },
	retryAt: Date,
	values: Record<string, string>,
	errors: Record<string, string[]>,
	message = 'form'
) {
	event.setHeaders({ 'retry-after': String(retryAfterSeconds(retryAt)) });
	return fail(429, { values, errors, message });
}

export function formError(status: number, values: Record<string, string>, errors: Record<string, string[]>, message = 'form') {
	return fail(status, { values, errors, message });
}

/** For actions that read the form without a schema: a value holding U+0000 is a 400, not a database error. */
export function nulFailure(values: Record<string, string>) {
	const nul = nulFieldErrors(values, getLocale());
	return nul ? formError(400, values, nul) : null;
}
