import { m } from '$lib/paraglide/messages';
import type { BerichtKind } from '$lib/shared/sync/entities/bericht';

/** What a bericht says in the list (and in its mail): only that there is news of this kind. */
export const BERICHT_TEXT: Record<BerichtKind, () => string> = {
	validatie: m.bericht_validatie,
	suggestie: m.bericht_suggestie,
	verslag: m.bericht_verslag,
	contactverzoek: m.bericht_contactverzoek,
	voucher: m.bericht_voucher,
	apk: m.bericht_apk,
	aanbod: m.bericht_aanbod
};

/** A kind's name where a person chooses what they get by mail. */
export const BERICHT_KIND_LABEL: Record<BerichtKind, () => string> = {
	validatie: m.meldingen_kind_validatie,
	suggestie: m.meldingen_kind_suggestie,
	verslag: m.meldingen_kind_verslag,
	contactverzoek: m.meldingen_kind_contactverzoek,
	voucher: m.meldingen_kind_voucher,
	apk: m.meldingen_kind_apk,
	aanbod: m.meldingen_kind_aanbod
};
