import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { accessLog, organisation, skillClaim, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { writeEntities } from '$lib/server/sync/server-write';
import { makeResident, makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';
import type { Role } from '$lib/shared/roles';
import { requireSectionAccess, sectionsVisibleTo } from './access';
import { answerSuggestion, addSuggestion, createGesprekCode, redeemGesprekCode, suggestionsOf, validateSkill } from './gesprek';
import { createGrant, revokeGrant } from './grants';
import { matchesFilter, TALENT_PAGE_SIZE, type TalentFilter } from '$lib/shared/talentpool';
import { answerContactRequest, optIn, optOut, portfolioOfRequest, requestsOfOrganisation, searchCards, sendContactRequest } from './talentpool';
import { readSection } from './view';

let handle: DbHandle;

beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle.close());
beforeEach(async () => {
	await resetSyncTables(handle.db);
	await handle.db.delete(organisation);
});

async function person(roles: Role[], organisationId: string | null = null): Promise<SessionUser> {
	const { userId } = await makeUser(handle.db, roles);
	if (organisationId) await handle.db.update(user).set({ organisationId }).where(eq(user.id, userId));
	return { id: userId, email: `${userId}@example.nl`, displayName: `Persoon ${roles.join('+')}`, roles, organisationId, locale: 'nl', emailVerified: true };
}

async function status(run: () => Promise<unknown>): Promise<number> {
	try {
		await run();
		return 200;
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

const logRows = (portfolioId: string) => handle.db.select().from(accessLog).where(eq(accessLog.portfolioId, portfolioId));

describe('section access', () => {
	it('allows a granted section and logs every read; refuses and logs another section', async () => {
		const resident = await makeResident(handle.db);
		const adviser = await person(['adviseur']);
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: adviser.id }, sections: ['skills'], origin: 'manual', expiresAt: new Date(Date.now() + 3_600_000) });

		expect(await status(() => requireSectionAccess(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'skills' }))).toBe(200);
		expect(await status(() => requireSectionAccess(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'skills' }))).toBe(200);
		expect(await status(() => requireSectionAccess(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'profiel' }))).toBe(403);

		const rows = await logRows(resident.portfolioId);
		expect(rows.map((r) => [r.viewerId, r.section, r.allowed]).sort()).toEqual([
			[adviser.id, 'profiel', false],
			[adviser.id, 'skills', true],
			[adviser.id, 'skills', true]
		]);
		expect(await sectionsVisibleTo(handle.db, { viewer: adviser, portfolioId: resident.portfolioId })).toEqual(['skills']);
	});

	it('stops at expiry and at revocation, immediately', async () => {
		const resident = await makeResident(handle.db);
		const adviser = await person(['adviseur']);
		const start = new Date('2026-03-01T10:00:00Z');
		const grantId = await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: adviser.id }, sections: ['skills'], origin: 'manual', expiresAt: new Date('2026-03-02T10:00:00Z'), now: start });
		const at = (iso: string) => status(() => requireSectionAccess(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'skills', now: new Date(iso) }));

		expect(await at('2026-03-02T09:59:59Z')).toBe(200);
		expect(await at('2026-03-02T10:00:00Z')).toBe(403);

		// A fresh grant, revoked: the very next read is refused.
		const fresh = await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: adviser.id }, sections: ['skills'], origin: 'manual', expiresAt: new Date(Date.now() + 3_600_000) });
		expect(await status(() => requireSectionAccess(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'skills' }))).toBe(200);
		expect(await revokeGrant(handle.db, { portfolioId: resident.portfolioId, grantId: grantId })).toBe(true);
		expect(await sectionsVisibleTo(handle.db, { viewer: adviser, portfolioId: resident.portfolioId })).toEqual(['skills']);
		expect(await revokeGrant(handle.db, { portfolioId: resident.portfolioId, grantId: fresh })).toBe(true);
		expect(await status(() => requireSectionAccess(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'skills' }))).toBe(403);
		expect(await sectionsVisibleTo(handle.db, { viewer: adviser, portfolioId: resident.portfolioId })).toEqual([]);
	});

	it('gives an organisation grant to its employers only, and never to other people', async () => {
		const resident = await makeResident(handle.db);
		const orgId = newId();
		const otherOrg = newId();
		await handle.db.insert(organisation).values([
			{ id: orgId, name: 'Demo Metaalbewerking Hengelo B.V.', kind: 'werkgever' },
			{ id: otherOrg, name: 'Ander Bedrijf', kind: 'werkgever' }
		]);
		const employer = await person(['werkgever'], orgId);
		const stranger = await person(['werkgever'], otherOrg);
		const adviser = await person(['adviseur']);
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { organisationId: orgId }, sections: ['ervaring'], origin: 'talentpool', expiresAt: new Date(Date.now() + 3_600_000) });

		const read = (viewer: SessionUser) => status(() => readSection(handle.db, { viewer, portfolioId: resident.portfolioId, section: 'ervaring' }));
		expect(await read(employer)).toBe(200);
		expect(await read(stranger)).toBe(403);
		expect(await read(adviser)).toBe(403);
		const rows = await logRows(resident.portfolioId);
		expect(rows.find((r) => r.viewerId === employer.id)).toMatchObject({ allowed: true, organisationName: 'Demo Metaalbewerking Hengelo B.V.', section: 'ervaring' });
	});

	it('lets the owner read without a grant and without a log row', async () => {
		const resident = await makeResident(handle.db);
		const owner = { id: resident.userId, email: 'x@example.nl', displayName: 'Eigenaar', roles: ['inwoner'], organisationId: null, locale: 'nl', emailVerified: true } satisfies SessionUser;
		expect(await status(() => requireSectionAccess(handle.db, { viewer: owner, portfolioId: resident.portfolioId, section: 'apk' }))).toBe(200);
		expect(await logRows(resident.portfolioId)).toEqual([]);
	});
});

describe('gesprek codes', () => {
	it('work once, within ten minutes, for the chosen sections and hours', async () => {
		const resident = await makeResident(handle.db);
		const adviser = await person(['adviseur']);
		const other = await person(['adviseur']);
		const now = new Date('2026-03-01T10:00:00Z');
		const { code, expiresAt } = await createGesprekCode(handle.db, { portfolioId: resident.portfolioId, sections: ['skills', 'ervaring'], hours: 24, now });
		expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
		expect(expiresAt.toISOString()).toBe('2026-03-01T10:10:00.000Z');

		const redeemed = await redeemGesprekCode(handle.db, { adviserId: adviser.id, code, now: new Date('2026-03-01T10:09:59Z'), ip: '192.0.2.10' });
		expect(redeemed).toMatchObject({ ok: true, portfolioId: resident.portfolioId });
		expect(await redeemGesprekCode(handle.db, { adviserId: other.id, code, now: new Date('2026-03-01T10:09:59Z'), ip: '192.0.2.10' })).toEqual({ ok: false, reason: 'used' });
		expect(await sectionsVisibleTo(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, now: new Date('2026-03-02T09:59:00Z') })).toEqual(['skills', 'ervaring']);
		expect(await sectionsVisibleTo(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, now: new Date('2026-03-02T10:09:59Z') })).toEqual([]);
		expect(await sectionsVisibleTo(handle.db, { viewer: other, portfolioId: resident.portfolioId, now: new Date('2026-03-01T11:00:00Z') })).toEqual([]);

		const late = await createGesprekCode(handle.db, { portfolioId: resident.portfolioId, sections: ['skills'], hours: 2, now });
		expect(await redeemGesprekCode(handle.db, { adviserId: adviser.id, code: late.code, now: new Date('2026-03-01T10:10:00Z'), ip: '192.0.2.10' })).toEqual({ ok: false, reason: 'expired' });
		expect(await redeemGesprekCode(handle.db, { adviserId: adviser.id, code: 'ABCDEFGH', now, ip: '192.0.2.10' })).toEqual({ ok: false, reason: 'unknown' });
	});

	it('let the adviser validate a shared skill through sync and record who, and the resident accept a suggestion into the plan', async () => {
		const resident = await makeResident(handle.db);
		const adviser = await person(['adviseur']);
		const claimId = newId();
		await writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
			{ entity: 'skillClaim', entityId: claimId, op: 'create', patch: { skillId: 'mig-mag-lassen', level: 3, source: 'zelf' }, baseVersion: 0 }
		]);
		const { code } = await createGesprekCode(handle.db, { portfolioId: resident.portfolioId, sections: ['skills', 'ontwikkelplan'], hours: 24 });
		await redeemGesprekCode(handle.db, { adviserId: adviser.id, code, ip: '192.0.2.10' });

		expect(await validateSkill(handle.db, { adviser, portfolioId: resident.portfolioId, skillClaimId: claimId })).toBe(true);
		const [claim] = await handle.db.select().from(skillClaim).where(eq(skillClaim.id, claimId));
		expect(claim).toMatchObject({ source: 'gevalideerd', updatedBy: adviser.id });
		const skills = await readSection(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'skills' });
		expect(skills[0]).toMatchObject({ source: 'gevalideerd', validation: { adviserName: adviser.displayName } });

		await addSuggestion(handle.db, { adviser, portfolioId: resident.portfolioId, title: 'VCA-basis halen', description: 'Voor werk in de metaal.' });
		await addSuggestion(handle.db, { adviser, portfolioId: resident.portfolioId, title: 'Heftruckcertificaat', description: '' });
		const [second, first] = await suggestionsOf(handle.db, resident.portfolioId);
		expect(await answerSuggestion(handle.db, { residentId: resident.userId, portfolioId: resident.portfolioId, suggestionId: first!.id, decision: 'accept' })).toBe(true);
		expect(await answerSuggestion(handle.db, { residentId: resident.userId, portfolioId: resident.portfolioId, suggestionId: first!.id, decision: 'accept' })).toBe(false);
		expect(await answerSuggestion(handle.db, { residentId: resident.userId, portfolioId: resident.portfolioId, suggestionId: second!.id, decision: 'reject' })).toBe(true);

		const plan = await readSection(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'ontwikkelplan' });
		expect(plan.map((p) => [p.title, p.origin])).toEqual([['VCA-basis halen', 'gesprek']]);
	});
});

describe('the contact e-mail someone shared with sees', () => {
	it('is shown only when it is the resident’s checked address, and otherwise says it is not checked', async () => {
		const resident = await makeResident(handle.db);
		const adviser = await person(['adviseur']);
		const own = `${resident.userId}@example.nl`;
		await createGrant(handle.db, { portfolioId: resident.portfolioId, grantee: { userId: adviser.id }, sections: ['profiel'], origin: 'manual', expiresAt: new Date(Date.now() + 3_600_000) });
		const setContact = (contactEmail: string, baseVersion: number) =>
			writeEntities(handle.db, { userId: resident.userId, role: 'inwoner' }, resident.portfolioId, [
				{ entity: 'profile', entityId: resident.portfolioId, op: baseVersion ? 'patch' : 'create', patch: { contactEmail }, baseVersion }
			]);
		const contact = async () => {
			const p = await readSection(handle.db, { viewer: adviser, portfolioId: resident.portfolioId, section: 'profiel' });
			return { contactEmail: p?.contactEmail, unchecked: p?.contactEmailUnchecked };
		};

		await setContact(own, 0);
		expect(await contact()).toEqual({ contactEmail: '', unchecked: true });
		await handle.db.update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, resident.userId));
		expect(await contact()).toEqual({ contactEmail: own, unchecked: false });
		// Another address than the checked one could be anyone's.
		await setContact('iemand.anders@example.nl', 1);
		expect(await contact()).toEqual({ contactEmail: '', unchecked: true });
	});
});

describe('talentpool', () => {
	it('publishes an anonymous card only for residents who opt in, and the employer sees chosen sections only after acceptance', async () => {
		const orgId = newId();
		await handle.db.insert(organisation).values({ id: orgId, name: 'Demo Metaalbewerking Hengelo B.V.', kind: 'werkgever' });
		const employer = await person(['werkgever'], orgId);
		const resident = await makeResident(handle.db);
		const stayingOut = await makeResident(handle.db);
		const identifying = { displayName: 'Fatima El Amrani', contactEmail: 'fatima@example.nl', phone: '06 1234 5678', about: 'Ik woon aan de Hengelosestraat 12' };
		for (const r of [resident, stayingOut]) {
			await writeEntities(handle.db, { userId: r.userId, role: 'inwoner' }, r.portfolioId, [
				{ entity: 'profile', entityId: r.portfolioId, op: 'create', patch: { ...identifying, woonplaats: 'hengelo', educationLevel: 'mbo-2', beroepswensen: ['lasser'], availability: 'direct' }, baseVersion: 0 },
				{ entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: 'tig-lassen', level: 3, source: 'zelf' }, baseVersion: 0 }
			]);
		}
		const card = await optIn(handle.db, resident.portfolioId);
		const serialized = JSON.stringify(await searchCards(handle.db, {}));
		expect((await searchCards(handle.db, {})).total).toBe(1);
		for (const value of [...Object.values(identifying), resident.userId, resident.portfolioId, `${resident.userId}@example.nl`, 'hengelo']) {
			expect(serialized).not.toContain(value);
		}
		expect(Object.keys(card).sort()).toEqual(['availability', 'beroepswensen', 'educationLevel', 'region', 'skills', 'updatedMonth']);
		expect(card).toMatchObject({ region: 'twente', beroepswensen: ['lasser'], skills: [{ skillId: 'tig-lassen', level: 3, source: 'zelf' }] });

		// Only the resident who opted in can be found, with any filter.
		const found = (await searchCards(handle.db, { occupation: 'lasser' })).cards;
		expect(found).toHaveLength(1);
		expect((await searchCards(handle.db, { occupation: 'lasser', level: 'hbo' })).cards).toEqual([]);

		const sent = await sendContactRequest(handle.db, { organisationId: orgId, senderId: employer.id, cardId: found[0]!.id, message: 'Wij zoeken een lasser in Hengelo.' });
		if (!sent.ok) throw new Error('not sent');
		const read = (section: 'skills' | 'profiel') => status(() => readSection(handle.db, { viewer: employer, portfolioId: resident.portfolioId, section }));
		expect(await read('skills')).toBe(403);
		expect(await answerContactRequest(handle.db, { portfolioId: resident.portfolioId, requestId: sent.requestId, decision: 'accept', sections: ['skills'], days: 30 })).toBe(true);
		expect(await read('skills')).toBe(200);
		expect(await read('profiel')).toBe(403);
		expect(await portfolioOfRequest(handle.db, { organisationId: orgId, requestId: sent.requestId })).toBe(resident.portfolioId);

		// Leaving the pool removes the card from every search.
		await optOut(handle.db, resident.portfolioId);
		expect(await searchCards(handle.db, {})).toEqual({ cards: [], total: 0, page: 1, pages: 1 });
		// The employer's list still says which anonymous card the request was for, without the card's id.
		const [request] = await requestsOfOrganisation(handle.db, orgId);
		expect(request?.card).toEqual(card);
		expect(JSON.stringify(request)).not.toContain(found[0]!.id);
	});
});

describe('talentpool cards tell nothing about the person by their id or their values', () => {
	it('gives each card a random id, so the order of ids does not tell who joined first', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 6; i++) {
			const r = await makeResident(handle.db);
			await optIn(handle.db, r.portfolioId, new Date(Date.UTC(2026, 0, 1, 0, i)));
			ids.push((await searchCards(handle.db, {})).cards.find((c) => !ids.includes(c.id))!.id);
		}
		// UUIDv4: the version nibble is 4 and no part of the id is a timestamp.
		for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('refuses at sync what the card could not carry, so joining the pool never fails', async () => {
		const r = await makeResident(handle.db);
		const write = (entity: 'profile' | 'skillClaim', patch: Record<string, unknown>) =>
			writeEntities(handle.db, { userId: r.userId, role: 'inwoner' }, r.portfolioId, [
				{ entity, entityId: entity === 'profile' ? r.portfolioId : newId(), op: 'create', patch, baseVersion: 0 }
			]);
		await expect(write('skillClaim', { skillId: 'Lassen <b>', level: 2 })).rejects.toThrow();
		await expect(write('profile', { beroepswensen: Array.from({ length: 11 }, (_, i) => `beroep-${i}`) })).rejects.toThrow();
		await write('skillClaim', { skillId: 'tig-lassen', level: 2 });
		await write('profile', { beroepswensen: Array.from({ length: 10 }, (_, i) => `beroep-${i}`) });
		const card = await optIn(handle.db, r.portfolioId);
		expect(card.beroepswensen).toHaveLength(10);
		expect(card.skills).toEqual([{ skillId: 'tig-lassen', level: 2, source: 'zelf' }]);
	});

	it('leaves out values stored before the shared schema instead of failing', async () => {
		const r = await makeResident(handle.db);
		await writeEntities(handle.db, { userId: r.userId, role: 'inwoner' }, r.portfolioId, [
			{ entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: 'tig-lassen', level: 2 }, baseVersion: 0 }
		]);
		await handle.db.insert(skillClaim).values({ id: newId(), portfolioId: r.portfolioId, skillId: 'Oud Formaat', level: 3, source: 'zelf', version: 1, fieldVersions: {} });
		const card = await optIn(handle.db, r.portfolioId);
		expect(card.skills.map((s) => s.skillId)).toEqual(['tig-lassen']);
	});
});

describe('talentpool search in the database', () => {
	const LEVELS = ['mbo-2', 'mbo-4', 'hbo', null] as const;
	const PLACES = ['hengelo', 'buiten-twente', ''] as const;

	/** Opted-in residents with every mix of wish, skill, place and level. */
	async function pool(size: number) {
		for (let i = 0; i < size; i++) {
			const r = await makeResident(handle.db);
			await writeEntities(handle.db, { userId: r.userId, role: 'inwoner' }, r.portfolioId, [
				{
					entity: 'profile',
					entityId: r.portfolioId,
					op: 'create',
					baseVersion: 0,
					patch: { displayName: `Kandidaat ${i}`, woonplaats: PLACES[i % 3], educationLevel: LEVELS[i % 4], beroepswensen: i % 2 ? ['lasser'] : ['logistiek-planner', 'lasser-x'] }
				},
				{ entity: 'skillClaim', entityId: newId(), op: 'create', baseVersion: 0, patch: { skillId: i % 5 ? 'tig-lassen' : 'heftruck-rijden', level: 2, source: 'zelf' } }
			]);
			await optIn(handle.db, r.portfolioId, new Date(Date.UTC(2026, 0, 1, 0, i)));
		}
	}

	it('finds exactly the cards the filter rule accepts, for every filter', async () => {
		await pool(24);
		const everything = await searchCards(handle.db, {});
		expect(everything.total).toBe(24);
		const all = [everything.cards];
		for (let page = 2; page <= everything.pages; page++) all.push((await searchCards(handle.db, { page })).cards);
		const cards = all.flat();
		expect(new Set(cards.map((c) => c.id)).size).toBe(24);

		const filters: TalentFilter[] = [
			{ occupation: 'lasser' },
			{ occupation: 'lasser-x' },
			{ skill: 'heftruck-rijden' },
			{ skill: 'tig-lassen', region: 'twente' },
			{ region: 'buiten-twente' },
			{ level: 'mbo-4' },
			{ level: 'mbo-2', occupation: 'lasser', skill: 'tig-lassen' },
			{ level: 'wo' }
		];
		for (const filter of filters) {
			const found = await searchCards(handle.db, filter);
			const expected = cards.filter((c) => matchesFilter(c, filter)).map((c) => c.id);
			expect(found.total, JSON.stringify(filter)).toBe(expected.length);
			expect(found.cards.map((c) => c.id).sort(), JSON.stringify(filter)).toEqual(expected.slice(0, TALENT_PAGE_SIZE).sort());
		}
	});

	it('pages newest first, without overlap, and keeps an out-of-range page on the last one', async () => {
		await pool(TALENT_PAGE_SIZE + 3);
		const first = await searchCards(handle.db, {});
		const second = await searchCards(handle.db, { page: 2 });
		expect(first).toMatchObject({ total: TALENT_PAGE_SIZE + 3, page: 1, pages: 2 });
		expect(first.cards).toHaveLength(TALENT_PAGE_SIZE);
		expect(second.cards).toHaveLength(3);
		expect(second.cards.some((c) => first.cards.some((f) => f.id === c.id))).toBe(false);
		const months = [...first.cards, ...second.cards].map((c) => c.updatedMonth);
		expect(months).toEqual([...months].sort().reverse());
		expect((await searchCards(handle.db, { page: 99 })).page).toBe(2);
	});
});

