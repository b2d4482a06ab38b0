import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { requireSectionAccess, sectionsVisibleTo } from '$lib/server/sharing/access';
import { portfolioOfRequest } from '$lib/server/sharing/talentpool';
import { readSharedSections } from '$lib/server/sharing/view';
import type { PageServerLoad } from './$types';

/** What the resident chose to show this employer, each section read through the grant check and logged. */
export const load: PageServerLoad = async (event) => {
	const employer = requireUser(event, 'werkgever');
	const requestId = z.uuid().safeParse(event.params.requestId);
	if (!requestId.success || !employer.organisationId) error(404, { message: m.error_not_found() });
	const database = await db();
	const portfolioId = await portfolioOfRequest(database, { organisationId: employer.organisationId, requestId: requestId.data });
	if (!portfolioId) error(404, { message: m.error_not_found() });
	const visible = await sectionsVisibleTo(database, { viewer: employer, portfolioId });
	if (visible.length === 0) await requireSectionAccess(database, { viewer: employer, portfolioId, section: 'profiel' });
	return { sections: await readSharedSections(database, { viewer: employer, portfolioId, sections: visible }) };
};
