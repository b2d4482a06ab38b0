import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { occupationById } from '$lib/data/taxonomy';
import { tfvvEligibility, type TfvvVerdict } from '$lib/shared/funding';
import { ruleSetOn } from '$lib/shared/funding/options';
import type { FundingRuleSet, TfvvRule } from '$lib/shared/funding/types';
import { kansberoepSchema, offerSchema, type Kansberoep, type Offer } from '$lib/shared/matching/catalogue-schema';
import { createOutlookLookup } from '$lib/shared/matching/outlook';
import { EDUCATION_LEVELS, type EducationLevel } from '$lib/shared/sync/entities/paspoort';
import type { VoucherStatus } from '$lib/shared/voucher/workflow';
import type { Db } from '$lib/server/db/client';
import { catalogueRecord, profile, user, voucherApplication } from '$lib/server/db/schema';

export interface StaffVoucherRow {
	id: string;
	title: string;
	status: VoucherStatus;
	createdAt: Date;
	amountEuros: number;
	applicantName: string;
	woonplaats: string;
	educationLevel: EducationLevel | null;
	/** The fund's check on the application as it stands; null when the offer or the rules are no longer known. */
	check: TfvvVerdict | null;
}

/** The rule set the application was submitted under, or today's when that version is gone. */
function tfvvRuleFor(ruleSets: readonly FundingRuleSet[], version: string): TfvvRule | null {
	const set = ruleSets.find((s) => s.version === version) ?? ruleSetOn(ruleSets, new Date().toISOString().slice(0, 10));
	const rule = set?.rules.find((r) => r.kind === 'tfvv');
	return rule?.kind === 'tfvv' ? rule : null;
}

/**
 * Submitted applications for the staff lists, each with who applied (name, woonplaats, education level from
 * the paspoort) and the fund's eligibility check, so nobody acts before seeing whether it can be paid.
 */
export async function applicationsForStaff(db: Db, statuses?: readonly VoucherStatus[]): Promise<StaffVoucherRow[]> {
	const rows = await db
		.select({ application: voucherApplication, applicantName: user.displayName, woonplaats: profile.woonplaats, educationLevel: profile.educationLevel })
		.from(voucherApplication)
		.innerJoin(user, eq(user.id, voucherApplication.applicantId))
		.leftJoin(profile, and(eq(profile.portfolioId, voucherApplication.portfolioId), isNull(profile.deletedAt)))
		.where(statuses ? inArray(voucherApplication.status, [...statuses]) : undefined)
		.orderBy(desc(voucherApplication.createdAt));
	if (rows.length === 0) return [];

	const catalogue = await db
		.select({ kind: catalogueRecord.kind, id: catalogueRecord.id, data: catalogueRecord.data })
		.from(catalogueRecord)
		.where(and(inArray(catalogueRecord.kind, ['offer', 'kansberoep', 'fundingRule']), isNull(catalogueRecord.deletedAt)));
	const offers = new Map<string, Offer>();
	const kansberoepen: Kansberoep[] = [];
	const ruleSets: FundingRuleSet[] = [];
	for (const item of catalogue) {
		if (item.kind === 'offer') {
			const parsed = offerSchema.safeParse(item.data);
			if (parsed.success) offers.set(item.id, parsed.data);
		} else if (item.kind === 'kansberoep') {
			const parsed = kansberoepSchema.safeParse(item.data);
			if (parsed.success) kansberoepen.push(parsed.data);
		} else if (item.data && typeof item.data === 'object' && 'rules' in item.data) ruleSets.push(item.data as FundingRuleSet);
	}
	const outlook = createOutlookLookup(kansberoepen, (id) => occupationById(id) !== undefined);

	return rows.map(({ application: a, applicantName, woonplaats, educationLevel }) => {
		const level = (EDUCATION_LEVELS as readonly string[]).includes(educationLevel ?? '') ? (educationLevel as EducationLevel) : null;
		const offer = offers.get(a.offerId);
		const rule = tfvvRuleFor(ruleSets, a.rulesVersion);
		const check =
			offer && rule
				? tfvvEligibility({
						person: { woonplaats: woonplaats ?? '', werkgemeente: a.werkgemeente, educationLevel: level, employed: a.employed },
						offer,
						rule,
						outlook,
						perspectiveDemonstrated: !!a.scholingsplan?.trim()
					})
				: null;
		return { id: a.id, title: a.offer.title, status: a.status, createdAt: a.createdAt, amountEuros: a.amountEuros, applicantName, woonplaats: woonplaats ?? '', educationLevel: level, check };
	});
}
