export const ROLES = ['inwoner', 'adviseur', 'werkgever', 'beheerder', 'aanbieder'] as const;
export type Role = (typeof ROLES)[number];
