import { importActions } from '$lib/server/catalogue/import-route';
import { ownProvider } from '$lib/server/catalogue/provider-account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ provider: await ownProvider(event) });

/** A provider's account imports offers of its own provider only: kind and supplier come from the account. */
export const actions: Actions = importActions({
	authorise: async (event) => ({ fixedSupplier: (await ownProvider(event)).id })
});
