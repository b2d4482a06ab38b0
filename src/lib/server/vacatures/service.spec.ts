import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchOffers } from '$lib/shared/matching';
import { offerSchema } from '$lib/shared/matching/catalogue-schema';
import { newId } from '$lib/shared/id';
import type { TalentCard } from '$lib/shared/talentpool';
import { catalogueOfferId, employerOfferSchema, employerProviderId, type EmployerOfferInput } from '$lib/shared/vacatures';
import { seedCatalogue } from '$lib/server/catalogue/seed';
import type { DbHandle } from '$lib/server/db/client';
import { user } from '$lib/server/db/schema';
import * as t from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { createOrganisation } from '$lib/server/organisations';
import { requestsForResident, sendContactRequest } from '$lib/server/sharing/talentpool';
import { pullCatalogue } from '$lib/server/sync/catalogue';
import { makeUser } from '$lib/server/sync/testing';
import { offersOfOrganisation, saveEmployerOffer, setOfferHidden, setOfferStatus, todayInTwente, whoFits, withdrawExpiredOffers } from './service';

let handle: DbHandle;
let organisationId: string;
let otherOrganisationId: string;
let employerId: string;
beforeAll(async () => {
	handle = await openTestDatabase();
	await seedCatalogue(handle.db);
	organisationId = await createOrganisation(handle.db, { name: 'Bakkerij Tubbergen', kind: 'werkgever' });
	otherOrganisationId = await createOrganisation(handle.db, { name: 'Andere Werkgever', kind: 'werkgever' });
	const employer = await makeUser(handle.db, ['werkgever']);
	employerId = employer.userId;
	await handle.db.update(user).set({ organisationId }).where(eq(user.id, employerId));
});
afterAll(() => handle.close());

const today = todayInTwente();
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function form(overrides: Record<string, string> = {}): Record<string, string> {
	return {
		kind: 'vacature',
		title: 'Heftruckchauffeur',
		description: 'Je laadt en lost vrachtwagens in ons magazijn.',
		occupationId: 'orderpicker',
		skills: 'heftruck-rijden:must:2,orderpicken:must:2,verpakken:nice:1',
		level: 'mbo-2',
		hoursMin: '24',
		hoursMax: '38',
		gemeenteId: 'almelo',
		startDate: inDays(14),
		endDate: inDays(60),
		...overrides
	};
}

function parse(overrides: Record<string, string> = {}): EmployerOfferInput {
	return employerOfferSchema(today).parse(form(overrides));
}

async function catalogueItem(kind: 'offer' | 'provider', id: string) {
	let since = 0;
	let found: { deleted: boolean; data: unknown } | undefined;
	for (;;) {
		const page = await pullCatalogue(handle.db, { since, limit: 1000 });
		for (const r of page.records) if (r.kind === kind && r.id === id) found = r;
		since = page.cursor;
		if (!page.hasMore) return found;
	}
}

describe('employer offers', () => {
	it('refuses bad forms with an error per field', () => {
		const result = employerOfferSchema(today).safeParse(form({ endDate: inDays(-1), skills: 'heftruck-rijden:nice:2', title: ' ' }));
		expect(result.success).toBe(false);
		const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
		expect(fields).toEqual({ endDate: 'vacatures_error_end_past', skills: 'vacatures_error_must', title: 'vacatures_error_required' });
		expect(employerOfferSchema(today).safeParse(form({ hoursMin: '40', hoursMax: '20' })).error!.issues).toEqual([expect.objectContaining({ path: ['hoursMax'], message: 'vacatures_error_hours_range' })]);
		expect(employerOfferSchema(today).safeParse(form({ endDate: inDays(400) })).error!.issues[0]!.message).toBe('vacatures_error_end_far');
		const bbl = employerOfferSchema(today).safeParse(form({ kind: 'leerwerktraject', level: 'hbo' }));
		expect(bbl.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['durationWeeks', 'level', 'schoolProviderId']);
		expect(employerOfferSchema(today).safeParse(form({ skills: 'bestaat-niet:must:2' })).error!.issues[0]!.message).toBe('vacatures_error_skill_unknown');
	});

	it('publishes an open vacature as a catalogue offer that residents match, with must-skills as its demands', async () => {
		const saved = await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse() });
		expect(saved.ok).toBe(true);
		const id = (saved as { id: string }).id;
		const record = await catalogueItem('offer', catalogueOfferId(id));
		expect(record?.deleted).toBe(false);
		const offer = offerSchema.parse(record!.data);
		expect(offer).toMatchObject({ kind: 'vacature', providerId: employerProviderId(organisationId), closesAt: inDays(60), requiredSkills: [{ skillId: 'heftruck-rijden', minLevel: 2 }, { skillId: 'orderpicken', minLevel: 2 }] });
		expect((await catalogueItem('provider', employerProviderId(organisationId)))?.data).toMatchObject({ name: 'Bakkerij Tubbergen', kind: 'werkgever' });

		const profile = { skillClaims: [{ skillId: 'heftruck-rijden', level: 3, source: 'zelf' as const }], beroepswensen: [], educationLevel: 'mbo-2' as const, woonplaats: 'almelo', constraints: {} };
		const result = matchOffers(profile, [offer], { today });
		expect(result[0]!.reasons).toContainEqual(expect.objectContaining({ code: 'skills-matched', matched: 1, required: 2 }));
		expect(result[0]!.missingSkills.map((s) => s.skillId)).toEqual(['orderpicken']);
	});

	it('pausing withdraws it from devices, opening brings it back, closing is for good', async () => {
		const id = ((await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse({ title: 'Orderpicker' }) })) as { id: string }).id;
		expect(await setOfferStatus(handle.db, { organisationId: otherOrganisationId, id, status: 'gepauzeerd' })).toBe('not-found');
		expect(await setOfferStatus(handle.db, { organisationId, id, status: 'gepauzeerd' })).toBe('ok');
		expect((await catalogueItem('offer', catalogueOfferId(id)))?.deleted).toBe(true);
		expect(await setOfferStatus(handle.db, { organisationId, id, status: 'open' })).toBe('ok');
		expect((await catalogueItem('offer', catalogueOfferId(id)))?.deleted).toBe(false);
		expect(await setOfferStatus(handle.db, { organisationId, id, status: 'gesloten' })).toBe('ok');
		expect((await catalogueItem('offer', catalogueOfferId(id)))?.deleted).toBe(true);
		expect(await setOfferStatus(handle.db, { organisationId, id, status: 'open' })).toBe('not-allowed');
		expect(await saveEmployerOffer(handle.db, { organisationId, id, data: parse() })).toMatchObject({ ok: false, status: 409 });
	});

	it('a beheerder hides an offer with a reason the employer sees, and shows it again', async () => {
		const id = ((await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse({ title: 'Magazijnmedewerker' }) })) as { id: string }).id;
		expect(await setOfferHidden(handle.db, { id, reason: 'Salaris ontbreekt in de tekst.' })).toBe(true);
		expect((await catalogueItem('offer', catalogueOfferId(id)))?.deleted).toBe(true);
		const listed = (await offersOfOrganisation(handle.db, organisationId)).find((o) => o.id === id)!;
		expect(listed).toMatchObject({ live: false, hiddenReason: 'Salaris ontbreekt in de tekst.' });
		expect(await setOfferHidden(handle.db, { id, reason: null })).toBe(true);
		expect((await catalogueItem('offer', catalogueOfferId(id)))?.deleted).toBe(false);
		expect(await setOfferHidden(handle.db, { id: newId(), reason: 'Bestaat niet' })).toBe(false);
	});

	it('a BBL-plaats needs a known school, and becomes a leerwerktraject', async () => {
		const bad = await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse({ kind: 'leerwerktraject', schoolProviderId: 'bestaat-niet', durationWeeks: '104' }) });
		expect(bad).toMatchObject({ ok: false, status: 400, errors: { schoolProviderId: [expect.any(String)] } });
		const school = (await handle.db.select().from(t.catalogueRecord).where(eq(t.catalogueRecord.kind, 'provider'))).find((r) => (r.data as { kind: string }).kind === 'mbo')!;
		const saved = (await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse({ kind: 'leerwerktraject', schoolProviderId: school.id, durationWeeks: '104' }) })) as { id: string };
		expect((await catalogueItem('offer', catalogueOfferId(saved.id)))?.data).toMatchObject({ kind: 'leerwerktraject', schoolProviderId: school.id, startDates: [inDays(14)], costEuros: 0 });
	});

	it('leaves the catalogue after its end date, once', async () => {
		const id = ((await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse({ title: 'Kort', endDate: today }) })) as { id: string }).id;
		const later = new Date(Date.now() + 2 * 86_400_000);
		expect(await withdrawExpiredOffers(handle.db, later)).toBeGreaterThanOrEqual(1);
		expect((await catalogueItem('offer', catalogueOfferId(id)))?.deleted).toBe(true);
		expect(await withdrawExpiredOffers(handle.db, later)).toBe(0);
	});

	it('ranks the talentpool cards for a vacature by the matching rules, and the resident sees which vacature a request is about', async () => {
		const card = (skills: [string, number][]): TalentCard => ({
			beroepswensen: [],
			skills: skills.map(([skillId, level]) => ({ skillId, level, source: 'zelf' })),
			educationLevel: 'mbo-2',
			region: 'twente',
			availability: 'direct',
			updatedMonth: today.slice(0, 7)
		});
		const id = ((await saveEmployerOffer(handle.db, { organisationId, id: null, data: parse({ title: 'Lasser', occupationId: 'lasser', skills: 'mig-mag-lassen:must:2,tig-lassen:must:2,constructie-samenstellen:nice:2' }) })) as { id: string }).id;
		const residents = await Promise.all([0, 1, 2].map(() => makeUser(handle.db, ['inwoner'])));
		const cards = [card([['mig-mag-lassen', 3]]), card([['mig-mag-lassen', 3], ['tig-lassen', 2], ['constructie-samenstellen', 2]]), card([['gerechten-bereiden', 4]])];
		const cardIds = cards.map(() => crypto.randomUUID());
		for (const [i, resident] of residents.entries()) await handle.db.insert(t.talentpoolCard).values({ id: cardIds[i]!, portfolioId: resident.portfolioId!, card: cards[i]! });

		expect(await whoFits(handle.db, { organisationId: otherOrganisationId, offerId: id })).toBeNull();
		const fits = (await whoFits(handle.db, { organisationId, offerId: id }))!;
		expect(fits.total).toBe(2);
		expect(fits.results.map((r) => r.candidate.id)).toEqual([cardIds[1], cardIds[0]]);
		expect(fits.results[0]).toMatchObject({ mustMatched: 2, mustTotal: 2, niceMatched: 1, niceTotal: 1, missingSkills: [] });
		expect(fits.results[1]).toMatchObject({ mustMatched: 1, mustTotal: 2, missingSkills: [{ skillId: 'tig-lassen', requiredLevel: 2, haveLevel: null }] });
		expect(Object.keys(fits.results[0]!.candidate.card).sort()).toEqual(['availability', 'beroepswensen', 'educationLevel', 'region', 'skills', 'updatedMonth']);

		const sent = await sendContactRequest(handle.db, { organisationId, senderId: employerId, cardId: cardIds[1]!, message: 'Wil je bij ons komen lassen?', offerId: id });
		expect(sent.ok).toBe(true);
		expect(await requestsForResident(handle.db, residents[1]!.portfolioId!)).toEqual([expect.objectContaining({ organisationName: 'Bakkerij Tubbergen', offerTitle: 'Lasser' })]);
	});
});
