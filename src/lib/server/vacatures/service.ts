import { and, asc, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { rankCandidates, type CandidateOffer, type CandidateRanking } from '$lib/shared/matching/candidates';
import type { Offer } from '$lib/shared/matching/catalogue-schema';
import { newId } from '$lib/shared/id';
import { talentCardSchema, type TalentCard } from '$lib/shared/talentpool';
import {
	catalogueOfferId,
	employerProviderId,
	isLive,
	NEXT_STATUSES,
	toCatalogueOffer,
	type EmployerOfferInput,
	type EmployerOfferKind,
	type EmployerOfferStatus
} from '$lib/shared/vacatures';
import { getCatalogueEntry } from '$lib/server/catalogue/editor';
import type { Db } from '$lib/server/db/client';
import { employerOffer, organisation, talentpoolCard } from '$lib/server/db/schema';
import { writeCatalogue, type CatalogueWrite } from '$lib/server/sync/catalogue';

/** Today in Twente, as the ISO date the offers' dates use. */
export function todayInTwente(now = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

type Row = typeof employerOffer.$inferSelect;

export interface EmployerOfferView {
	id: string;
	kind: EmployerOfferKind;
	status: EmployerOfferStatus;
	title: string;
	endDate: string;
	hiddenReason: string | null;
	/** Residents see it now. */
	live: boolean;
	/** Past its end date (and so no longer shown, whatever its status). */
	expired: boolean;
	updatedAt: string;
}

function view(row: Row, today: string): EmployerOfferView {
	const data = row.data as EmployerOfferInput;
	return {
		id: row.id,
		kind: row.kind,
		status: row.status,
		title: data.title,
		endDate: row.endDate,
		hiddenReason: row.hiddenAt ? row.hiddenReason : null,
		live: isLive(row, today),
		expired: row.endDate < today,
		updatedAt: row.updatedAt.toISOString()
	};
}

/** The catalogue follows the row: a live offer is written (with its employer as provider), one that stopped is withdrawn. */
async function syncCatalogue(db: Db, row: Row, today: string): Promise<void> {
	const live = isLive(row, today);
	if (!live && !row.inCatalogue) return;
	const writes: CatalogueWrite[] = [];
	if (live) {
		const offer = toCatalogueOffer({ id: row.id, organisationId: row.organisationId, data: row.data as EmployerOfferInput });
		const [org] = await db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, row.organisationId));
		const name = org?.name ?? offer.title;
		writes.push({
			kind: 'provider',
			id: employerProviderId(row.organisationId),
			data: { id: employerProviderId(row.organisationId), name, kind: 'werkgever', gemeenteId: offer.gemeenteId, website: null, description: name, demo: false, origin: 'werkgever' }
		});
		writes.push({ kind: 'offer', id: offer.id, data: { ...offer, origin: 'werkgever' } });
	} else writes.push({ kind: 'offer', id: catalogueOfferId(row.id), data: null });
	await writeCatalogue(db, writes);
	if (row.inCatalogue !== live) await db.update(employerOffer).set({ inCatalogue: live }).where(eq(employerOffer.id, row.id));
}

export async function offersOfOrganisation(db: Db, organisationId: string, now = new Date()): Promise<EmployerOfferView[]> {
	const today = todayInTwente(now);
	const rows = await db.select().from(employerOffer).where(eq(employerOffer.organisationId, organisationId)).orderBy(desc(employerOffer.createdAt));
	return rows.map((row) => view(row, today));
}

/** One offer of this organisation (never another's), or null. */
export async function offerOf(db: Db, organisationId: string, id: string): Promise<(EmployerOfferView & { data: EmployerOfferInput }) | null> {
	const [row] = await db.select().from(employerOffer).where(and(eq(employerOffer.id, id), eq(employerOffer.organisationId, organisationId)));
	return row ? { ...view(row, todayInTwente()), data: row.data as EmployerOfferInput } : null;
}

export type SaveOfferResult = { ok: true; id: string } | { ok: false; status: 400 | 404 | 409; errors: Record<string, string[]> };

/** Creates (id null) or edits an offer of the organisation and brings the catalogue in line. A closed offer stays closed. */
export async function saveEmployerOffer(db: Db, input: { organisationId: string; id: string | null; data: EmployerOfferInput }, now = new Date()): Promise<SaveOfferResult> {
	const { data } = input;
	if (data.kind === 'leerwerktraject') {
		const school = data.schoolProviderId ? await getCatalogueEntry(db, 'provider', data.schoolProviderId) : null;
		if (!school || school.archived || (school.data.kind !== 'mbo' && school.data.kind !== 'hbo')) return { ok: false, status: 400, errors: { schoolProviderId: [m.vacatures_error_school()] } };
	}
	const stored = data.kind === 'vacature' ? { ...data, schoolProviderId: undefined, durationWeeks: undefined } : data;
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		let row: Row | undefined;
		if (input.id === null) {
			[row] = await tx.insert(employerOffer).values({ id: newId(), organisationId: input.organisationId, kind: data.kind, data: stored, endDate: data.endDate, createdAt: now, updatedAt: now }).returning();
		} else {
			const [current] = await tx
				.select()
				.from(employerOffer)
				.where(and(eq(employerOffer.id, input.id), eq(employerOffer.organisationId, input.organisationId)))
				.for('update');
			if (!current) return { ok: false, status: 404, errors: { _: [m.vacatures_error_offer()] } } as const;
			if (current.status === 'gesloten') return { ok: false, status: 409, errors: { _: [m.vacatures_error_closed()] } } as const;
			[row] = await tx.update(employerOffer).set({ kind: data.kind, data: stored, endDate: data.endDate, updatedAt: now }).where(eq(employerOffer.id, current.id)).returning();
		}
		await syncCatalogue(tx, row!, todayInTwente(now));
		return { ok: true, id: row!.id } as const;
	});
}

export type StatusResult = 'ok' | 'not-found' | 'not-allowed';

export async function setOfferStatus(db: Db, input: { organisationId: string; id: string; status: EmployerOfferStatus }, now = new Date()): Promise<StatusResult> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const [current] = await tx
			.select()
			.from(employerOffer)
			.where(and(eq(employerOffer.id, input.id), eq(employerOffer.organisationId, input.organisationId)))
			.for('update');
		if (!current) return 'not-found';
		if (!NEXT_STATUSES[current.status].includes(input.status)) return 'not-allowed';
		const [row] = await tx.update(employerOffer).set({ status: input.status, updatedAt: now }).where(eq(employerOffer.id, current.id)).returning();
		await syncCatalogue(tx, row!, todayInTwente(now));
		return 'ok';
	});
}

/** A beheerder hides an offer (with the reason the employer sees) or shows it again. */
export async function setOfferHidden(db: Db, input: { id: string; reason: string | null }, now = new Date()): Promise<boolean> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const [row] = await tx
			.update(employerOffer)
			.set(input.reason === null ? { hiddenAt: null, hiddenReason: null } : { hiddenAt: now, hiddenReason: input.reason })
			.where(eq(employerOffer.id, input.id))
			.returning();
		if (!row) return false;
		await syncCatalogue(tx, row, todayInTwente(now));
		return true;
	});
}

/** Every employer's offers for the beheerder, newest first, with the organisation's name. */
export async function allEmployerOffers(db: Db, now = new Date()) {
	const today = todayInTwente(now);
	const rows = await db
		.select({ row: employerOffer, organisationName: organisation.name })
		.from(employerOffer)
		.innerJoin(organisation, eq(organisation.id, employerOffer.organisationId))
		.orderBy(desc(employerOffer.createdAt), asc(employerOffer.id))
		.limit(500);
	return rows.map(({ row, organisationName }) => ({ ...view(row, today), organisationName, hidden: row.hiddenAt !== null }));
}

/** Offers whose end date has passed leave the catalogue; run by the housekeeping, and safe to run twice. */
export async function withdrawExpiredOffers(db: Db, now = new Date()): Promise<number> {
	const today = todayInTwente(now);
	const rows = await db.select().from(employerOffer).where(and(eq(employerOffer.inCatalogue, true), lt(employerOffer.endDate, today)));
	for (const row of rows) await syncCatalogue(db, row, today);
	return rows.length;
}

export type WhoFits = CandidateRanking<{ id: string; card: TalentCard }> & { offer: CandidateOffer; page: number; pages: number };

export const WHO_FITS_PAGE_SIZE = 20;

/**
 * The anonymous talentpool cards ranked for one offer of this organisation. The database hands over only
 * cards holding at least one of the offer's skills; the ranking itself is the shared matching code.
 */
export async function whoFits(db: Db, input: { organisationId: string; offerId: string; page?: number }): Promise<WhoFits | null> {
	const [row] = await db
		.select()
		.from(employerOffer)
		.where(and(eq(employerOffer.id, input.offerId), eq(employerOffer.organisationId, input.organisationId)));
	if (!row) return null;
	const offer = toCatalogueOffer({ id: row.id, organisationId: row.organisationId, data: row.data as EmployerOfferInput }) as Offer as CandidateOffer;
	const skillIds = [...new Set([...offer.requiredSkills, ...(offer.niceSkills ?? [])].map((s) => s.skillId))];
	const card = talentpoolCard.card;
	const holds: SQL[] = skillIds.map((id) => sql`${card} -> 'skills' @> ${JSON.stringify([{ skillId: id }])}::jsonb`);
	const rows = await db
		.select({ id: talentpoolCard.id, card: talentpoolCard.card })
		.from(talentpoolCard)
		.where(or(...holds));
	const candidates = rows.map((r) => ({ id: r.id, card: r.card as TalentCard }));
	const rank = (page: number) => rankCandidates(offer, candidates, { limit: WHO_FITS_PAGE_SIZE, offset: (page - 1) * WHO_FITS_PAGE_SIZE });
	let page = Math.max(1, input.page ?? 1);
	let ranking = rank(page);
	const pages = Math.max(1, Math.ceil(ranking.total / WHO_FITS_PAGE_SIZE));
	if (page > pages) ranking = rank((page = pages));
	// The privacy boundary: only what the card schema allows leaves the server.
	for (const result of ranking.results) result.candidate = { id: result.candidate.id, card: talentCardSchema.parse(result.candidate.card) };
	return { ...ranking, offer, page, pages };
}
