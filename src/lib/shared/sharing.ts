import { z } from 'zod';

/** The parts of a portfolio a resident can share, each on its own (docs/product.md §7.1). */
export const SHARE_SECTIONS = ['profiel', 'skills', 'ervaring', 'opleiding', 'evc', 'apk', 'ontwikkelplan'] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];

export const GRANT_ORIGINS = ['manual', 'gesprek', 'talentpool'] as const;
export type GrantOrigin = (typeof GRANT_ORIGINS)[number];

/** A grant lasts 30 days unless the resident chooses otherwise. */
export const DEFAULT_GRANT_DAYS = 30;
/** Gesprek access lasts one working day by default: long enough to write the verslag afterwards. */
export const GESPREK_HOURS = [2, 24, 168] as const;
export const DEFAULT_GESPREK_HOURS = 24;
/** Durations a resident can give an employer after a contact request. */
export const TALENTPOOL_DAYS = [7, 30, 90] as const;

/** A code is read aloud or typed from a phone screen: no 0/O or 1/I/L to confuse. */
export const GESPREK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const GESPREK_CODE_LENGTH = 8;
export const GESPREK_CODE_MINUTES = 10;

/** `ABCD-EFGH` for reading; the dash and case are ignored when the code is typed back. */
export function formatGesprekCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function normaliseGesprekCode(input: string): string {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const sectionList = z
	.array(z.enum(SHARE_SECTIONS, { error: 'delen_error_sections' }))
	.min(1, { error: 'delen_error_sections' })
	.max(SHARE_SECTIONS.length)
	.transform((list) => [...new Set(list)]);

const oneOf = (allowed: readonly number[]) =>
	z.number({ error: 'delen_error_duration' }).refine((n) => allowed.includes(n), { error: 'delen_error_duration' });

export const gesprekCodeRequestSchema = z.object({
	sections: sectionList,
	hours: oneOf(GESPREK_HOURS)
});

export const gesprekCodeEntrySchema = z.object({
	code: z
		.string({ error: 'gesprek_error_code' })
		.transform(normaliseGesprekCode)
		.refine((code) => code.length === GESPREK_CODE_LENGTH && [...code].every((c) => GESPREK_CODE_ALPHABET.includes(c)), {
			error: 'gesprek_error_code'
		})
});

export const contactAnswerSchema = z.discriminatedUnion('decision', [
	z.object({
		decision: z.literal('accept'),
		sections: sectionList,
		days: oneOf(TALENTPOOL_DAYS)
	}),
	z.object({ decision: z.literal('decline') })
]);

export const suggestionAnswerSchema = z.object({ decision: z.enum(['accept', 'reject']) });

export const talentpoolOptInSchema = z.object({ optIn: z.boolean() });

export interface GrantView {
	id: string;
	granteeName: string;
	granteeKind: 'adviseur' | 'werkgever';
	sections: ShareSection[];
	origin: GrantOrigin;
	createdAt: string;
	expiresAt: string;
	revokedAt: string | null;
	active: boolean;
}

export interface AccessLogView {
	viewerName: string;
	organisationName: string | null;
	section: ShareSection;
	allowed: boolean;
	at: string;
}

export interface NoteView {
	id: string;
	adviserName: string;
	body: string;
	createdAt: string;
}

export interface SuggestionView {
	id: string;
	adviserName: string;
	title: string;
	description: string;
	status: 'open' | 'accepted' | 'rejected';
	createdAt: string;
	decidedAt: string | null;
}

export interface ContactRequestView {
	id: string;
	organisationName: string;
	/** The employer's vacature the request is about, or null when sent from the general talentpool. */
	offerTitle: string | null;
	message: string;
	status: 'open' | 'accepted' | 'declined';
	createdAt: string;
}

/** Everything on the resident's sharing pages, from `GET /api/delen`. */
export interface DelenOverview {
	grants: GrantView[];
	log: AccessLogView[];
	notes: NoteView[];
	suggestions: SuggestionView[];
	requests: ContactRequestView[];
	card: import('./talentpool').TalentCard | null;
}
