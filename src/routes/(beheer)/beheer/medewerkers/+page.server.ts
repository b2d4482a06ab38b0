import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { deactivateAccount, listStaffAccounts, reactivateAccount, setStaffRoles, StaffError } from '$lib/server/auth/staff';
import { db, type Db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { STAFF_ROLES, staffAccountSchema, staffRolesSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'beheerder');
	const accounts = await listStaffAccounts(await db());
	return {
		selfId: admin.id,
		accounts: accounts.map((a) => ({ ...a, lastSignInAt: a.lastSignInAt?.toISOString() ?? null, deactivatedAt: a.deactivatedAt?.toISOString() ?? null }))
	};
};

const REFUSALS: Record<StaffError['code'], { status: number; message: () => string }> = {
	'not-found': { status: 404, message: m.staff_error_not_found },
	self: { status: 403, message: m.staff_error_self },
	'no-role': { status: 400, message: m.staff_error_no_role }
};

/** Runs one change; a refusal comes back next to the account it was about. */
async function change(id: string, values: Record<string, string>, run: (database: Db) => Promise<void>) {
	const database = await db();
	try {
		await run(database);
	} catch (e) {
		if (!(e instanceof StaffError)) throw e;
		const refusal = REFUSALS[e.code];
		return fail(refusal.status, { values, errors: {} as Record<string, string[]>, message: refusal.message(), refusedId: id });
	}
	const [account] = (await listStaffAccounts(database)).filter((a) => a.id === id);
	return account?.displayName ?? '';
}

export const actions: Actions = {
	deactivate: async (event) => {
		const admin = requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, staffAccountSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await change(parsed.data.id, parsed.values, (database) => deactivateAccount(database, { actorId: admin.id, userId: parsed.data.id }));
		return typeof result === 'string' ? { done: 'deactivated' as const, name: result } : result;
	},
	reactivate: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, staffAccountSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await change(parsed.data.id, parsed.values, (database) => reactivateAccount(database, { userId: parsed.data.id }));
		return typeof result === 'string' ? { done: 'reactivated' as const, name: result } : result;
	},
	roles: async (event) => {
		const admin = requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, staffRolesSchema);
		if (!parsed.ok) return parsed.failure;
		const roles = STAFF_ROLES.filter((role) => parsed.data[role] === 'on');
		const result = await change(parsed.data.id, parsed.values, (database) => setStaffRoles(database, { actorId: admin.id, userId: parsed.data.id, roles }));
		return typeof result === 'string' ? { done: 'roles' as const, name: result } : result;
	}
};
