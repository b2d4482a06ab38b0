import { and, eq, inArray, isNull } from 'drizzle-orm';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { skillById } from '$lib/data/taxonomy';
import { kwalificatieById, werkprocesById } from '$lib/data/evc';
import { credentialPath } from '$lib/shared/credentials';
import { newId } from '$lib/shared/id';
import { staticIds, type StandardIdLookup, type StandardIds } from '$lib/shared/standard-ids';
import { formatDate } from '$lib/shared/dates';
import type { Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { randomToken } from '$lib/server/auth/token';
import type { Db } from '$lib/server/db/client';
import { credentialStatus, evcOutcome, issuedCredential, portfolio, profile, skillClaim, skillValidation, user, type CredentialKind } from '$lib/server/db/schema';
import { appOrigin } from '$lib/server/mail/templates';
import { standardIds } from '$lib/server/taxonomy/esco';
import { OB3_CONTEXT, staticLoader, VC_V2_CONTEXT, type DocumentLoader } from './contexts';
import { ISSUER_NAME, issuerDocument, issuerKeys, issuerMethod, type IssuerKeys } from './keys';
import { allocateStatus, signedStatusList, statusEntry, statusListNumber } from './status';

/** The loader for the app's own documents: its issuer (and keys) and its status lists, signed on demand. */
export function appLoader(db: Db, keys: IssuerKeys): DocumentLoader {
	const loader: DocumentLoader = staticLoader(async (url) => {
		if (url === keys.issuer) return issuerDocument(keys);
		const method = issuerMethod(keys, url);
		if (method) return method;
		const list = statusListNumber(url);
		if (list !== null) return signedStatusList(db, keys, list, loader);
		return null;
	});
	return loader;
}

export async function appCredentialContext(db: Db) {
	const keys = await issuerKeys(db);
	return { keys, loader: appLoader(db, keys) };
}

/** The words a credential carries, in the holder's language. */
export interface CredentialWords {
	name: string;
	description: string;
	criteria: string;
	evidence: { name: string; description: string }[];
}

/** What a credential is about; its words are made in the holder's language when it is issued. */
export interface CredentialContent {
	kind: CredentialKind;
	subjectId: string;
	subjectKey: string;
	words: (locale: Locale) => CredentialWords;
	/** ESCO / CompetentNL ids where the taxonomy knows them. */
	alignment: { targetName: string; targetUrl: string; targetFramework: string; targetCode?: string }[];
	validFrom: Date;
}

const seconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The unsigned Open Badges 3.0 credential (W3C VC 2.0 data model). */
export function buildCredential(input: { id: string; issuer: string; holderName: string; locale: Locale; statusIndex: number; content: CredentialContent }) {
	const { content } = input;
	const words = content.words(input.locale);
	const origin = appOrigin();
	return {
		'@context': [VC_V2_CONTEXT, OB3_CONTEXT],
		id: `urn:uuid:${input.id}`,
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		issuer: { id: input.issuer, type: ['Profile'], name: ISSUER_NAME, url: origin },
		validFrom: seconds(content.validFrom),
		name: words.name,
		credentialSubject: {
			type: ['AchievementSubject'],
			name: input.holderName,
			achievement: {
				id: `urn:talentpaspoort:${content.kind}:${content.subjectKey}`,
				type: ['Achievement'],
				achievementType: content.kind === 'skill' ? 'Competency' : 'Certificate',
				name: words.name,
				description: words.description,
				criteria: { narrative: words.criteria },
				...(content.alignment.length > 0 ? { alignment: content.alignment.map((a) => ({ type: ['Alignment'], ...a })) } : {})
			}
		},
		...(words.evidence.length > 0 ? { evidence: words.evidence.map((e) => ({ type: ['Evidence'], ...e })) } : {}),
		credentialStatus: statusEntry(input.statusIndex)
	};
}

export async function signCredential(credential: object, keys: IssuerKeys, loader: DocumentLoader, now = new Date()) {
	const suite = new DataIntegrityProof({ signer: keys.current.signer(), cryptosuite, date: now });
	return vc.issue({ credential, suite, documentLoader: loader, now });
}

/** The standard ids of the skill as alignments: the confirmed ESCO mapping over the taxonomy's own ids. */
function alignmentOf(skillId: string, ids: StandardIds): CredentialContent['alignment'] {
	const skill = skillById(skillId);
	if (!skill) return [];
	const out: CredentialContent['alignment'] = [];
	if (ids.escoUri) out.push({ targetName: skill.label, targetUrl: ids.escoUri, targetFramework: 'ESCO' });
	if (ids.competentNlId && /^https?:\/\//.test(ids.competentNlId)) out.push({ targetName: skill.label, targetUrl: ids.competentNlId, targetFramework: 'CompetentNL', targetCode: ids.competentNlId });
	return out;
}

/** The holder's chosen name (the profile's, else the account's) and the language of their account. */
async function holderOf(db: Db, portfolioId: string): Promise<{ name: string; locale: Locale }> {
	const [row] = await db.select({ name: profile.displayName }).from(profile).where(eq(profile.id, portfolioId)).limit(1);
	const [owner] = await db.select({ name: user.displayName, locale: user.locale }).from(portfolio).innerJoin(user, eq(user.id, portfolio.ownerId)).where(eq(portfolio.id, portfolioId)).limit(1);
	return { name: row?.name || owner?.name || '', locale: owner?.locale ?? 'nl' };
}

/** Signs and stores one credential, unless a live one for the same subject exists already. */
export async function issueCredential(db: Db, portfolioId: string, content: CredentialContent, now = new Date()): Promise<string | null> {
	const [existing] = await db
		.select({ id: issuedCredential.id })
		.from(issuedCredential)
		.where(
			and(
				eq(issuedCredential.portfolioId, portfolioId),
				eq(issuedCredential.kind, content.kind),
				eq(issuedCredential.subjectId, content.subjectId),
				eq(issuedCredential.subjectKey, content.subjectKey),
				isNull(issuedCredential.revokedAt)
			)
		)
		.limit(1);
	if (existing) return null;
	const { keys, loader } = await appCredentialContext(db);
	const id = newId();
	const statusIndex = await allocateStatus(db);
	const holder = await holderOf(db, portfolioId);
	const unsigned = buildCredential({ id, issuer: keys.issuer, holderName: holder.name, locale: holder.locale, statusIndex, content });
	const signed = await signCredential(unsigned, keys, loader, now);
	const inserted = await db
		.insert(issuedCredential)
		.values({ id, portfolioId, kind: content.kind, subjectId: content.subjectId, subjectKey: content.subjectKey, name: unsigned.name, statusIndex, json: signed, issuedAt: now })
		.onConflictDoNothing()
		.returning({ id: issuedCredential.id });
	return inserted[0]?.id ?? null;
}

/** Revokes one credential: its row says so, and its bit in the public status list is set. */
export async function revokeCredential(db: Db, credentialId: string, now = new Date()): Promise<void> {
	const [row] = await db.update(issuedCredential).set({ revokedAt: now, publicSlug: null }).where(and(eq(issuedCredential.id, credentialId), isNull(issuedCredential.revokedAt))).returning({ statusIndex: issuedCredential.statusIndex });
	if (row) await db.update(credentialStatus).set({ revokedAt: now }).where(eq(credentialStatus.statusIndex, row.statusIndex));
}

/** Every credential of a portfolio revoked (the account is being deleted; the bits outlive the rows). */
export async function revokeAllOf(db: Db, portfolioId: string, now = new Date()): Promise<void> {
	const mine = db.select({ statusIndex: issuedCredential.statusIndex }).from(issuedCredential).where(eq(issuedCredential.portfolioId, portfolioId));
	await db
		.update(credentialStatus)
		.set({ revokedAt: now })
		.where(and(isNull(credentialStatus.revokedAt), inArray(credentialStatus.statusIndex, mine)));
}

/** Data labels stay Dutch in German (docs/decisions.md, "Data stays Dutch"); English has its own. */
const skillName = (skillId: string, locale: Locale) => {
	const skill = skillById(skillId);
	return skill ? (locale === 'en' ? skill.labelEn : skill.label) : skillId;
};

export function skillContent(
	input: { skillClaimId: string; skillId: string; validatorName: string; validatorRole: string | null; at: Date },
	ids: StandardIdLookup = staticIds
): CredentialContent {
	return {
		kind: 'skill',
		subjectId: input.skillClaimId,
		subjectKey: input.skillId,
		words: (locale) => {
			const name = skillName(input.skillId, locale);
			const by = m.credential_text_by({ name: input.validatorName, role: input.validatorRole ?? m.credential_text_adviser({}, { locale }) }, { locale });
			return {
				name,
				description: m.credential_text_skill_description({ skill: name }, { locale }),
				criteria: m.credential_text_skill_criteria({ by, date: formatDate(input.at, locale) }, { locale }),
				evidence: [{ name: m.credential_text_skill_evidence_name({}, { locale }), description: m.credential_text_skill_evidence({ by }, { locale }) }]
			};
		},
		alignment: alignmentOf(input.skillId, ids('skill', input.skillId)),
		validFrom: input.at
	};
}

function evcContents(outcome: typeof evcOutcome.$inferSelect): CredentialContent[] {
	const kwalificatie = kwalificatieById(outcome.kwalificatieId);
	const qualification = kwalificatie?.name ?? outcome.kwalificatieId;
	const what = (locale: Locale) => (outcome.kind === 'praktijkverklaring' ? m.credential_text_praktijkverklaring({}, { locale }) : m.credential_text_ervaringscertificaat({}, { locale }));
	const validFrom = /^\d{4}-\d{2}(-\d{2})?$/.test(outcome.issuedOn) ? new Date(`${outcome.issuedOn.length === 7 ? `${outcome.issuedOn}-01` : outcome.issuedOn}T00:00:00Z`) : outcome.updatedAt;
	const evidence = (locale: Locale) => [{ name: what(locale), description: m.credential_text_evc_evidence({ what: what(locale), provider: outcome.provider, date: outcome.issuedOn }, { locale }) }];
	const contents: CredentialContent[] = [
		{
			kind: 'evc',
			subjectId: outcome.id,
			subjectKey: outcome.kwalificatieId,
			words: (locale) => ({
				name: m.credential_text_evc_name({ what: what(locale), qualification }, { locale }),
				description: kwalificatie
					? m.credential_text_evc_description_level({ what: what(locale), qualification, level: String(kwalificatie.level) }, { locale })
					: m.credential_text_evc_description({ what: what(locale), qualification }, { locale }),
				criteria: m.credential_text_evc_criteria({ provider: outcome.provider, date: outcome.issuedOn }, { locale }),
				evidence: evidence(locale)
			}),
			alignment: [],
			validFrom
		}
	];
	for (const werkprocesId of outcome.werkprocesIds) {
		const found = werkprocesById(werkprocesId);
		if (!found) continue;
		contents.push({
			kind: 'werkproces',
			subjectId: outcome.id,
			subjectKey: werkprocesId,
			words: (locale) => ({
				name: found.werkproces.title,
				description: m.credential_text_werkproces_description({ title: found.werkproces.title, qualification: found.kwalificatie.name, description: found.werkproces.description }, { locale }),
				criteria: m.credential_text_werkproces_criteria({ provider: outcome.provider, date: outcome.issuedOn }, { locale }),
				evidence: evidence(locale)
			}),
			alignment: [],
			validFrom
		});
	}
	return contents;
}

/**
 * Brings a portfolio's credentials in line with it: a validated skill, an EVC outcome and each werkproces
 * confirmed in it have a live credential; one whose skill lost its validation or whose outcome is gone is revoked.
 */
export async function reconcileCredentials(db: Db, portfolioId: string, now = new Date()): Promise<void> {
	const [claims, validations, outcomes, credentials] = await Promise.all([
		db.select().from(skillClaim).where(and(eq(skillClaim.portfolioId, portfolioId), isNull(skillClaim.deletedAt))),
		db.select().from(skillValidation).where(eq(skillValidation.portfolioId, portfolioId)),
		db.select().from(evcOutcome).where(and(eq(evcOutcome.portfolioId, portfolioId), isNull(evcOutcome.deletedAt))),
		db.select().from(issuedCredential).where(and(eq(issuedCredential.portfolioId, portfolioId), isNull(issuedCredential.revokedAt)))
	]);
	const wanted: CredentialContent[] = [];
	const ids = await standardIds(db);
	for (const claim of claims) {
		if (claim.source !== 'gevalideerd') continue;
		const validation = validations.filter((v) => v.skillClaimId === claim.id).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
		if (!validation) continue;
		wanted.push(skillContent({ skillClaimId: claim.id, skillId: claim.skillId, validatorName: validation.adviserName, validatorRole: validation.validatorRole, at: validation.at }, ids));
	}
	for (const outcome of outcomes) wanted.push(...evcContents(outcome));
	const key = (c: { kind: string; subjectId: string; subjectKey: string }) => `${c.kind}|${c.subjectId}|${c.subjectKey}`;
	const wantedKeys = new Set(wanted.map(key));
	const haveKeys = new Set(credentials.map(key));
	for (const c of credentials) if (!wantedKeys.has(key(c))) await revokeCredential(db, c.id, now);
	for (const content of wanted) if (!haveKeys.has(key(content))) await issueCredential(db, portfolioId, content, now);
}

export interface CredentialView {
	id: string;
	kind: CredentialKind;
	name: string;
	issuedAt: string;
	revoked: boolean;
	publicPath: string | null;
}

export async function credentialsOf(db: Db, portfolioId: string): Promise<CredentialView[]> {
	const rows = await db.select().from(issuedCredential).where(eq(issuedCredential.portfolioId, portfolioId)).orderBy(issuedCredential.issuedAt);
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		name: r.name,
		issuedAt: r.issuedAt.toISOString(),
		revoked: r.revokedAt !== null,
		publicPath: r.publicSlug ? credentialPath(r.publicSlug) : null
	}));
}

export async function credentialJson(db: Db, portfolioId: string, credentialId: string) {
	const [row] = await db.select().from(issuedCredential).where(and(eq(issuedCredential.id, credentialId), eq(issuedCredential.portfolioId, portfolioId))).limit(1);
	return row ?? null;
}

/** Turns the public link on (a new random slug) or off; a revoked credential never gets one. */
export async function setPublic(db: Db, portfolioId: string, credentialId: string, on: boolean): Promise<string | null | undefined> {
	const [row] = await db.select().from(issuedCredential).where(and(eq(issuedCredential.id, credentialId), eq(issuedCredential.portfolioId, portfolioId))).limit(1);
	if (!row || (on && row.revokedAt)) return undefined;
	const slug = on ? (row.publicSlug ?? randomToken()) : null;
	await db.update(issuedCredential).set({ publicSlug: slug }).where(eq(issuedCredential.id, row.id));
	return slug;
}
