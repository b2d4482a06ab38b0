import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { portfolioSync, skillClaim } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db }));

const { POST: push } = await import('./push/+server');
const { GET: pull } = await import('./pull/+server');
const { GET: catalogue } = await import('./catalogue/+server');
const { writeCatalogue } = await import('$lib/server/sync/catalogue');

let handle: DbHandle;
let resident: { userId: string; portfolioId: string };

beforeAll(async () => {
	handle = shared.handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => {
	await resetSyncTables(handle.db);
	resident = await makeResident(handle.db);
});

const sessionUser = (id: string, roles: SessionUser['roles'] = ['inwoner']): SessionUser => ({
	id,
	email: `${id}@example.nl`,
	displayName: 'Test',
	roles,
	organisationId: null,
	locale: 'nl',
	emailVerified: true
});

type Handler = (event: never) => Response | Promise<Response>;

/** Calls a handler the way SvelteKit does and returns status and JSON, errors included. */
async function call(handler: Handler, init: { url: string; user: SessionUser | null; body?: unknown }) {
	const url = new URL(init.url, 'http://localhost');
	const request = new Request(url, init.body === undefined ? {} : { method: 'POST', body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) });
	try {
		const response = await handler({ request, url, locals: { user: init.user, sessionId: null } } as never);
		return { status: response.status, body: await response.json() };
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, body: e.body };
		throw e;
	}
}

const claimCreate = (patch: Record<string, unknown> = {}) => ({
	mutationId: 1,
	entity: 'skillClaim',
	entityId: newId(),
	op: 'create',
	patch: { skillId: 'lassen', level: 2, ...patch },
	baseVersion: 0
});

async function unchanged() {
	const [sync] = await handle.db.select().from(portfolioSync).where(eq(portfolioSync.portfolioId, resident.portfolioId));
	expect(sync!.version).toBe(0);
	expect(await handle.db.select().from(skillClaim)).toEqual([]);
}

describe('POST /api/sync/push', () => {
	it('accepts the resident’s own mutations and pull returns them', async () => {
		const user = sessionUser(resident.userId);
		const mutation = claimCreate();
		const pushed = await call(push, { url: '/api/sync/push', user, body: { clientId: newId(), portfolioId: resident.portfolioId, mutations: [mutation] } });
		expect(pushed).toEqual({ status: 200, body: { lastMutationId: 1, version: 1, conflicts: [] } });
		const pulled = await call(pull, { url: '/api/sync/pull?since=0', user });
		expect(pulled.status).toBe(200);
		expect(pulled.body).toMatchObject({ portfolioId: resident.portfolioId, cursor: 1, hasMore: false });
		expect(pulled.body.records.map((r: { id: string }) => r.id)).toEqual([mutation.entityId]);
	});

	it.each([
		['not JSON', '{"clientId":'],
		['mutations out of order', { clientId: newId(), portfolioId: '', mutations: [{ ...claimCreate(), mutationId: 2 }, claimCreate()] }],
		['a mutation that is not a mutation', { clientId: newId(), portfolioId: '', mutations: [{ ...claimCreate(), entityId: 'x' }] }]
	])('refuses %s with 400 and changes nothing', async (_, raw) => {
		const bodyText = typeof raw === 'string' ? raw : JSON.stringify({ ...raw, portfolioId: resident.portfolioId });
		const answer = await call(push, { url: '/api/sync/push', user: sessionUser(resident.userId), body: bodyText });
		expect(answer.status).toBe(400);
		await unchanged();
	});

	it.each([
		['an unknown entity', { ...claimCreate(), entity: 'salary' }, null, 'Dit soort gegevens kennen we niet.'],
		['an unknown field', claimCreate({ hourlyWage: 30 }), null, null],
		['a level out of range', claimCreate({ level: 9 }), 'level', null],
		['a skill id the taxonomy cannot have', claimCreate({ skillId: 'Lassen <b>' }), 'skillId', null],
		['a delete with fields', { ...claimCreate(), op: 'delete' }, null, null],
		['a field the resident may not write', claimCreate({ source: 'gevalideerd' }), 'source', 'Je mag dit veld niet wijzigen.']
	])('refuses %s on its own, says why, and applies the mutations after it', async (_, refused, field, message) => {
		const user = sessionUser(resident.userId);
		const after = { ...claimCreate(), mutationId: 2 };
		const answer = await call(push, { url: '/api/sync/push', user, body: { clientId: newId(), portfolioId: resident.portfolioId, mutations: [refused, after] } });
		expect(answer.status).toBe(200);
		expect(answer.body.lastMutationId).toBe(2);
		expect(answer.body.conflicts).toHaveLength(1);
		const [refusal] = answer.body.conflicts;
		expect(refusal).toMatchObject({ mutationId: 1, entityId: refused.entityId, field });
		expect(typeof refusal.refused).toBe('string');
		expect(refusal.refused.length).toBeGreaterThan(5);
		if (message) expect(refusal.refused).toBe(message);
		// Nothing of the refused one was applied; the one after it was.
		expect((await handle.db.select().from(skillClaim)).map((r) => r.id)).toEqual([after.entityId]);
	});

	it('tells a retry of a lost answer the same refusal', async () => {
		const user = sessionUser(resident.userId);
		const body = { clientId: newId(), portfolioId: resident.portfolioId, mutations: [claimCreate({ level: 9 })] };
		const first = await call(push, { url: '/api/sync/push', user, body });
		const again = await call(push, { url: '/api/sync/push', user, body });
		expect(again.body).toEqual(first.body);
		expect(again.body.conflicts[0].refused).toBeTruthy();
	});

	it('refuses another user’s portfolio with 403, and another portfolio’s record on its own, changing nothing of it', async () => {
		const intruder = await makeResident(handle.db);
		const foreign = await call(push, {
			url: '/api/sync/push',
			user: sessionUser(intruder.userId),
			body: { clientId: newId(), portfolioId: resident.portfolioId, mutations: [claimCreate()] }
		});
		expect(foreign.status).toBe(403);
		await unchanged();

		const claim = claimCreate();
		await call(push, { url: '/api/sync/push', user: sessionUser(resident.userId), body: { clientId: newId(), portfolioId: resident.portfolioId, mutations: [claim] } });
		const intruding = await call(push, {
			url: '/api/sync/push',
			user: sessionUser(intruder.userId),
			body: { clientId: newId(), portfolioId: intruder.portfolioId, mutations: [{ ...claim, op: 'patch', patch: { level: 4 } }] }
		});
		expect(intruding.status).toBe(200);
		expect(intruding.body.conflicts[0].refused).toBeTruthy();
		const [row] = await handle.db.select().from(skillClaim).where(eq(skillClaim.id, claim.entityId));
		expect(row).toMatchObject({ portfolioId: resident.portfolioId, level: 2, version: 1 });
	});

	it('refuses an adviser pushing to a resident’s portfolio, and anyone signed out', async () => {
		const adviser = await makeUser(handle.db, ['adviseur']);
		const body = { clientId: newId(), portfolioId: resident.portfolioId, mutations: [claimCreate()] };
		expect((await call(push, { url: '/api/sync/push', user: sessionUser(adviser.userId, ['adviseur']), body })).status).toBe(403);
		expect((await call(push, { url: '/api/sync/push', user: null, body })).status).toBe(401);
		await unchanged();
	});
});

describe('GET /api/sync/pull', () => {
	it('answers 410 to a cursor the server cannot continue from', async () => {
		const answer = await call(pull, { url: '/api/sync/pull?since=7', user: sessionUser(resident.userId) });
		expect(answer.status).toBe(410);
	});

	it('refuses a bad cursor with 400', async () => {
		const answer = await call(pull, { url: '/api/sync/pull?since=-1', user: sessionUser(resident.userId) });
		expect(answer.status).toBe(400);
	});
});

describe('GET /api/sync/catalogue', () => {
	it('pages the public catalogue by its own version, removals included', async () => {
		await writeCatalogue(handle.db, [
			{ kind: 'offer', id: 'o1', data: { title: 'Lassen' } },
			{ kind: 'offer', id: 'o2', data: { title: 'Koken' } },
			{ kind: 'provider', id: 'p1', data: { name: 'ROC' } }
		]);
		await writeCatalogue(handle.db, [{ kind: 'offer', id: 'o1', data: null }]);
		const first = await call(catalogue, { url: '/api/sync/catalogue?since=0&limit=2', user: null });
		expect(first.body).toMatchObject({ cursor: 3, hasMore: true });
		expect(first.body.records.map((r: { id: string }) => r.id)).toEqual(['o2', 'p1']);
		const second = await call(catalogue, { url: `/api/sync/catalogue?since=${first.body.cursor}`, user: null });
		expect(second.body).toEqual({
			cursor: 4,
			hasMore: false,
			records: [{ kind: 'offer', id: 'o1', version: 4, deleted: true, data: null }]
		});
	});
});
