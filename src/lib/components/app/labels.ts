import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/shared/roles';

const ROLE_LABELS: Record<Role, () => string> = {
	inwoner: m.role_inwoner,
	adviseur: m.role_adviseur,
	werkgever: m.role_werkgever,
	beheerder: m.role_beheerder,
	aanbieder: m.role_aanbieder
};

export function roleLabel(role: Role): string {
	return ROLE_LABELS[role]();
}
