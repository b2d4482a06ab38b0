import { requireUser } from '$lib/server/auth/require';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	requireUser(event, 'aanbieder');
};
