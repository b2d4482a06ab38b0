import { m } from '$lib/paraglide/messages';
import type { VerificationOutcomeName } from '$lib/shared/credentials';

const OUTCOME: Record<VerificationOutcomeName, () => string> = {
	valid: m.verify_outcome_valid,
	revoked: m.verify_outcome_revoked,
	'signature-invalid': m.verify_outcome_signature_invalid,
	expired: m.verify_outcome_expired,
	'not-yet-valid': m.verify_outcome_not_yet_valid,
	'issuer-unknown': m.verify_outcome_issuer_unknown,
	unsigned: m.verify_outcome_unsigned,
	'ob2-unverifiable': m.verify_outcome_ob2,
	'unknown-format': m.verify_outcome_unknown_format
};

/** The outcome of a check, in words. */
export function outcomeText(outcome: VerificationOutcomeName): string {
	return OUTCOME[outcome]();
}

export function kindLabel(kind: 'skill' | 'evc' | 'werkproces'): string {
	return kind === 'skill' ? m.credentials_kind_skill() : kind === 'evc' ? m.credentials_kind_evc() : m.credentials_kind_werkproces();
}
