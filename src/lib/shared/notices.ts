import { z } from 'zod';
import type { Role } from './roles';
import { BERICHT_KINDS, type BerichtKind } from './sync/entities/bericht';

/**
 * What an adviser or beheerder is told about: work that waits for them. Like a resident's bericht, each says
 * only what kind of work waits and where, never whose or what it is.
 * - `bewijs`: EVC-bewijs (new or changed, or a track signed up for assessment) of a resident who shares EVC with this adviser;
 * - `validatieverzoek`: a new skill to validate, of a resident who shares skills with this adviser;
 * - `aanvraag`: a new voucher aanvraag, which any adviser may pick up (submitting shares it with the advisers);
 * - `fondstoets`: a voucher scholingsplan waiting for the fund's check (beheerders).
 */
export const STAFF_BERICHT_KINDS = ['bewijs', 'validatieverzoek', 'aanvraag', 'fondstoets'] as const;
export type StaffBerichtKind = (typeof STAFF_BERICHT_KINDS)[number];

/** Every kind a person can choose mail and push for. */
export const NOTICE_KINDS = [...BERICHT_KINDS, ...STAFF_BERICHT_KINDS] as const;
export type NoticeKind = BerichtKind | StaffBerichtKind;

export const STAFF_KINDS_BY_ROLE: Partial<Record<Role, readonly StaffBerichtKind[]>> = {
	adviseur: ['bewijs', 'validatieverzoek', 'aanvraag'],
	beheerder: ['fondstoets']
};

/** The staff kinds a person with these roles gets. */
export function staffKindsFor(roles: readonly Role[]): StaffBerichtKind[] {
	return STAFF_BERICHT_KINDS.filter((kind) => roles.some((role) => STAFF_KINDS_BY_ROLE[role]?.includes(kind)));
}

/** The kinds a person with these roles chooses channels for on the account page. */
export function noticeKindsFor(roles: readonly Role[]): NoticeKind[] {
	return [...(roles.includes('inwoner') ? BERICHT_KINDS : []), ...staffKindsFor(roles)];
}

/** Whether these roles get berichten of their own as staff (the `/berichten` page). */
export const hasStaffBerichten = (roles: readonly Role[]) => staffKindsFor(roles).length > 0;

/** Opening one bericht on the staff `/berichten` page. */
export const staffBerichtSchema = z.object({ id: z.uuid({ error: 'error_bad_request' }) });
