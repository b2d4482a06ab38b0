import { requireUser } from '$lib/server/auth/require';
import { importActions, importSuppliers } from '$lib/server/catalogue/import-route';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	return { suppliers: await importSuppliers(await db()) };
};

export const actions: Actions = importActions({
	authorise: async (event) => {
		requireUser(event, 'beheerder');
		return { fixedSupplier: null };
	}
});
