import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { ruleSetOn } from '$lib/shared/funding/options';
import type { FundingRuleSet } from '$lib/shared/funding/types';
import { newId } from '$lib/shared/id';
import { isTraining, offerSchema } from '$lib/shared/matching/catalogue-schema';
import type { Role } from '$lib/shared/roles';
import { BUDGET_COMMITTED, canTransition, voucherAmount, type VoucherStatus, type VoucherSubmit } from '$lib/shared/voucher/workflow';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord, deletedVoucherCommitment, portfolio, voucherApplication, voucherBudget, voucherStatusEvent } from '$lib/server/db/schema';
import { getCatalogueEntry } from '$lib/server/catalogue/editor';

export interface VoucherActor {
	id: string;
	name: string;
	role: Role;
}

/** A refused step; `code` is a message key suffix the screens translate. */
export class VoucherError extends Error {
	constructor(
		readonly status: number,
		readonly code: 'not-found' | 'offer' | 'illegal' | 'reason' | 'plan' | 'no-budget' | 'budget-exceeded' | 'budget-below-committed'
	) {
		super(code);
	}
}

const today = () => new Date().toISOString().slice(0, 10);

async function fundingRules(db: Db): Promise<FundingRuleSet | undefined> {
	const rows = await db.select({ data: catalogueRecord.data }).from(catalogueRecord).where(eq(catalogueRecord.kind, 'fundingRule'));
	return ruleSetOn(rows.map((r) => r.data as FundingRuleSet).filter(Boolean), today());
}

/**
 * The resident submits the aanvraag from their draft. The draft's id is the application's id, so a
 * submit that is retried after a lost answer changes nothing. Submitting shares it with the advisers.
 */
export async function submitVoucher(db: Db, applicant: { id: string; name: string }, input: VoucherSubmit) {
	const [owned] = await db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, applicant.id));
	if (!owned) throw new VoucherError(403, 'not-found');
	const entry = await getCatalogueEntry(db, 'offer', input.offerId);
	const parsed = entry && !entry.archived ? offerSchema.safeParse(entry.data) : null;
	if (!parsed?.success || !isTraining(parsed.data) || parsed.data.costEuros === 0) throw new VoucherError(400, 'offer');
	const offer = parsed.data;
	const rules = await fundingRules(db);
	const tfvv = rules?.rules.find((r) => r.kind === 'tfvv');
	const share = tfvv?.kind === 'tfvv' ? tfvv.coFinancingShare.value : null;
	const provider = await getCatalogueEntry(db, 'provider', offer.providerId);

	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const inserted = await tx
			.insert(voucherApplication)
			.values({
				id: input.id,
				portfolioId: owned.id,
				applicantId: applicant.id,
				offerId: offer.id,
				offer: { title: offer.title, providerName: provider?.data.name ?? offer.providerId, costEuros: offer.costEuros, kind: offer.kind },
				motivation: input.motivation,
				werkgemeente: input.werkgemeente,
				employed: input.employed,
				coFinancing: input.coFinancing,
				rulesVersion: rules?.version ?? 'onbekend',
				amountEuros: voucherAmount(offer.costEuros, share)
			})
			.onConflictDoNothing()
			.returning({ id: voucherApplication.id });
		if (inserted.length > 0) {
			await tx.insert(voucherStatusEvent).values({ id: newId(), applicationId: input.id, status: 'aanvraag', actorId: applicant.id, actorName: applicant.name, actorRole: 'inwoner', reason: '' });
		}
		const [application] = await tx.select().from(voucherApplication).where(eq(voucherApplication.id, input.id));
		// An id that belongs to someone else's application is not this resident's to read.
		if (!application || application.applicantId !== applicant.id) throw new VoucherError(404, 'not-found');
		return application;
	});
}

export interface TransitionInput {
	to: VoucherStatus;
	reason?: string;
	scholingsplan?: string;
	/** For tests: the date the approval counts against; defaults to today. */
	on?: Date;
}

/**
 * One step of the workflow. The application row is locked, so two screens cannot both move it; an
 * approval also locks the year's budget row, so approvals that together exceed it are serialised and
 * the one that no longer fits is refused.
 */
export async function transitionVoucher(db: Db, actor: VoucherActor, applicationId: string, input: TransitionInput) {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		const [application] = await tx.select().from(voucherApplication).where(eq(voucherApplication.id, applicationId)).for('update');
		if (!application) throw new VoucherError(404, 'not-found');
		if (!canTransition(application.status, input.to, actor.role)) throw new VoucherError(409, 'illegal');
		const reason = input.reason?.trim() ?? '';
		if ((input.to === 'goedgekeurd' || input.to === 'afgewezen') && !reason) throw new VoucherError(400, 'reason');
		const plan = input.scholingsplan?.trim() ?? '';
		if (input.to === 'scholingsplan' && !plan) throw new VoucherError(400, 'plan');

		const changes: Partial<typeof voucherApplication.$inferInsert> = { status: input.to, updatedAt: new Date() };
		if (input.to === 'scholingsplan') Object.assign(changes, { scholingsplan: plan, adviserId: actor.id });
		if (input.to === 'loopbaangesprek') changes.adviserId = actor.id;
		if (input.to === 'goedgekeurd') {
			const year = (input.on ?? new Date()).getFullYear();
			const [budget] = await tx.select().from(voucherBudget).where(eq(voucherBudget.year, year)).for('update');
			if (!budget) throw new VoucherError(409, 'no-budget');
			const committed = await committedAmount(tx, year);
			if (committed + application.amountEuros > budget.amountEuros) throw new VoucherError(409, 'budget-exceeded');
			changes.budgetYear = year;
		}
		if (input.to === 'cheque') changes.chequeNumber = `TFVV-${application.budgetYear ?? new Date().getFullYear()}-${randomBytes(4).toString('hex').toUpperCase()}`;

		const [updated] = await tx
			.update(voucherApplication)
			.set(changes)
			.where(and(eq(voucherApplication.id, applicationId), eq(voucherApplication.status, application.status)))
			.returning();
		await tx.insert(voucherStatusEvent).values({ id: newId(), applicationId, status: input.to, actorId: actor.id, actorName: actor.name, actorRole: actor.role, reason: input.to === 'scholingsplan' ? reason || plan : reason });
		return updated!;
	});
}

async function committedAmount(db: Db, year: number): Promise<number> {
	const [row] = await db
		.select({ total: sql<string | null>`sum(${voucherApplication.amountEuros})` })
		.from(voucherApplication)
		.where(and(eq(voucherApplication.budgetYear, year), inArray(voucherApplication.status, [...BUDGET_COMMITTED])));
	// Approved vouchers of deleted accounts still hold their money; only the amount is kept of them.
	const [kept] = await db
		.select({ total: sql<string | null>`sum(${deletedVoucherCommitment.amountEuros})` })
		.from(deletedVoucherCommitment)
		.where(eq(deletedVoucherCommitment.budgetYear, year));
	return Number(row?.total ?? 0) + Number(kept?.total ?? 0);
}

export async function budgetOverview(db: Db, year: number) {
	const [budget] = await db.select().from(voucherBudget).where(eq(voucherBudget.year, year));
	const committed = await committedAmount(db, year);
	return { year, amountEuros: budget?.amountEuros ?? null, committed, remaining: budget ? budget.amountEuros - committed : null };
}

/** A budget can grow or shrink, but never below what was already approved in that year. */
export async function setBudget(db: Db, actorId: string, year: number, amountEuros: number) {
	await db.transaction(async (t) => {
		const tx = t as unknown as Db;
		await tx.insert(voucherBudget).values({ year, amountEuros: 0, updatedBy: actorId }).onConflictDoNothing();
		await tx.select().from(voucherBudget).where(eq(voucherBudget.year, year)).for('update');
		if ((await committedAmount(tx, year)) > amountEuros) throw new VoucherError(409, 'budget-below-committed');
		await tx.update(voucherBudget).set({ amountEuros, updatedBy: actorId, updatedAt: new Date() }).where(eq(voucherBudget.year, year));
	});
}

export async function listApplications(db: Db, statuses?: readonly VoucherStatus[]) {
	const query = db.select().from(voucherApplication);
	return (statuses ? query.where(inArray(voucherApplication.status, [...statuses])) : query).orderBy(desc(voucherApplication.createdAt));
}

export async function applicationWithHistory(db: Db, id: string) {
	const [application] = await db.select().from(voucherApplication).where(eq(voucherApplication.id, id));
	if (!application) return null;
	const events = await db.select().from(voucherStatusEvent).where(eq(voucherStatusEvent.applicationId, id)).orderBy(asc(voucherStatusEvent.at), asc(voucherStatusEvent.id));
	return { application, events };
}

/** The resident's own applications with every status change (who, when, why). */
export async function applicationsOf(db: Db, applicantId: string) {
	const applications = await db.select().from(voucherApplication).where(eq(voucherApplication.applicantId, applicantId)).orderBy(desc(voucherApplication.createdAt));
	if (applications.length === 0) return [];
	const events = await db
		.select()
		.from(voucherStatusEvent)
		.where(inArray(voucherStatusEvent.applicationId, applications.map((a) => a.id)))
		.orderBy(asc(voucherStatusEvent.at), asc(voucherStatusEvent.id));
	return applications.map((application) => ({ application, events: events.filter((e) => e.applicationId === application.id) }));
}
