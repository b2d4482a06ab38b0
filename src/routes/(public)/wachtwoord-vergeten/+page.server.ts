import { m } from '$lib/paraglide/messages';
import { requestPasswordReset } from '$lib/server/auth/email';
import { db } from '$lib/server/db';
import { waitText } from '$lib/server/http/errors';
import { parseForm, throttledForm } from '$lib/server/http/form';
import { jobs } from '$lib/server/jobs';
import { forgotPasswordSchema } from '$lib/shared/account';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, forgotPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await requestPasswordReset(await db(), await jobs(), { email: parsed.data.email, ip: event.getClientAddress() });
		if (!result.ok) return throttledForm(event, result.retryAt, parsed.values, {}, m.forgot_throttled({ wait: waitText(result.retryAt) }));
		// The same answer whether or not the address has an account.
		return { sent: true, email: parsed.data.email };
	}
};
