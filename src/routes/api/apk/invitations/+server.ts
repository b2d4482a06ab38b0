import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { acceptApkInvitation, openInvitationsFor } from '$lib/server/apk/invitations';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { tooManyRequests, waitText } from '$lib/server/http/errors';
import { parseJson } from '$lib/server/http/json';
import { acceptInvitationSchema } from '$lib/shared/apk/invitation';
import type { RequestHandler } from './$types';

/**
 * Employer invitations addressed to the signed-in resident's checked email that are still open; `unchecked`
 * says the address is not checked yet, so invitations to it are not shown.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	return json({ invitations: await openInvitationsFor(await db(), user.id), unchecked: !user.emailVerified });
};

/** Accepts an invitation by its code; the device then links its next (or open) scan to the returned id. */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const { code } = await parseJson(event, acceptInvitationSchema);
	const result = await acceptApkInvitation(await db(), { userId: user.id, code, ip: event.getClientAddress() });
	if (!result.ok) {
		if (result.reason === 'throttled') return tooManyRequests(m.apk_invitation_throttled({ wait: waitText(result.retryAt) }), result.retryAt);
		error(result.reason === 'unknown' ? 404 : 409, {
			message: result.reason === 'unknown' ? m.apk_invitation_unknown() : m.apk_invitation_taken()
		});
	}
	return json({ invitationId: result.invitationId, organisationName: result.organisationName });
};
