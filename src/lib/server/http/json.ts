import { error, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors, nulFieldErrors, translate } from './errors';

/** Largest JSON body an endpoint reads; larger bodies are refused before parsing. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads and validates a JSON body. Anything that is not valid JSON of the right shape ends in a 400
 * with field errors, never in a 500.
 */
export async function parseJson<S extends z.ZodType>(event: RequestEvent, schema: S): Promise<z.output<S>> {
	const locale = getLocale();
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (length > MAX_JSON_BYTES) error(413, { message: translate('error_too_large', locale) });
	let body: unknown;
	try {
		const bytes = await event.request.arrayBuffer();
		if (bytes.byteLength > MAX_JSON_BYTES) error(413, { message: translate('error_too_large', locale) });
		body = JSON.parse(new TextDecoder().decode(bytes));
	} catch (e) {
		if (e && typeof e === 'object' && 'status' in e) throw e;
		error(400, { message: translate('error_bad_json', locale) });
	}
	return validate(body, schema, locale);
}

function validate<S extends z.ZodType>(input: unknown, schema: S, locale: ReturnType<typeof getLocale>): z.output<S> {
	const nul = nulFieldErrors(input, locale);
	if (nul) error(400, { message: translate('error_bad_request', locale), fieldErrors: nul });
	const result = schema.safeParse(input);
	if (!result.success) {
		error(400, { message: translate('error_bad_request', locale), fieldErrors: fieldErrors(result.error, locale) });
	}
	return result.data;
}

export function parseQuery<S extends z.ZodType>(event: RequestEvent, schema: S): z.output<S> {
	return validate(Object.fromEntries(event.url.searchParams), schema, getLocale());
}
