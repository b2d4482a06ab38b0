export const ROLES = ['inwoner', 'adviseur', 'werkgever', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];
