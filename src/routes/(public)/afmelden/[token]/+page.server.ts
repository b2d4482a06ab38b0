import { z } from 'zod';
import { unsubscribe, unsubscribeTarget } from '$lib/server/notify';
import { db } from '$lib/server/db';
import { formError } from '$lib/server/http/form';
import { NOTICE_KINDS } from '$lib/shared/notices';
import type { Actions, PageServerLoad } from './$types';

const kindSchema = z.enum(NOTICE_KINDS);

/**
 * The unsubscribe link of a mail: it works without signing in. Opening it changes nothing (mail scanners
 * open links); the button does, and so does a mail program's one-click POST (RFC 8058) to the same address.
 */
export const load: PageServerLoad = async ({ params, url }) => {
	const kind = kindSchema.safeParse(url.searchParams.get('soort'));
	const valid = kind.success && (await unsubscribeTarget(await db(), params.token)) !== null;
	return { kind: valid && kind.success ? kind.data : null };
};

export const actions: Actions = {
	default: async ({ params, url }) => {
		const kind = kindSchema.safeParse(url.searchParams.get('soort'));
		if (!kind.success || !(await unsubscribe(await db(), params.token, kind.data))) return formError(400, {}, {}, 'invalid');
		return { unsubscribed: kind.data };
	}
};
