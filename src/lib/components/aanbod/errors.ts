import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';

const messages = m as unknown as Record<string, (() => string) | undefined>;

/**
 * Field errors of a shared schema in the person's language. Schemas carry message keys; a check
 * without its own key (zod's English default) gets a plain generic message instead.
 */
export function translateIssues(error: z.ZodError, depth = 1): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const issue of error.issues) {
		const key = issue.path.slice(0, depth).join('.') || '_';
		const text = messages[issue.message]?.() ?? m.aanbod_error_invalid();
		if (!(out[key] ??= []).includes(text)) out[key].push(text);
	}
	return out;
}
