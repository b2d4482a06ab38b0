import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { createInvitationCodes, emailInvitationsOf, invitationCodesOf, invitationCounts, inviteByEmail, revokeInvitationCode } from '$lib/server/apk/invitations';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { jobs } from '$lib/server/jobs';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/job';
import { codeInvitationSchema, emailInvitationSchema, formatInvitationCode, revokeCodeSchema } from '$lib/shared/apk/invitation';
import type { Actions, PageServerLoad } from './$types';

/**
 * Counts, the handed-out codes and the invitations by mail with how far each got (mailed, not delivered,
 * used). Whether an employee finished the APK is only ever a count, and their answers are never shown.
 */
export const load: PageServerLoad = async (event) => {
	const { organisationId } = requireUser(event, 'werkgever');
	if (!organisationId) return { counts: null, codes: [], emailInvitations: [], origin: event.url.origin };
	const database = await db();
	const codes = await invitationCodesOf(database, organisationId);
	return {
		counts: await invitationCounts(database, organisationId),
		codes: codes.map(({ rawCode, ...c }) => ({ ...c, link: inviteLink(event.url.origin, rawCode) })),
		emailInvitations: await emailInvitationsOf(database, organisationId),
		origin: event.url.origin
	};
};

function organisationOf(event: RequestEvent) {
	const user = requireUser(event, 'werkgever');
	return user.organisationId ? { userId: user.id, organisationId: user.organisationId } : null;
}

/** Same shape as a form failure, so the page shows it where it shows other problems with that form. */
const noOrganisation = () => ({ values: {} as Record<string, string>, errors: {} as Record<string, string[]>, message: m.apk_employer_no_organisation() });

const inviteLink = (origin: string, code: string) => `${origin}/mijn/apk?code=${code}`;

export const actions: Actions = {
	emails: async (event) => {
		const who = organisationOf(event);
		if (!who) return fail(403, { emailForm: noOrganisation() });
		const parsed = await parseForm(event.request, emailInvitationSchema);
		if (!parsed.ok) return fail(400, { emailForm: parsed.failure.data });
		const { created, alreadyInvited } = await inviteByEmail(await db(), { ...who, createdBy: who.userId, emails: parsed.data.emails });
		// Each invitation goes by mail; the links on screen stay as a way to pass them on by hand.
		const queue = await jobs();
		for (const c of created) await queue.send(MAIL_QUEUE, { kind: 'apkInvitation', invitationId: c.id } satisfies MailJob);
		return {
			invited: created.map((c) => ({ email: c.email, code: formatInvitationCode(c.code), link: inviteLink(event.url.origin, c.code) })),
			alreadyInvited
		};
	},
	codes: async (event) => {
		const who = organisationOf(event);
		if (!who) return fail(403, { codeForm: noOrganisation() });
		const parsed = await parseForm(event.request, codeInvitationSchema);
		if (!parsed.ok) return fail(400, { codeForm: parsed.failure.data });
		const codes = await createInvitationCodes(await db(), { ...who, createdBy: who.userId, count: parsed.data.count });
		return { codes: codes.map((code) => ({ code: formatInvitationCode(code), link: inviteLink(event.url.origin, code) })) };
	},
	revoke: async (event) => {
		const who = organisationOf(event);
		if (!who) return fail(403, { revokeForm: noOrganisation() });
		const parsed = await parseForm(event.request, revokeCodeSchema);
		if (!parsed.ok) return fail(400, { revokeForm: parsed.failure.data });
		const database = await db();
		const [row] = (await invitationCodesOf(database, who.organisationId)).filter((c) => c.id === parsed.data.id);
		if (!row || !(await revokeInvitationCode(database, { organisationId: who.organisationId, id: parsed.data.id }))) {
			return fail(409, { revokeForm: { values: parsed.values, errors: {} as Record<string, string[]>, message: m.apk_employer_revoke_gone() } });
		}
		return { revoked: row.code };
	}
};
