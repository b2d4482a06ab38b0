import { m } from '$lib/paraglide/messages';
import type { EmployerOfferKind, EmployerOfferStatus, SkillImportance } from '$lib/shared/vacatures';

export const OFFER_KIND_LABEL: Record<EmployerOfferKind, () => string> = {
	vacature: m.vacatures_kind_vacature,
	leerwerktraject: m.vacatures_kind_leerwerktraject
};

export const STATUS_LABEL: Record<EmployerOfferStatus, () => string> = {
	open: m.vacatures_status_open,
	gepauzeerd: m.vacatures_status_gepauzeerd,
	gesloten: m.vacatures_status_gesloten
};

export const IMPORTANCE_LABEL: Record<SkillImportance, () => string> = {
	must: m.vacatures_importance_must,
	nice: m.vacatures_importance_nice
};
