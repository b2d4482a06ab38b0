import { importActions } from '$lib/server/catalogue/import-route';
import { ownProvider } from '$lib/server/catalogue/provider-account';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/require';

export const load: PageServerLoad = async (event) => ({ provider: await ownProvider(requireUser(event, 'aanbieder')) });

/** A provider's account imports offers of its own provider only: kind and supplier come from the account. */
export const actions: Actions = importActions({
	authorise: async (event) => ({ fixedSupplier: (await ownProvider(requireUser(event, 'aanbieder'))).id })
});
