import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseJson } from '$lib/server/http/json';
import { afterVoucherSubmitted } from '$lib/server/notify/staff';
import { applicationsOf, submitVoucher, VoucherError } from '$lib/server/vouchers/service';
import { voucherSubmitSchema } from '$lib/shared/voucher/workflow';
import type { RequestHandler } from './$types';

/** The resident's own applications, each with its full status history. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	return json({ applications: await applicationsOf(await db(), user.id) });
};

/** Submits a draft; this shares the application with the regional advisers (the submit screen says so). */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const input = await parseJson(event, voucherSubmitSchema);
	try {
		const database = await db();
		const application = await submitVoucher(database, { id: user.id, name: user.displayName }, input);
		if (application.status === 'aanvraag') await afterVoucherSubmitted(database, application.id);
		return json({ application }, { status: 201 });
	} catch (e) {
		if (e instanceof VoucherError) error(e.status, { message: e.code === 'offer' ? m.voucher_error_offer() : m.error_forbidden() });
		throw e;
	}
};
