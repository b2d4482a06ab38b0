import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { newId } from '$lib/shared/id';
import type { ShareSection } from '$lib/shared/sharing';
import { MAX_BEROEPSWENSEN, taxonomyId } from '$lib/shared/sync/entities/paspoort';
import { levelsFrom, MAX_CARD_SKILLS, regionOf, TALENT_PAGE_SIZE, talentCardSchema, type TalentCard, type TalentFilter, type TalentSearchResult } from '$lib/shared/talentpool';
import type { Db } from '$lib/server/db/client';
import { contactRequest, employerOffer, organisation, profile, shareGrant, skillClaim, talentpoolCard } from '$lib/server/db/schema';
import { createGrant } from './grants';

const SOURCE_WEIGHT: Record<string, number> = { gevalideerd: 0, certificaat: 1, bewijs: 2, zelf: 3 };

/** The card from structured fields only; the schema parse is the last guard against anything else slipping in. */
export async function buildCard(db: Db, portfolioId: string, now = new Date()): Promise<TalentCard> {
	const [p] = await db.select().from(profile).where(and(eq(profile.portfolioId, portfolioId), isNull(profile.deletedAt)));
	const claims = await db
		.select({ skillId: skillClaim.skillId, level: skillClaim.level, source: skillClaim.source })
		.from(skillClaim)
		.where(and(eq(skillClaim.portfolioId, portfolioId), isNull(skillClaim.deletedAt)));
	// The strongest evidence first, so a long list keeps what an employer can rely on.
	claims.sort((a, b) => (SOURCE_WEIGHT[a.source] ?? 9) - (SOURCE_WEIGHT[b.source] ?? 9) || b.level - a.level);
	// Rows written before the paspoort schema and the card shared one id schema may hold other values; the
	// card leaves those out rather than refuse the resident.
	const isTaxonomyId = (id: string) => taxonomyId.safeParse(id).success;
	return talentCardSchema.parse({
		beroepswensen: (p?.beroepswensen ?? []).filter(isTaxonomyId).slice(0, MAX_BEROEPSWENSEN),
		skills: claims.filter((c) => isTaxonomyId(c.skillId)).slice(0, MAX_CARD_SKILLS),
		educationLevel: p?.educationLevel ?? null,
		region: regionOf(p?.woonplaats ?? ''),
		availability: p?.availability ?? null,
		updatedMonth: now.toISOString().slice(0, 7)
	});
}

/**
 * Opting in (again) rebuilds the card from the current paspoort. The card's id is random (UUIDv4), not
 * time-ordered like our other ids: an employer sees it, and it must not tell when someone joined.
 */
export async function optIn(db: Db, portfolioId: string, now = new Date()): Promise<TalentCard> {
	const card = await buildCard(db, portfolioId, now);
	await db
		.insert(talentpoolCard)
		.values({ id: randomUUID(), portfolioId, card, optedInAt: now, updatedAt: now })
		.onConflictDoUpdate({ target: talentpoolCard.portfolioId, set: { card, updatedAt: now } });
	return card;
}

/** Leaving the pool removes the card; open requests can no longer be answered, past grants stay revocable. */
export async function optOut(db: Db, portfolioId: string): Promise<void> {
	await db.delete(talentpoolCard).where(eq(talentpoolCard.portfolioId, portfolioId));
	await db.delete(contactRequest).where(and(eq(contactRequest.portfolioId, portfolioId), eq(contactRequest.status, 'open')));
}

export async function cardOf(db: Db, portfolioId: string): Promise<TalentCard | null> {
	const [row] = await db.select({ card: talentpoolCard.card }).from(talentpoolCard).where(eq(talentpoolCard.portfolioId, portfolioId));
	return row ? talentCardSchema.parse(row.card) : null;
}

/** The filter as SQL on the card's JSON; it must agree with `matchesFilter` (tested). */
function cardConditions(filter: TalentFilter): SQL | undefined {
	const card = talentpoolCard.card;
	const conditions: SQL[] = [];
	if (filter.occupation) conditions.push(sql`${card} -> 'beroepswensen' @> ${JSON.stringify([filter.occupation])}::jsonb`);
	if (filter.skill) conditions.push(sql`${card} -> 'skills' @> ${JSON.stringify([{ skillId: filter.skill }])}::jsonb`);
	if (filter.region) conditions.push(sql`${card} ->> 'region' = ${filter.region}`);
	if (filter.level) conditions.push(inArray(sql`${card} ->> 'educationLevel'`, levelsFrom(filter.level)));
	return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Only opted-in residents have a card, so only they can ever be found. Filtered and paged in the database. */
export async function searchCards(db: Db, filter: TalentFilter): Promise<TalentSearchResult> {
	const where = cardConditions(filter);
	const [{ total }] = (await db.select({ total: count() }).from(talentpoolCard).where(where)) as [{ total: number }];
	const pages = Math.max(1, Math.ceil(total / TALENT_PAGE_SIZE));
	const page = Math.min(filter.page ?? 1, pages);
	const rows = await db
		.select({ id: talentpoolCard.id, card: talentpoolCard.card })
		.from(talentpoolCard)
		.where(where)
		.orderBy(desc(talentpoolCard.updatedAt), desc(talentpoolCard.id))
		.limit(TALENT_PAGE_SIZE)
		.offset((page - 1) * TALENT_PAGE_SIZE);
	return { cards: rows.map((r) => ({ id: r.id, ...talentCardSchema.parse(r.card) })), total: Number(total), page, pages };
}

export type ContactResult = { ok: true; requestId: string; portfolioId: string } | { ok: false; reason: 'unknown' | 'open' };

/** One open request per organisation and card, so a resident is not flooded by the same employer. */
export async function sendContactRequest(
	db: Db,
	input: { organisationId: string; senderId: string; cardId: string; message: string; offerId?: string | null }
): Promise<ContactResult> {
	const [card] = await db.select({ portfolioId: talentpoolCard.portfolioId, card: talentpoolCard.card }).from(talentpoolCard).where(eq(talentpoolCard.id, input.cardId));
	if (!card) return { ok: false, reason: 'unknown' };
	const [open] = await db
		.select({ id: contactRequest.id })
		.from(contactRequest)
		.where(and(eq(contactRequest.portfolioId, card.portfolioId), eq(contactRequest.organisationId, input.organisationId), eq(contactRequest.status, 'open')));
	if (open) return { ok: false, reason: 'open' };
	const requestId = newId();
	// The card as seen, so the employer's list can say which candidate a request was for.
	await db.insert(contactRequest).values({ id: requestId, portfolioId: card.portfolioId, organisationId: input.organisationId, senderId: input.senderId, message: input.message, card: card.card, offerId: input.offerId ?? null });
	return { ok: true, requestId, portfolioId: card.portfolioId };
}

export async function requestsForResident(db: Db, portfolioId: string) {
	const rows = await db
		.select({ request: contactRequest, organisationName: organisation.name, offerData: employerOffer.data })
		.from(contactRequest)
		.innerJoin(organisation, eq(organisation.id, contactRequest.organisationId))
		.leftJoin(employerOffer, eq(employerOffer.id, contactRequest.offerId))
		.where(eq(contactRequest.portfolioId, portfolioId))
		.orderBy(desc(contactRequest.createdAt));
	return rows.map(({ request, organisationName, offerData }) => ({
		id: request.id,
		organisationName,
		/** The vacature the employer asked about, when they asked from its "who fits" list. */
		offerTitle: (offerData as { title?: string } | null)?.title ?? null,
		message: request.message,
		status: request.status,
		createdAt: request.createdAt.toISOString()
	}));
}

/** The resident's answer; accepting gives the organisation a grant for the chosen sections and days. */
export async function answerContactRequest(
	db: Db,
	input: { portfolioId: string; requestId: string } & ({ decision: 'accept'; sections: ShareSection[]; days: number } | { decision: 'decline' }),
	now = new Date()
): Promise<boolean> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const [row] = await tx
			.select()
			.from(contactRequest)
			.where(and(eq(contactRequest.id, input.requestId), eq(contactRequest.portfolioId, input.portfolioId), eq(contactRequest.status, 'open')))
			.for('update');
		if (!row) return false;
		let grantId: string | null = null;
		if (input.decision === 'accept') {
			grantId = await createGrant(tx, {
				portfolioId: row.portfolioId,
				grantee: { organisationId: row.organisationId },
				sections: input.sections,
				origin: 'talentpool',
				expiresAt: new Date(now.getTime() + input.days * 86_400_000),
				now
			});
		}
		await tx
			.update(contactRequest)
			.set({ status: input.decision === 'accept' ? 'accepted' : 'declined', decidedAt: now, grantId })
			.where(eq(contactRequest.id, row.id));
		return true;
	});
}

/**
 * The employer's sent requests: the anonymous card as it was when they asked (never the card's id, which
 * would link a later card of the same person), the status, the message and whether the grant still runs.
 */
function cardSnapshot(card: unknown): TalentCard | null {
	const parsed = talentCardSchema.safeParse(card);
	return parsed.success ? parsed.data : null;
}

export async function requestsOfOrganisation(db: Db, organisationId: string) {
	const rows = await db
		.select({ request: contactRequest, expiresAt: shareGrant.expiresAt, revokedAt: shareGrant.revokedAt, offerData: employerOffer.data })
		.from(contactRequest)
		.leftJoin(shareGrant, eq(shareGrant.id, contactRequest.grantId))
		.leftJoin(employerOffer, eq(employerOffer.id, contactRequest.offerId))
		.where(eq(contactRequest.organisationId, organisationId))
		.orderBy(desc(contactRequest.createdAt));
	return rows.map(({ request, expiresAt, revokedAt, offerData }) => ({
		id: request.id,
		card: cardSnapshot(request.card),
		offerId: request.offerId,
		offerTitle: (offerData as { title?: string } | null)?.title ?? null,
		message: request.message,
		status: request.status,
		createdAt: request.createdAt.toISOString(),
		shared: request.status === 'accepted' && !revokedAt && !!expiresAt && expiresAt > new Date()
	}));
}

/** The portfolio behind an accepted request of this organisation, for the candidate page. */
export async function portfolioOfRequest(db: Db, input: { organisationId: string; requestId: string }): Promise<string | null> {
	const [row] = await db
		.select({ portfolioId: contactRequest.portfolioId })
		.from(contactRequest)
		.where(and(eq(contactRequest.id, input.requestId), eq(contactRequest.organisationId, input.organisationId), eq(contactRequest.status, 'accepted')));
	return row?.portfolioId ?? null;
}
