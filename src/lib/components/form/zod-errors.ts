import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';

const messages = m as unknown as Record<string, (() => string) | undefined>;

/** Field errors of a shared schema in the person's language; the schemas carry message keys. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.') || '_';
		out[key] ??= messages[issue.message]?.() ?? issue.message;
	}
	return out;
}
