import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * The one place where validation issues become text. Schemas (shared entity specs, forms, the catalogue)
 * carry message keys instead of sentences; this module turns them into the person's language for device
 * forms, server form actions, JSON endpoints and sync refusals alike.
 */

type MessageFn = (inputs?: Record<string, string>, options?: { locale?: Locale }) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** An issue as zod gives it, or as a record-level rule or a sync refusal gives it. */
export interface Issue {
	path: readonly PropertyKey[];
	message: string;
}

export interface IssueOptions {
	/** The language; the current one when left out. */
	locale?: Locale;
	/** Group by the first `depth` path segments (a list item's issues under the list's field). */
	depth?: number;
	/** The key for a message that is not a key (zod's English default); without it the text passes through. */
	fallback?: string;
	/** Leave out repeats of the same text for one field. */
	unique?: boolean;
}

/** Translates one message key (with its `params`); a message that is not a key passes through (or becomes `fallback`). */
export function translate(message: string, locale?: Locale, fallback?: string, params: Record<string, string> = {}): string {
	const fn = messages[message];
	if (typeof fn === 'function') return fn(params, locale ? { locale } : undefined);
	return fallback ? translate(fallback, locale) : message;
}

const issuesOf = (source: z.ZodError | readonly Issue[]): readonly Issue[] => ('issues' in source ? source.issues : source);

/** `{ field: [message, …] }`: every issue of each field, for server forms and JSON answers. */
export function issueMessages(source: z.ZodError | readonly Issue[], options: IssueOptions = {}): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const issue of issuesOf(source)) {
		const path = options.depth === undefined ? issue.path : issue.path.slice(0, options.depth);
		const key = path.map(String).join('.') || '_';
		const text = translate(issue.message, options.locale, options.fallback);
		const list = (out[key] ??= []);
		if (!options.unique || !list.includes(text)) list.push(text);
	}
	return out;
}

/** `{ field: message }`: the first issue of each field, for a form on the device that shows one line per field. */
export function firstIssueMessages(source: z.ZodError | readonly Issue[], options: IssueOptions = {}): Record<string, string> {
	return Object.fromEntries(Object.entries(issueMessages(source, options)).map(([field, list]) => [field, list[0]!]));
}
