import { homeFor } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ home: locals.user ? homeFor(locals.user.roles) : null });
