import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { issueMessages, translate } from '$lib/shared/issues';

export { translate };

/** `{ field: [message, …] }` in the person's language, for forms and JSON alike. */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
	return issueMessages(error, { locale });
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

/**
 * The path of the first string (value or key) holding U+0000, which PostgreSQL cannot store in text or
 * jsonb; null when there is none. Such input is refused as a field error instead of failing in the database.
 */
export function nulPath(value: unknown, path: (string | number)[] = [], depth = 0): string | null {
	if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '_' : null;
	if (!value || typeof value !== 'object' || depth > 200) return null;
	for (const [key, child] of Object.entries(value)) {
		if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')].join('.') || '_';
		const found = nulPath(child, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
		if (found) return found;
	}
	return null;
}

/** `{ field: [message] }` for a value holding U+0000, or null. */
export function nulFieldErrors(value: unknown, locale: Locale): Record<string, string[]> | null {
	const path = nulPath(value);
	return path ? { [path]: [translate('error_invalid_character', locale)] } : null;
}

/** Whole seconds until `retryAt`, at least 1: the value of a Retry-After header. */
export function retryAfterSeconds(retryAt: Date, now = new Date()): number {
	return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
}

/** "1 minuut" / "12 minuten": how long to wait, rounded up to whole minutes, for a throttle message. */
export function waitText(retryAt: Date, now = new Date()): string {
	const minutes = Math.ceil(retryAfterSeconds(retryAt, now) / 60);
	return minutes === 1 ? m.throttle_wait_one_minute() : m.throttle_wait_minutes({ minutes });
}

/** A 429 problem JSON with its message and a Retry-After header. */
export function tooManyRequests(message: string, retryAt: Date, now = new Date()): Response {
	return json({ message }, { status: 429, headers: { 'retry-after': String(retryAfterSeconds(retryAt, now)) } });
}
