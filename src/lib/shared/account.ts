import { z } from 'zod';
import { LOCALES } from './locale';

/**
 * Messages are keys into the message files, so client and server show the same Dutch, English or German
 * text next to the field.
 */
export const email = z
	.string({ error: 'error_email_required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'error_email_required' })
	.max(254, { error: 'error_email_invalid' })
	.pipe(z.email({ error: 'error_email_invalid' }));

export const newPassword = z
	.string({ error: 'error_password_required' })
	.min(10, { error: 'error_password_too_short' })
	.max(200, { error: 'error_password_too_long' });

const password = z
	.string({ error: 'error_password_required' })
	.min(1, { error: 'error_password_required' })
	.max(200, { error: 'error_password_too_long' });

const displayName = z
	.string({ error: 'error_name_required' })
	.trim()
	.min(1, { error: 'error_name_required' })
	.max(120, { error: 'error_name_too_long' });

export const registerSchema = z.object({
	displayName,
	email,
	password: newPassword,
	privacy: z.literal('on', { error: 'error_privacy_required' })
});

export const loginSchema = z.object({ email, password });

export const changePasswordSchema = z
	.object({ currentPassword: password, newPassword, confirmPassword: z.string() })
	.refine((v) => v.newPassword === v.confirmPassword, {
		path: ['confirmPassword'],
		error: 'error_password_mismatch'
	});

export const STAFF_ROLES = ['adviseur', 'werkgever', 'aanbieder', 'beheerder'] as const;

export const invitationSchema = z
	.object({
		email,
		role: z.enum(STAFF_ROLES, { error: 'error_role_required' }),
		// An empty select means "no organisation".
		organisationId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ error: 'error_organisation_required' }).optional())
	})
	.refine((v) => (v.role !== 'werkgever' && v.role !== 'aanbieder') || v.organisationId, {
		path: ['organisationId'],
		error: 'error_organisation_required'
	});

export const acceptInvitationSchema = z.object({ displayName, password: newPassword });

/** A beheerder's action on one staff account (deactivate, reactivate). */
export const staffAccountSchema = z.object({ id: z.uuid({ error: 'staff_error_not_found' }) });

/** The staff roles an account should hold: one checkbox per role, named after it. */
export const staffRolesSchema = z.object({
	id: z.uuid({ error: 'staff_error_not_found' }),
	adviseur: z.literal('on').optional(),
	werkgever: z.literal('on').optional(),
	aanbieder: z.literal('on').optional(),
	beheerder: z.literal('on').optional()
});

export const organisationSchema = z.object({
	name: z
		.string({ error: 'error_name_required' })
		.trim()
		.min(1, { error: 'error_name_required' })
		.max(160, { error: 'error_name_too_long' }),
	kind: z.enum(['werkgever', 'provider'], { error: 'error_kind_required' }),
	/** A provider organisation's provider in the catalogue (empty for an employer). */
	catalogueProviderId: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, { error: 'error_catalogue_provider' }).optional())
});

export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: 'error_locale_invalid' }) });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
	.object({ newPassword, confirmPassword: z.string() })
	.refine((v) => v.newPassword === v.confirmPassword, {
		path: ['confirmPassword'],
		error: 'error_password_mismatch'
	});

/** The six digits from a check mail; spaces and a dash typed along are fine. */
export const verifyCodeSchema = z.object({
	code: z
		.string({ error: 'error_code_required' })
		.transform((v) => v.replace(/[\s-]/g, ''))
		.pipe(z.string().min(1, { error: 'error_code_required' }).regex(/^\d{6}$/, { error: 'error_code_format' }))
});

export const changeEmailSchema = z.object({ email, currentPassword: password });
