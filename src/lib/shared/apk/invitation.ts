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

/** The employer withdraws one of their codes. */
export const revokeCodeSchema = z.object({ id: z.uuid({ error: 'apk_employer_revoke_gone' }) });

/** An unused invitation lapses after this many days; the employer can make a new one. */
export const APK_INVITATION_VALID_DAYS = 90;

export const APK_CODE_STATUSES = ['open', 'used', 'expired', 'revoked'] as const;
export type ApkCodeStatus = (typeof APK_CODE_STATUSES)[number];

/** Used wins over everything (the employee has it), then revoked, then expired. */
export function apkCodeStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApkCodeStatus {
	if (row.acceptedAt) return 'used';
	if (row.revokedAt) return 'revoked';
	if (row.expiresAt && row.expiresAt <= now) return 'expired';
	return 'open';
}

/** All an employer learns about their invitations: three numbers, and per handed-out code whether it was used. */
export interface InvitationCounts {
	invited: number;
	accepted: number;
	completed: number;
}
