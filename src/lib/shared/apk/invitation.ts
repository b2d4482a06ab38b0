import { z } from 'zod';

/** No 0/O, 1/I/L: residents type the code from a note or a screen. */
export const INVITATION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITATION_CODE_LENGTH = 10;
/** One form post invites at most this many people; bigger lists go in batches. */
export const MAX_INVITATIONS_PER_REQUEST = 200;

/** Upper case without spaces or dashes, so "abcde-fghjk" and "ABCDE FGHJK" are the same code. */
export function normaliseInvitationCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Shown in groups of five, which people read and type back more easily. */
export function formatInvitationCode(code: string): string {
	return code.match(/.{1,5}/g)?.join('-') ?? code;
}

export const invitationCodeSchema = z
	.string({ error: 'apk_error_code' })
	.transform(normaliseInvitationCode)
	.pipe(
		z
			.string()
			.length(INVITATION_CODE_LENGTH, { error: 'apk_error_code' })
			.regex(new RegExp(`^[${INVITATION_CODE_ALPHABET}]+$`), { error: 'apk_error_code' })
	);

export const acceptInvitationSchema = z.object({ code: invitationCodeSchema }).strict();

/** A pasted list: one address per line, or separated by commas, semicolons or spaces. */
export const emailInvitationSchema = z.object({
	emails: z
		.string()
		.max(20_000, { error: 'apk_error_emails_too_many' })
		.transform((text) => [...new Set(text.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))])
		.pipe(
			z
				.array(z.email({ error: 'apk_error_email_invalid' }))
				.min(1, { error: 'apk_error_emails_required' })
				.max(MAX_INVITATIONS_PER_REQUEST, { error: 'apk_error_emails_too_many' })
		)
});

export const codeInvitationSchema = z.object({
	count: z.coerce
		.number({ error: 'apk_error_count' })
		.int({ error: 'apk_error_count' })
		.min(1, { error: 'apk_error_count' })
		.max(50, { error: 'apk_error_count' })
});

/** All an employer ever learns about their invitations. */
export interface InvitationCounts {
	invited: number;
	accepted: number;
	completed: number;
}
