import { m } from '$lib/paraglide/messages';
import type { FundingReason } from '$lib/shared/funding/types';

/** The fund's check in staff words: about the applicant, never "je" to the resident. */
const STAFF_REASONS: Partial<Record<FundingReason, () => string>> = {
	'geen-scholing': m.voucher_check_geen_scholing,
	kosteloos: m.voucher_check_kosteloos,
	kansberoep: m.voucher_check_kansberoep,
	arbeidsmarktperspectief: m.voucher_check_perspectief,
	'geen-kansberoep-of-perspectief': m.voucher_check_geen_perspectief,
	'opleidingsniveau-past': m.voucher_check_niveau_past,
	'opleidingsniveau-te-hoog': m.voucher_check_niveau_te_hoog,
	'opleidingsniveau-onbekend': m.voucher_check_niveau_onbekend,
	'woont-in-twente': m.voucher_check_woont_twente,
	'werkt-in-twente': m.voucher_check_werkt_twente,
	'niet-in-twente': m.voucher_check_niet_twente,
	'loopbaangesprek-nodig': m.voucher_check_gesprek,
	'cofinanciering-verplicht': m.voucher_check_cofinanciering
};

/** The conditions that decide the verdict; the process notes (gesprek, co-financing) are not repeated per row. */
const NOTES: readonly FundingReason[] = ['loopbaangesprek-nodig', 'cofinanciering-verplicht'];

export function staffCheckLines(reasons: readonly FundingReason[]): string[] {
	return reasons.filter((r) => !NOTES.includes(r)).map((r) => STAFF_REASONS[r]?.() ?? r);
}
