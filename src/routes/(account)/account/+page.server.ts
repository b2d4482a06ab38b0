import { error } from '@sveltejs/kit';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { AccountError, changePassword } from '$lib/server/auth/accounts';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { requestVerification, verifyEmailByCode } from '$lib/server/auth/email';
import { verifyPassword } from '$lib/server/auth/password';
import { requireUser } from '$lib/server/auth/require';
import { createSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { emailToken, user as userTable } from '$lib/server/db/schema';
import { waitText } from '$lib/server/http/errors';
import { formError, parseForm, readForm, throttledForm } from '$lib/server/http/form';
import { CHANNELS, preferencesOf, setPreference } from '$lib/server/notify';
import { noticeKindsFor } from '$lib/shared/notices';
import { jobs } from '$lib/server/jobs';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/jobs';
import { changeEmailSchema, changePasswordSchema, verifyCodeSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	// A check mail still waiting for its link or code: for the address itself, or for a new one.
	const [pending] = await (await db())
		.select({ email: emailToken.email })
		.from(emailToken)
		.where(and(eq(emailToken.userId, user.id), eq(emailToken.purpose, 'verify'), isNull(emailToken.usedAt), gt(emailToken.expiresAt, new Date())))
		.orderBy(desc(emailToken.createdAt))
		.limit(1);
	// Residents choose for their berichten, advisers and beheerders for the work that waits for them.
	const kinds = noticeKindsFor(user.roles);
	const choices = kinds.length > 0 ? await preferencesOf(await db(), user.id) : [];
	const chosen = (channel: 'mail' | 'push') =>
		Object.fromEntries(kinds.map((kind) => [kind, choices.find((c) => c.kind === kind && c.channel === channel)?.enabled ?? true]));
	return { email: user.email, emailVerified: user.emailVerified, pendingEmail: pending?.email ?? null, kinds, mail: chosen('mail'), push: chosen('push') };
};

export const actions: Actions = {
	/** Which kinds of bericht also come by mail (`mail-<kind>`) and as a push message (`push-<kind>`): a ticked box is on. */
	meldingen: async (event) => {
		const user = requireUser(event);
		const kinds = noticeKindsFor(user.roles);
		if (kinds.length === 0) error(403, { message: m.error_forbidden() });
		const form = await readForm(event.request);
		const database = await db();
		for (const channel of CHANNELS) {
			for (const kind of kinds) await setPreference(database, user.id, kind, channel, form.get(`${channel}-${kind}`) === 'on');
		}
		return { meldingenSaved: true };
	},

	password: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, changePasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		try {
			await changePassword(database, user.id, parsed.data);
		} catch (e) {
			if (e instanceof AccountError && e.code === 'wrong_password') {
				return formError(400, parsed.values, { currentPassword: [m.error_password_wrong()] });
			}
			throw e;
		}
		await (await jobs()).send(MAIL_QUEUE, { kind: 'passwordChanged', userId: user.id } satisfies MailJob);
		// Every session ended with the change; this device gets a fresh one.
		const { token } = await createSession(database, user.id);
		setSessionCookie(event.cookies, token);
		return { passwordChanged: true };
	},

	/** Another check mail for the address (or the new address waiting to be checked). */
	resend: async (event) => {
		const user = requireUser(event);
		const database = await db();
		const [pending] = await database
			.select({ email: emailToken.email })
			.from(emailToken)
			.where(and(eq(emailToken.userId, user.id), eq(emailToken.purpose, 'verify'), isNull(emailToken.usedAt)))
			.orderBy(desc(emailToken.createdAt))
			.limit(1);
		const email = pending?.email ?? user.email;
		if (user.emailVerified && email === user.email) return { resent: email };
		const result = await requestVerification(database, await jobs(), { userId: user.id, email, ip: event.getClientAddress() });
		if (!result.ok) return throttledForm(event, result.retryAt, {}, {}, m.verify_resend_throttled({ wait: waitText(result.retryAt) }));
		return { resent: email };
	},

	code: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, verifyCodeSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await verifyEmailByCode(await db(), user.id, parsed.data.code);
		if (result.ok) return { verified: result.email };
		const message = result.reason === 'attempts' ? m.verify_code_attempts() : result.reason === 'email_taken' ? m.verify_taken() : m.verify_code_wrong();
		return formError(400, parsed.values, { code: [message] });
	},

	/** A new address is used once its check mail has been answered; until then the old one stays. */
	email: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, changeEmailSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		const [found] = await database.select({ passwordHash: userTable.passwordHash }).from(userTable).where(eq(userTable.id, user.id)).limit(1);
		if (!found || !(await verifyPassword(found.passwordHash, parsed.data.currentPassword))) {
			return formError(400, parsed.values, { currentPassword: [m.error_password_wrong()] });
		}
		if (parsed.data.email === user.email) return formError(400, parsed.values, { email: [m.account_email_same()] });
		const [taken] = await database
			.select({ verified: userTable.emailVerifiedAt })
			.from(userTable)
			.where(eq(userTable.email, parsed.data.email))
			.limit(1);
		// The same answer as for a free address when the other account never checked it: that one loses it on checking.
		if (taken?.verified) return formError(400, parsed.values, { email: [m.error_email_taken()] });
		const result = await requestVerification(database, await jobs(), { userId: user.id, email: parsed.data.email, ip: event.getClientAddress() });
		if (!result.ok) return throttledForm(event, result.retryAt, parsed.values, {}, m.verify_resend_throttled({ wait: waitText(result.retryAt) }));
		return { emailRequested: parsed.data.email };
	}
};
