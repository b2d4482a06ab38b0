import { eq } from 'drizzle-orm';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { organisation } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId } = requireUser(event, 'werkgever');
	if (!organisationId) return { organisationName: null };
	const [org] = await (await db()).select({ name: organisation.name }).from(organisation).where(eq(organisation.id, organisationId));
	return { organisationName: org?.name ?? null };
};
