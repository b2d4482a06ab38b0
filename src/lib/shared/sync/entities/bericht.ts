import { z } from 'zod';
import { defineEntity } from '$lib/shared/sync/entity';

/**
 * What a resident can be told about, each with its own choice of mail and push on the account page. A
 * bericht says only that there is something new and where to look, never what it is: the portfolio itself
 * is the place for that.
 */
export const BERICHT_KINDS = ['validatie', 'suggestie', 'verslag', 'contactverzoek', 'voucher', 'apk', 'aanbod'] as const;
export type BerichtKind = (typeof BERICHT_KINDS)[number];

export const berichtFields = z.object({
	kind: z.enum(BERICHT_KINDS),
	/** When it happened (ISO 8601). */
	at: z.iso.datetime({ offset: true }),
	/** The page in the app where the news is, e.g. `/mijn/skills`. */
	link: z
		.string()
		.max(200)
		.regex(/^\/[a-z0-9/_-]*$/i),
	readAt: z.iso.datetime({ offset: true }).nullable().default(null)
});
export type BerichtValues = z.output<typeof berichtFields>;

/** Written by the server only (role `systeem`); the resident marks it read, or removes it. */
export const berichtEntity = defineEntity({
	name: 'bericht',
	fields: berichtFields,
	writable: { inwoner: ['readAt'], systeem: ['kind', 'at', 'link', 'readAt'] },
	create: ['systeem'],
	delete: ['inwoner', 'systeem']
});
