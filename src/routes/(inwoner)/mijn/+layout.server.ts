import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { ownPortfolio } from '$lib/server/sync/access';
import type { LayoutServerLoad } from './$types';

/**
 * Whether the server holds anything of this resident's portfolio yet: a device that has nothing and never
 * synced shows an empty paspoort at once when the server has nothing either, and otherwise waits for its
 * first pull. Read once per page load (it depends on nothing a client-side navigation changes).
 */
export const load: LayoutServerLoad = async (event) => {
	const user = requireUser(event, 'inwoner');
	const own = await ownPortfolio(await db(), user.id);
	return { serverHasPortfolioData: (own?.version ?? 0) > 0 };
};
