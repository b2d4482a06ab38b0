import { dateLocale, formatDate as sharedDate, formatDateTime as sharedDateTime } from '$lib/shared/dates';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { intlTag } from '$lib/shared/locale';
import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { occupationById, skillById } from '$lib/data/taxonomy';
import type { FundingReason } from '$lib/shared/funding/types';
import type { Modality, OfferKind } from '$lib/shared/matching/catalogue-schema';
import type { MatchReason } from '$lib/shared/matching/types';
import type { PlanOrigin, PlanStatus } from '$lib/shared/sync/entities/aanbod';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

const en = () => getLocale() === 'en';

export function skillName(id: string): string {
	const skill = skillById(id);
	return skill ? (en() ? skill.labelEn : skill.label) : id;
}

export function occupationName(id: string): string {
	const occupation = occupationById(id);
	return occupation ? (en() ? occupation.labelEn : occupation.label) : id;
}

export function gemeenteName(id: string): string {
	return WOONPLAATS_OPTIONS.find((o) => o.id === id)?.name ?? id;
}

const LEVELS: Record<string, () => string> = {
	'geen-startkwalificatie': m.aanbod_level_geen,
	'mbo-1': () => m.aanbod_level_mbo({ n: 1 }),
	'mbo-2': () => m.aanbod_level_mbo({ n: 2 }),
	'mbo-3': () => m.aanbod_level_mbo({ n: 3 }),
	'mbo-4': () => m.aanbod_level_mbo({ n: 4 }),
	'havo-vwo': m.aanbod_level_havo_vwo,
	hbo: m.aanbod_level_hbo,
	wo: m.aanbod_level_wo
};

export function levelName(level: string): string {
	return LEVELS[level]?.() ?? level;
}

export const OFFER_KIND_LABELS: Record<OfferKind, () => string> = {
	opleiding: m.aanbod_kind_opleiding,
	cursus: m.aanbod_kind_cursus,
	vacature: m.aanbod_kind_vacature,
	leerwerktraject: m.aanbod_kind_leerwerktraject,
	loopbaangesprek: m.aanbod_kind_loopbaangesprek,
	workshop: m.aanbod_kind_workshop
};

export const MODALITY_LABELS: Record<Modality, () => string> = {
	klassikaal: m.aanbod_modality_klassikaal,
	online: m.aanbod_modality_online,
	hybride: m.aanbod_modality_hybride,
	werkplek: m.aanbod_modality_werkplek
};

export function formatDate(iso: string): string {
	return sharedDate(iso, dateLocale());
}

export function formatDateTime(iso: string | Date): string {
	return sharedDateTime(iso, dateLocale());
}

export function formatEuros(euros: number): string {
	return new Intl.NumberFormat(intlTag(getLocale()), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}

/** One plain sentence per reason the ranking used, so a resident can see why an offer is where it is. */
export function reasonText(reason: MatchReason): string {
	switch (reason.code) {
		case 'beroepswens':
			return m.aanbod_reason_beroepswens({ occupation: occupationName(reason.occupationId) });
		case 'skills-matched':
			return m.aanbod_reason_skills_matched({ matched: reason.matched, required: reason.required });
		case 'skills-confirmed':
			return m.aanbod_reason_skills_confirmed({ count: reason.count });
		case 'skills-missing':
			return m.aanbod_reason_skills_missing({ count: reason.count });
		case 'no-entry-requirements':
			return m.aanbod_reason_no_entry();
		case 'entry-missing':
			return m.aanbod_reason_entry_missing({ count: reason.count });
		case 'licence-missing':
			return m.aanbod_reason_licence_missing({ skill: skillName(reason.skillId) });
		case 'teaches-nothing-new':
			return m.aanbod_reason_nothing_new();
		case 'teaches-wish-skills':
			return m.aanbod_reason_teaches_wish({ count: reason.skillIds.length });
		case 'closes-near-job':
			return m.aanbod_reason_closes_near_job({ skills: reason.skillIds.map(skillName).join(', ') });
		case 'own-sector':
			return reason.occupationId === null ? m.aanbod_reason_own_skills() : m.aanbod_reason_own_sector({ occupation: occupationName(reason.occupationId) });
		case 'kansberoep':
			return m.aanbod_reason_kansberoep({ occupation: occupationName(reason.occupationId) });
		case 'krimp':
			return m.aanbod_reason_krimp({ occupation: occupationName(reason.occupationId) });
		case 'education-one-below':
			return m.aanbod_reason_education_one_below({ required: levelName(reason.required), have: levelName(reason.have) });
		case 'education-below-required':
			return m.aanbod_reason_education_below({ required: levelName(reason.required), have: levelName(reason.have) });
		case 'level-above-reach':
			return m.aanbod_reason_level_above({ level: levelName(reason.level) });
		case 'level-fits':
			return reason.level === null ? m.aanbod_reason_level_open() : m.aanbod_reason_level_fits({ level: levelName(reason.level) });
		case 'free':
			return m.aanbod_reason_free();
		case 'guidance-base':
			return m.aanbod_reason_guidance_base();
		case 'guidance-no-wish':
			return m.aanbod_reason_guidance_no_wish();
		case 'close-by':
			return m.aanbod_reason_close_by({ minutes: reason.minutes });
		case 'travel':
			return m.aanbod_reason_travel({ minutes: reason.minutes });
		case 'travel-unknown':
			return m.aanbod_reason_travel_unknown();
		case 'online':
			return m.aanbod_reason_online();
		case 'next-start':
			return m.aanbod_reason_next_start({ date: formatDate(reason.date) });
	}
}

/** The points of one reason as the card shows them: "+12 punten", "-5 punten"; null for a reason worth nothing. */
export function reasonPoints(reason: MatchReason): string | null {
	if (reason.points === 0) return null;
	return m.aanbod_reason_points({ points: reason.points > 0 ? `+${reason.points}` : `${reason.points}` });
}

const FUNDING_REASONS: Record<FundingReason, () => string> = {
	'geen-scholing': m.aanbod_funding_reason_geen_scholing,
	kosteloos: m.aanbod_funding_reason_kosteloos,
	kansberoep: m.aanbod_funding_reason_kansberoep,
	arbeidsmarktperspectief: m.aanbod_funding_reason_perspectief,
	'geen-kansberoep-of-perspectief': m.aanbod_funding_reason_geen_perspectief,
	'opleidingsniveau-past': m.aanbod_funding_reason_niveau_past,
	'opleidingsniveau-te-hoog': m.aanbod_funding_reason_niveau_te_hoog,
	'opleidingsniveau-onbekend': m.aanbod_funding_reason_niveau_onbekend,
	'woont-in-twente': m.aanbod_funding_reason_woont_twente,
	'werkt-in-twente': m.aanbod_funding_reason_werkt_twente,
	'niet-in-twente': m.aanbod_funding_reason_niet_twente,
	'loopbaangesprek-nodig': m.aanbod_funding_reason_gesprek,
	'cofinanciering-verplicht': m.aanbod_funding_reason_cofinanciering,
	'in-loondienst': m.aanbod_funding_reason_loondienst,
	'werkgever-nodig': m.aanbod_funding_reason_werkgever_nodig,
	'werkgever-vraagt-aan': m.aanbod_funding_reason_werkgever_vraagt,
	'regeling-open': m.aanbod_funding_reason_open,
	'regeling-gesloten': m.aanbod_funding_reason_gesloten,
	'voorwaarden-bij-uitvoerder': m.aanbod_funding_reason_uitvoerder
};

export function fundingReasonText(reason: FundingReason): string {
	return FUNDING_REASONS[reason]();
}

export const PLAN_STATUS_LABELS: Record<PlanStatus, () => string> = {
	open: m.plan_status_open,
	bezig: m.plan_status_bezig,
	klaar: m.plan_status_klaar
};

export const PLAN_ORIGIN_LABELS: Record<PlanOrigin, () => string> = {
	apk: m.plan_origin_apk,
	matching: m.plan_origin_matching,
	gesprek: m.plan_origin_gesprek,
	zelf: m.plan_origin_zelf
};

const VOUCHER_STATUS: Record<string, () => string> = {
	aanvraag: m.voucher_status_aanvraag,
	loopbaangesprek: m.voucher_status_loopbaangesprek,
	scholingsplan: m.voucher_status_scholingsplan,
	goedgekeurd: m.voucher_status_goedgekeurd,
	afgewezen: m.voucher_status_afgewezen,
	cheque: m.voucher_status_cheque,
	betaald: m.voucher_status_betaald
};

export function voucherStatusLabel(status: string): string {
	return VOUCHER_STATUS[status]?.() ?? status;
}

/** Shown next to every matched skill: a self-declared skill must never look like a validated one. */
export const SOURCE_LABELS: Record<SkillSource, () => string> = {
	zelf: m.aanbod_source_zelf,
	bewijs: m.aanbod_source_bewijs,
	gevalideerd: m.aanbod_source_gevalideerd,
	certificaat: m.aanbod_source_certificaat
};
