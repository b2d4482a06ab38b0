import { m } from '$lib/paraglide/messages';
import type { NoticeKind } from '$lib/shared/notices';

/** What a bericht says in the list (and in its mail): only that there is news of this kind. */
export const BERICHT_TEXT: Record<NoticeKind, () => string> = {
	validatie: m.bericht_validatie,
	suggestie: m.bericht_suggestie,
	verslag: m.bericht_verslag,
	contactverzoek: m.bericht_contactverzoek,
	voucher: m.bericht_voucher,
	apk: m.bericht_apk,
	aanbod: m.bericht_aanbod,
	bewijs: m.bericht_bewijs,
	validatieverzoek: m.bericht_validatieverzoek,
	aanvraag: m.bericht_aanvraag,
	fondstoets: m.bericht_fondstoets
};

/** A kind's name where a person chooses what they get by mail. */
export const BERICHT_KIND_LABEL: Record<NoticeKind, () => string> = {
	validatie: m.meldingen_kind_validatie,
	suggestie: m.meldingen_kind_suggestie,
	verslag: m.meldingen_kind_verslag,
	contactverzoek: m.meldingen_kind_contactverzoek,
	voucher: m.meldingen_kind_voucher,
	apk: m.meldingen_kind_apk,
	aanbod: m.meldingen_kind_aanbod,
	bewijs: m.meldingen_kind_bewijs,
	validatieverzoek: m.meldingen_kind_validatieverzoek,
	aanvraag: m.meldingen_kind_aanvraag,
	fondstoets: m.meldingen_kind_fondstoets
};
