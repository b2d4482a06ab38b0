import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

type MessageFn = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** Translates a schema's message key; zod's own (already Dutch) messages pass through. */
export function translate(message: string, locale: Locale): string {
	const fn = (m as unknown as Record<string, MessageFn | undefined>)[message];
	return typeof fn === 'function' ? fn({}, { locale }) : message;
}

/** `{ field: [message, …] }` in the person's language, for forms and JSON alike. */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const issue of error.issues) {
		const key = issue.path.length ? issue.path.join('.') : '_';
		(out[key] ??= []).push(translate(issue.message, locale));
	}
	return out;
}

export function badRequest(error: z.ZodError, locale: Locale): Response {
	return json(
		{ message: translate('error_bad_request', locale), fieldErrors: fieldErrors(error, locale) },
		{ status: 400 }
	);
}

export function problem(status: number, messageKey: string, locale: Locale): Response {
	return json({ message: translate(messageKey, locale) }, { status });
}
