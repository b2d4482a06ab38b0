import { z } from 'zod';
import { email } from './account';
import { LOCALES, type AppLocale } from './locale';

/** How long the link to someone outside the app works. */
export const EXTERNAL_VALIDATION_DAYS = 14;
/** Skills one request may ask about. */
export const EXTERNAL_VALIDATION_MAX_SKILLS = 20;

const name = z.string({ error: 'credentials_error_name' }).trim().min(1, { error: 'credentials_error_name' }).max(120, { error: 'paspoort_error_too_long' });

export const publicLinkSchema = z.object({ public: z.boolean() });

/** The public pages: one credential's (`/verifieer/<slug>`) and a CV's (`/verifieer/cv/<slug>`). */
export const credentialPath = (slug: string) => `/verifieer/${slug}`;
export const cvPath = (slug: string) => `/verifieer/cv/${slug}`;

export const validationRequestSchema = z.object({
	name,
	email,
	skillClaimIds: z
		.array(z.uuid())
		.min(1, { error: 'credentials_error_skills' })
		.max(EXTERNAL_VALIDATION_MAX_SKILLS, { error: 'credentials_error_skills' })
		.transform((ids) => [...new Set(ids)]),
	/** The language of the mail and of the page the validator answers on; the resident's own when not given. */
	locale: z.enum(LOCALES, { error: 'credentials_error_locale' }).optional()
});

export const externalAnswerSchema = z.object({
	name,
	role: z.string({ error: 'credentials_error_role' }).trim().min(1, { error: 'credentials_error_role' }).max(120, { error: 'paspoort_error_too_long' })
});

/** The imported file, as the browser read it; JSON inside JSON so any upload reaches the check in words. */
export const importSchema = z.object({ text: z.string().max(512 * 1024, { error: 'error_too_large' }) });

export const VERIFICATION_OUTCOMES = ['valid', 'revoked', 'signature-invalid', 'expired', 'not-yet-valid', 'issuer-unknown', 'unsigned', 'ob2-unverifiable', 'unknown-format'] as const;
export type VerificationOutcomeName = (typeof VERIFICATION_OUTCOMES)[number];

export interface CredentialListItem {
	id: string;
	kind: 'skill' | 'evc' | 'werkproces';
	name: string;
	issuedAt: string;
	revoked: boolean;
	publicPath: string | null;
}

export interface ValidationRequestView {
	id: string;
	validatorName: string;
	validatorEmail: string;
	locale: AppLocale;
	skillIds: string[];
	createdAt: string;
	expiresAt: string;
	answeredAt: string | null;
	answeredName: string | null;
	answeredRole: string | null;
	confirmed: number;
	declined: number;
}

export interface CredentialsOverview {
	credentials: CredentialListItem[];
	/** The CV's verification page (`/verifieer/cv/…`) while the resident keeps that link; null otherwise. */
	cvPath: string | null;
	requests: ValidationRequestView[];
	/** The resident's skill claims that someone outside the app could confirm (not yet gevalideerd). */
	askable: { id: string; skillId: string; level: number; source: string }[];
}

export interface ImportAnswer {
	outcome: VerificationOutcomeName;
	statusChecked: boolean;
	name: string;
	issuerName: string;
	/** The certificate added to the paspoort (only for a valid one). */
	certificateId: string | null;
}
