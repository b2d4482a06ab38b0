import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ShareSection } from '$lib/shared/sharing';
import type { SessionUser } from '$lib/server/auth/session';
import type { Db } from '$lib/server/db/client';
import { checkedContactEmail } from '$lib/shared/paspoort/contact';
import { apkScan, certificate, education, evcEvidence, evcReview, evcTrack, languageSkill, planItem, portfolio, profile, skillClaim, user, workExperience } from '$lib/server/db/schema';
import type { SyncTable } from '$lib/server/sync/registry';
import { requireSectionAccess } from './access';
import { validationsOf } from './gesprek';

const live = (table: SyncTable, portfolioId: string) => and(eq(table.portfolioId, portfolioId), isNull(table.deletedAt));

/** What each section shows a viewer; only live rows, and none of the sync bookkeeping. */
const readers = {
	async profiel(db: Db, portfolioId: string) {
		const [row] = await db.select().from(profile).where(live(profile, portfolioId));
		if (!row) return null;
		const { displayName, woonplaats, situation, about, availability, educationLevel, beroepswensen, drivingLicences, hoursPerWeek, maxTravelMinutes, phone } = row;
		// Only a checked address is passed on; the viewer is told when there is one that is not checked.
		const [owner] = await db.select({ email: user.email, verifiedAt: user.emailVerifiedAt }).from(portfolio).innerJoin(user, eq(user.id, portfolio.ownerId)).where(eq(portfolio.id, portfolioId));
		const contactEmail = checkedContactEmail(row.contactEmail, owner && { email: owner.email, emailVerified: owner.verifiedAt !== null }) ?? '';
		const contactEmailUnchecked = !contactEmail && !!row.contactEmail?.trim();
		return { displayName, woonplaats, situation, about, availability, educationLevel, beroepswensen, drivingLicences, hoursPerWeek, maxTravelMinutes, contactEmail, contactEmailUnchecked, phone };
	},
	async skills(db: Db, portfolioId: string) {
		const claims = await db
			.select({ id: skillClaim.id, skillId: skillClaim.skillId, level: skillClaim.level, source: skillClaim.source, lastUsedYear: skillClaim.lastUsedYear })
			.from(skillClaim)
			.where(live(skillClaim, portfolioId))
			.orderBy(asc(skillClaim.skillId));
		const validations = await validationsOf(db, portfolioId);
		return claims.map((c) => ({ ...c, validation: validations.find((v) => v.skillClaimId === c.id) ?? null }));
	},
	async ervaring(db: Db, portfolioId: string) {
		return db
			.select({
				id: workExperience.id,
				title: workExperience.title,
				occupationId: workExperience.occupationId,
				employer: workExperience.employer,
				place: workExperience.place,
				startMonth: workExperience.startMonth,
				endMonth: workExperience.endMonth,
				description: workExperience.description
			})
			.from(workExperience)
			.where(live(workExperience, portfolioId))
			.orderBy(asc(workExperience.startMonth));
	},
	async opleiding(db: Db, portfolioId: string) {
		const educations = await db
			.select({ id: education.id, name: education.name, institution: education.institution, level: education.level, startYear: education.startYear, endYear: education.endYear, completed: education.completed })
			.from(education)
			.where(live(education, portfolioId));
		const certificates = await db
			.select({ id: certificate.id, name: certificate.name, kind: certificate.kind, issuer: certificate.issuer, issuedMonth: certificate.issuedMonth, fileId: certificate.fileId, fileName: certificate.fileName })
			.from(certificate)
			.where(live(certificate, portfolioId));
		const languages = await db.select({ id: languageSkill.id, language: languageSkill.language, level: languageSkill.level }).from(languageSkill).where(live(languageSkill, portfolioId));
		return { educations, certificates, languages };
	},
	async evc(db: Db, portfolioId: string) {
		const tracks = await db.select({ id: evcTrack.id, kwalificatieId: evcTrack.kwalificatieId, status: evcTrack.status }).from(evcTrack).where(live(evcTrack, portfolioId));
		const items = await db
			.select({
				id: evcEvidence.id,
				trackId: evcEvidence.trackId,
				kind: evcEvidence.kind,
				title: evcEvidence.title,
				werkprocesIds: evcEvidence.werkprocesIds,
				fileId: evcEvidence.fileId,
				fileType: evcEvidence.fileType,
				situatie: evcEvidence.situatie,
				taak: evcEvidence.taak,
				actie: evcEvidence.actie,
				resultaat: evcEvidence.resultaat,
				reflectie: evcEvidence.reflectie,
				refName: evcEvidence.refName,
				refRole: evcEvidence.refRole,
				refStatement: evcEvidence.refStatement
			})
			.from(evcEvidence)
			.where(live(evcEvidence, portfolioId))
			.orderBy(asc(evcEvidence.title));
		const reviews = await db
			.select({ evidenceId: evcReview.evidenceId, verdict: evcReview.verdict, comment: evcReview.comment, reviewerName: evcReview.reviewerName, reviewedAt: evcReview.reviewedAt })
			.from(evcReview)
			.where(live(evcReview, portfolioId))
			.orderBy(asc(evcReview.reviewedAt));
		return { tracks, items, reviews };
	},
	async apk(db: Db, portfolioId: string) {
		return db
			.select({ id: apkScan.id, modelVersion: apkScan.modelVersion, occupationId: apkScan.occupationId, outlook: apkScan.outlook, completedAt: apkScan.completedAt })
			.from(apkScan)
			.where(and(live(apkScan, portfolioId), eq(apkScan.status, 'completed')));
	},
	async ontwikkelplan(db: Db, portfolioId: string) {
		return db
			.select({ id: planItem.id, kind: planItem.kind, title: planItem.title, description: planItem.description, status: planItem.status, dueDate: planItem.dueDate, origin: planItem.origin })
			.from(planItem)
			.where(live(planItem, portfolioId));
	}
} satisfies Record<ShareSection, (db: Db, portfolioId: string) => Promise<unknown>>;

export type SectionData = { [S in ShareSection]: Awaited<ReturnType<(typeof readers)[S]>> };

/** One section of someone's portfolio, after the grant check that also writes the access log row. */
export async function readSection<S extends ShareSection>(db: Db, input: { viewer: SessionUser; portfolioId: string; section: S }): Promise<SectionData[S]> {
	await requireSectionAccess(db, input);
	return (readers[input.section] as (db: Db, portfolioId: string) => Promise<SectionData[S]>)(db, input.portfolioId);
}

/** The sections a viewer may see, each read (and logged) once; sections without a grant are simply absent. */
export async function readSharedSections(db: Db, input: { viewer: SessionUser; portfolioId: string; sections: readonly ShareSection[] }): Promise<Partial<SectionData>> {
	const out: Partial<SectionData> = {};
	for (const section of input.sections) {
		(out as Record<string, unknown>)[section] = await readSection(db, { ...input, section });
	}
	return out;
}
