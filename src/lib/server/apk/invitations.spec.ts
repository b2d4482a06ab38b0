import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { apkInvitation, organisation, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { writeEntities, type ServerChange } from '$lib/server/sync/server-write';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { apkAnswerId } from '$lib/shared/apk';
import { newId } from '$lib/shared/id';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db }));

const { acceptApkInvitation, createInvitationCodes, invitationCodesOf, invitationCounts, inviteByEmail, openInvitationsFor, revokeInvitationCode } = await import('./invitations');
const employerPage = await import('../../../routes/(werkgever)/werkgever/apk/+page.server');
const invitationsApi = await import('../../../routes/api/apk/invitations/+server');
const { GET: pull } = await import('../../../routes/api/sync/pull/+server');

let handle: DbHandle;
let organisationId: string;
let employer: SessionUser;

beforeAll(async () => {
	handle = shared.handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => {
	await resetSyncTables(handle.db);
	await handle.db.delete(organisation);
	organisationId = newId();
	await handle.db.insert(organisation).values({ id: organisationId, name: 'Demo Metaalbewerking Hengelo B.V.', kind: 'werkgever' });
	const { userId } = await makeUser(handle.db, ['werkgever']);
	await handle.db.update(user).set({ organisationId }).where(eq(user.id, userId));
	employer = sessionUser(userId, ['werkgever'], organisationId);
});

function sessionUser(id: string, roles: SessionUser['roles'], organisationId: string | null = null): SessionUser {
	return { id, email: `${id}@example.nl`, displayName: 'Test', roles, organisationId, locale: 'nl', emailVerified: true };
}

/** A resident's scan as the device pushes it: the scan, every answer as its own record, then completion. */
async function syncScan(resident: { userId: string; portfolioId: string }, input: { invitationId: string | null; complete: boolean }) {
	const scanId = newId();
	const answers: [string, number | boolean | string][] = [
		['werkvermogen.aankunnen', 2],
		['arbeidsmarkt.zoekduur', 'langer']
	];
	const changes: ServerChange[] = [
		{
			entity: 'apkScan',
			entityId: scanId,
			op: 'create',
			patch: { modelVersion: 'apk-2026.1', startedAt: '2026-03-01T10:00:00.000Z', invitationId: input.invitationId },
			baseVersion: 0
		}
	];
	for (const [questionId, value] of answers) {
		changes.push({ entity: 'apkAnswer', entityId: await apkAnswerId(scanId, questionId), op: 'create', patch: { scanId, questionId, value }, baseVersion: 0 });
	}
	if (input.complete) {
		changes.push({ entity: 'apkScan', entityId: scanId, op: 'patch', patch: { status: 'completed', completedAt: '2026-03-01T10:12:00.000Z', outlook: 'krimp' }, baseVersion: 0 });
	}
	await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, changes);
	return scanId;
}

type Handler = (event: never) => unknown;

/** Runs a load, action or endpoint the way SvelteKit does; errors come back as their status and body. */
async function call(handler: Handler, init: { user: SessionUser | null; url?: string; method?: string; body?: unknown; form?: Record<string, string> }) {
	const url = new URL(init.url ?? '/', 'http://localhost');
	const request = init.form
		? new Request(url, { method: 'POST', body: new URLSearchParams(init.form) })
		: new Request(url, init.body === undefined ? {} : { method: 'POST', body: JSON.stringify(init.body) });
	try {
		const out = await handler({ request, url, locals: { user: init.user, sessionId: null }, params: {}, getClientAddress: () => '192.0.2.10', setHeaders: () => {} } as never);
		if (out instanceof Response) return { status: out.status, body: await out.json() };
		return { status: 200, body: out };
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, body: e.body };
		throw e;
	}
}

describe('APK invitations', () => {
	it('are accepted by code, and completed once the resident’s linked scan arrives completed', async () => {
		const [code] = await createInvitationCodes(handle.db, { organisationId, createdBy: employer.id, count: 1 });
		const resident = await makeResident(handle.db);
		expect(await invitationCounts(handle.db, organisationId)).toEqual({ invited: 1, accepted: 0, completed: 0 });

		const accepted = await acceptApkInvitation(handle.db, { userId: resident.userId, code: code!, ip: '192.0.2.10' });
		expect(accepted).toMatchObject({ ok: true, organisationName: 'Demo Metaalbewerking Hengelo B.V.' });
		if (!accepted.ok) return;
		expect(await invitationCounts(handle.db, organisationId)).toEqual({ invited: 1, accepted: 1, completed: 0 });

		// Half-way is not completed; the scan counts from the moment it syncs as completed.
		await syncScan(resident, { invitationId: accepted.invitationId, complete: false });
		expect(await invitationCounts(handle.db, organisationId)).toEqual({ invited: 1, accepted: 1, completed: 0 });
		await syncScan(resident, { invitationId: accepted.invitationId, complete: true });
		expect(await invitationCounts(handle.db, organisationId)).toEqual({ invited: 1, accepted: 1, completed: 1 });
	});

	it('refuses a code someone else accepted, but lets the same resident accept twice', async () => {
		const [code] = await createInvitationCodes(handle.db, { organisationId, createdBy: employer.id, count: 1 });
		const first = await makeResident(handle.db);
		const second = await makeResident(handle.db);
		const once = await acceptApkInvitation(handle.db, { userId: first.userId, code: code!, ip: '192.0.2.10' });
		expect(await acceptApkInvitation(handle.db, { userId: first.userId, code: code!, ip: '192.0.2.10' })).toEqual(once);
		expect(await acceptApkInvitation(handle.db, { userId: second.userId, code: code!, ip: '192.0.2.10' })).toEqual({ ok: false, reason: 'taken' });
		expect(await acceptApkInvitation(handle.db, { userId: second.userId, code: 'ZZZZZZZZZZ', ip: '192.0.2.10' })).toEqual({ ok: false, reason: 'unknown' });
	});

	it('does not count a completed scan that another resident linked to the invitation', async () => {
		const [code] = await createInvitationCodes(handle.db, { organisationId, createdBy: employer.id, count: 1 });
		const invited = await makeResident(handle.db);
		const other = await makeResident(handle.db);
		const accepted = await acceptApkInvitation(handle.db, { userId: invited.userId, code: code!, ip: '192.0.2.10' });
		if (!accepted.ok) throw new Error('not accepted');
		await syncScan(other, { invitationId: accepted.invitationId, complete: true });
		expect(await invitationCounts(handle.db, organisationId)).toEqual({ invited: 1, accepted: 1, completed: 0 });
	});

	it('shows email invitations to the resident with that address, and does not invite an open address twice', async () => {
		const resident = await makeResident(handle.db);
		const email = `${resident.userId}@example.nl`;
		const first = await inviteByEmail(handle.db, { organisationId, createdBy: employer.id, emails: [email, 'collega@example.nl'] });
		expect(first.created).toHaveLength(2);
		const again = await inviteByEmail(handle.db, { organisationId, createdBy: employer.id, emails: [email] });
		expect(again).toEqual({ created: [], alreadyInvited: 1 });

		// Not before the resident has checked the address: until then it may be someone else's.
		expect(await openInvitationsFor(handle.db, resident.userId)).toEqual([]);
		const unchecked = await call(invitationsApi.GET as Handler, { user: { ...sessionUser(resident.userId, ['inwoner']), emailVerified: false }, url: '/api/apk/invitations' });
		expect(unchecked.body).toEqual({ invitations: [], unchecked: true });
		await handle.db.update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, resident.userId));

		const mine = await openInvitationsFor(handle.db, resident.userId);
		expect(mine).toEqual([{ code: first.created[0]!.code, organisationName: 'Demo Metaalbewerking Hengelo B.V.' }]);
		await acceptApkInvitation(handle.db, { userId: resident.userId, code: mine[0]!.code, ip: '192.0.2.10' });
		expect(await openInvitationsFor(handle.db, resident.userId)).toEqual([]);
	});
});

describe('the employer’s list of codes', () => {
	it('shows each handed-out code as open, used, expired or revoked; revoked and expired codes are refused', async () => {
		const [used, revoked, lapsed, open] = await createInvitationCodes(handle.db, { organisationId, createdBy: employer.id, count: 4 });
		await inviteByEmail(handle.db, { organisationId, createdBy: employer.id, emails: ['medewerker@example.nl'] });
		const resident = await makeResident(handle.db);
		expect(await acceptApkInvitation(handle.db, { userId: resident.userId, code: used!, ip: '192.0.2.20' })).toMatchObject({ ok: true });
		const idOf = async (code: string) => (await handle.db.select().from(apkInvitation).where(eq(apkInvitation.code, code)))[0]!.id;
		expect(await revokeInvitationCode(handle.db, { organisationId, id: await idOf(revoked!) })).toBe(true);
		// A used code stays, and another organisation's code is not this one's to revoke.
		expect(await revokeInvitationCode(handle.db, { organisationId, id: await idOf(used!) })).toBe(false);
		expect(await revokeInvitationCode(handle.db, { organisationId: newId(), id: await idOf(open!) })).toBe(false);
		await handle.db.update(apkInvitation).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apkInvitation.code, lapsed!));

		const list = await invitationCodesOf(handle.db, organisationId);
		// The email invitation is not a code to hand out: it is not listed.
		expect(list).toHaveLength(4);
		const statusOf = (code: string) => list.find((c) => c.rawCode === code)?.status;
		expect([statusOf(used!), statusOf(revoked!), statusOf(lapsed!), statusOf(open!)]).toEqual(['used', 'revoked', 'expired', 'open']);

		const other = await makeResident(handle.db);
		expect(await acceptApkInvitation(handle.db, { userId: other.userId, code: revoked!, ip: '192.0.2.21' })).toEqual({ ok: false, reason: 'unknown' });
		expect(await acceptApkInvitation(handle.db, { userId: other.userId, code: lapsed!, ip: '192.0.2.21' })).toEqual({ ok: false, reason: 'unknown' });
		expect(await acceptApkInvitation(handle.db, { userId: other.userId, code: open!, ip: '192.0.2.21' })).toMatchObject({ ok: true });
	});
});

describe('what the employer can reach', () => {
	it('the employer page returns three counts and, per code, only whether it was used, also after a completed scan', async () => {
		const invited = await call(employerPage.actions.codes as Handler, { user: employer, url: '/werkgever/apk?/codes', form: { count: '1' } });
		const code = (invited.body as { codes: { code: string }[] }).codes[0]!.code;
		const resident = await makeResident(handle.db);
		const accepted = await call(invitationsApi.POST as Handler, { user: sessionUser(resident.userId, ['inwoner']), body: { code } });
		expect(accepted.status).toBe(200);
		await syncScan(resident, { invitationId: accepted.body.invitationId, complete: true });

		const page = await call(employerPage.load as Handler, { user: employer, url: '/werkgever/apk' });
		const body = page.body as { counts: unknown; codes: Record<string, unknown>[]; emailInvitations: unknown[]; origin: string };
		expect(Object.keys(body).sort()).toEqual(['codes', 'counts', 'emailInvitations', 'origin']);
		expect(body.emailInvitations).toEqual([]);
		expect(body.counts).toEqual({ invited: 1, accepted: 1, completed: 1 });
		// Per handed-out code only whether it was used, never by whom or when.
		expect(body.codes.map((c) => [Object.keys(c).sort(), c.status])).toEqual([[['code', 'createdAt', 'expiresAt', 'id', 'link', 'status'], 'used']]);
		const text = JSON.stringify(page.body);
		for (const leak of ['werkvermogen', 'zoekduur', 'langer', 'krimp', 'groen', 'oranje', 'rood', 'score', resident.userId]) {
			expect(text).not.toContain(leak);
		}
		// The invitation row itself carries no answers either: only who accepted and when.
		const [row] = await handle.db.select().from(apkInvitation);
		expect(Object.keys(row!).sort()).toEqual(['acceptedAt', 'acceptedBy', 'code', 'completedAt', 'createdAt', 'createdBy', 'email', 'expiresAt', 'id', 'mailSentAt', 'mailStatus', 'organisationId', 'revokedAt']);
	});

	it('refuses the employer the resident’s synced data and the resident-side invitation endpoints', async () => {
		const resident = await makeResident(handle.db);
		await syncScan(resident, { invitationId: null, complete: true });
		expect((await call(pull as Handler, { user: employer, url: '/api/sync/pull?since=0' })).status).toBe(403);
		expect((await call(invitationsApi.GET as Handler, { user: employer, url: '/api/apk/invitations' })).status).toBe(403);
		expect((await call(invitationsApi.POST as Handler, { user: employer, body: { code: 'ABCDE23456' } })).status).toBe(403);
	});

	it('refuses the employer pages and actions to a resident, and invalid input with field errors', async () => {
		const resident = sessionUser((await makeResident(handle.db)).userId, ['inwoner']);
		expect((await call(employerPage.load as Handler, { user: resident })).status).toBe(403);
		expect((await call(employerPage.actions.codes as Handler, { user: resident, form: { count: '1' } })).status).toBe(403);
		const bad = await call(employerPage.actions.emails as Handler, { user: employer, form: { emails: 'a@example.nl, geen-adres' } });
		expect(bad.body).toMatchObject({ status: 400, data: { emailForm: { errors: { 'emails.1': ['Eén of meer e-mailadressen kloppen niet.'] } } } });
		expect(await invitationCounts(handle.db, organisationId)).toEqual({ invited: 0, accepted: 0, completed: 0 });
	});
});
