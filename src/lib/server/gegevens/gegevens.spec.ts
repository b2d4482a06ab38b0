import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { getTableConfig, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import { registerResident } from '$lib/server/auth/accounts';
import { signIn } from '$lib/server/auth/accounts';
import { createSession } from '$lib/server/auth/session';
import { attemptFailed, countAttempt, throttleKey } from '$lib/server/auth/throttle';
import type { Db, DbHandle } from '$lib/server/db/client';
import * as t from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { storeFile } from '$lib/server/files/files';
import { diskPartialStorage } from '$lib/server/files/partial';
import { diskStorage } from '$lib/server/files/storage';
import { budgetOverview, setBudget } from '$lib/server/vouchers/service';
import { deleteAccount } from './delete';
import { collectRows, exportAccount, exportedRow, subjectOf, type Row } from './export';
import { allTables, OMITTED_COLUMNS, personalTables, USER_COLUMNS } from './tables';

let handle: DbHandle;
let dir: string;
let files: ReturnType<typeof diskStorage>;
let partials: ReturnType<typeof diskPartialStorage>;
const PASSWORD = 'een-lang-wachtwoord-2026';
const YEAR = new Date().getFullYear();

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7, 7]);
const SHARED_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode('%PDF-1.7\nalleen van Anna');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const onDisk = (hash: string) => existsSync(join(dir, hash.slice(0, 2), hash));

interface Person {
	userId: string;
	portfolioId: string;
	email: string;
}

beforeAll(async () => {
	handle = await openTestDatabase();
	dir = mkdtempSync(join(tmpdir(), 'tp-gegevens-'));
	files = diskStorage(dir);
	partials = diskPartialStorage(join(dir, 'partial'));
});
afterAll(async () => {
	await handle.close();
	rmSync(dir, { recursive: true, force: true });
});

async function resident(db: Db, name: string): Promise<Person> {
	const email = `${name.toLowerCase()}-${newId()}@example.nl`;
	const userId = await registerResident(db, { email, password: PASSWORD, displayName: name });
	const [row] = await db.select().from(t.portfolio).where(eq(t.portfolio.ownerId, userId));
	return { userId, portfolioId: row!.id, email };
}

async function staff(db: Db, role: 'adviseur' | 'werkgever', organisationId: string | null = null) {
	const id = newId();
	await db.insert(t.user).values({ id, email: `${role}-${id}@example.nl`, passwordHash: 'x', displayName: `${role} ${id.slice(-4)}`, organisationId });
	await db.insert(t.userRole).values({ userId: id, role });
	return id;
}

/** A resident with at least one row in every table that can hold something about them. */
async function fillEverything(db: Db, p: Person, others: { adviserId: string; organisationId: string; employerId: string }, bytes: { own: Uint8Array; shared: Uint8Array }) {
	const base = () => ({ id: newId(), portfolioId: p.portfolioId, version: 1, updatedBy: p.userId });
	await db.insert(t.profile).values({ ...base(), id: p.portfolioId, displayName: 'Anna', woonplaats: 'hengelo', phone: '0612345678', contactEmail: p.email }).onConflictDoNothing();
	const claimId = newId();
	await db.insert(t.skillClaim).values({ ...base(), id: claimId, skillId: 'heftruck-rijden', level: 3, source: 'gevalideerd', lastUsedYear: 2025 });
	await db.insert(t.workExperience).values({ ...base(), title: 'Orderpicker', employer: 'Distributiecentrum Hengelo' });
	await db.insert(t.education).values({ ...base(), name: 'Mbo 2 logistiek', completed: true });
	const own = await storeFile(db, files, { id: newId(), portfolioId: p.portfolioId, name: 'heftruck.png', bytes: bytes.own });
	const shared = await storeFile(db, files, { id: newId(), portfolioId: p.portfolioId, name: 'diploma/../gedeeld.png', bytes: bytes.shared });
	await db.insert(t.certificate).values({ ...base(), name: 'Heftruckcertificaat', fileId: own.id, fileName: 'heftruck.png', fileType: 'image/png' });
	await db.insert(t.languageSkill).values({ ...base(), language: 'nl', level: 'B1' });
	const planId = newId();
	await db.insert(t.planItem).values({ ...base(), id: planId, title: 'Cursus VCA', origin: 'gesprek' });
	await db.insert(t.voucherDraft).values({ ...base(), offerId: 'opl-lasser', motivation: 'Ik wil lasser worden' });
	await db.insert(t.followedSearch).values({ ...base(), name: 'Lassen in Hengelo', list: 'vacatures', newOfferIds: ['vac-lasser'] });
	const scanId = newId();
	await db.insert(t.apkScan).values({ ...base(), id: scanId, modelVersion: '1', startedAt: '2026-01-01', status: 'completed', completedAt: '2026-01-02' });
	await db.insert(t.apkAnswer).values({ ...base(), scanId, questionId: 'q1', value: 4 });
	await db.insert(t.apkBlockLight).values({ scanId, portfolioId: p.portfolioId, blockId: 'werkvermogen', light: 'groen', completedAt: '2026-01-02' });
	const trackId = newId();
	await db.insert(t.evcTrack).values({ ...base(), id: trackId, kwalificatieId: 'logistiek' });
	const evidenceId = newId();
	await db.insert(t.evcEvidence).values({ ...base(), id: evidenceId, trackId, kind: 'starr', title: 'Nieuwe collega ingewerkt', situatie: 'Druk in het magazijn' });
	await db.insert(t.evcReview).values({ ...base(), evidenceId, verdict: 'voldoende', reviewedAt: '2026-02-01', updatedBy: others.adviserId });
	await db.insert(t.evcOutcome).values({ ...base(), kind: 'praktijkverklaring', kwalificatieId: 'logistiek', provider: 'ROC van Twente', issuedOn: '2026-03-01' });

	const clientId = newId();
	await db.insert(t.syncClient).values({ id: clientId, userId: p.userId, portfolioId: p.portfolioId, lastMutationId: 3 });
	await db.insert(t.syncConflict).values({ clientId, mutationId: 3, seq: 0, entity: 'profile', entityId: p.portfolioId, field: 'about', serverValue: 'a', clientValue: 'b' });
	await db.insert(t.portfolioSyncHorizon).values({ portfolioId: p.portfolioId, purgedThrough: 0 });
	await createSession(db, p.userId);

	const applicationId = newId();
	await db.insert(t.voucherApplication).values({
		id: applicationId,
		portfolioId: p.portfolioId,
		applicantId: p.userId,
		offerId: 'opl-lasser',
		offer: { title: 'Lasser', providerName: 'ROC van Twente', costEuros: 2400, kind: 'opleiding' },
		motivation: 'Ik wil lasser worden',
		rulesVersion: '2026-1',
		amountEuros: 1800,
		status: 'goedgekeurd',
		budgetYear: YEAR,
		adviserId: others.adviserId
	});
	await db.insert(t.voucherStatusEvent).values({ id: newId(), applicationId, status: 'aanvraag', actorId: p.userId, actorName: 'Anna', actorRole: 'inwoner' });

	const grantId = newId();
	const expiresAt = new Date(Date.now() + 86_400_000);
	await db.insert(t.shareGrant).values({ id: grantId, portfolioId: p.portfolioId, granteeUserId: others.adviserId, sections: ['skills'], origin: 'gesprek', expiresAt });
	await db.insert(t.accessLog).values({ id: newId(), portfolioId: p.portfolioId, viewerId: others.adviserId, viewerName: 'Adviseur', section: 'skills', allowed: true });
	await db.insert(t.gesprekCode).values({ code: `C${newId().slice(-7)}`, portfolioId: p.portfolioId, sections: ['skills'], grantHours: 24, expiresAt, usedBy: others.adviserId, usedAt: new Date() });
	await db.insert(t.gesprekNote).values({ id: newId(), portfolioId: p.portfolioId, adviserId: others.adviserId, adviserName: 'Adviseur', body: 'Goed gesprek over lassen' });
	await db.insert(t.gesprekSuggestion).values({ id: newId(), portfolioId: p.portfolioId, adviserId: others.adviserId, adviserName: 'Adviseur', title: 'Cursus VCA', status: 'accepted', planItemId: planId });
	await db.insert(t.skillValidation).values({ id: newId(), portfolioId: p.portfolioId, skillClaimId: claimId, adviserId: others.adviserId, adviserName: 'Adviseur' });
	await db.insert(t.talentpoolCard).values({ id: newId(), portfolioId: p.portfolioId, card: { region: 'Hengelo' } });
	const employerGrant = newId();
	await db.insert(t.shareGrant).values({ id: employerGrant, portfolioId: p.portfolioId, granteeOrganisationId: others.organisationId, sections: ['profiel'], origin: 'talentpool', expiresAt });
	await db.insert(t.contactRequest).values({ id: newId(), portfolioId: p.portfolioId, organisationId: others.organisationId, senderId: others.employerId, message: 'Kom eens langs', status: 'accepted', grantId: employerGrant });
	await db.insert(t.klantervaring).values({ id: newId(), userId: p.userId, subject: 'gesprek', subjectId: grantId, score: 8, comment: 'Fijn' });
	const [status] = await db.insert(t.credentialStatus).values({}).returning();
	await db.insert(t.issuedCredential).values({ id: newId(), portfolioId: p.portfolioId, kind: 'skill', subjectId: claimId, subjectKey: 'lassen', name: 'Lassen', statusIndex: status!.statusIndex, json: { type: ['VerifiableCredential', 'OpenBadgeCredential'] }, issuedAt: new Date(), publicSlug: `slug${newId().slice(-12)}` });
	await db.insert(t.externalValidation).values({ id: newId(), portfolioId: p.portfolioId, tokenId: newId(), secretHash: new Uint8Array([4, 5, 6]), validatorName: 'Henk', validatorEmail: 'henk@example.nl', skillClaimIds: [claimId], expiresAt });
	await db.insert(t.cvVerificationLink).values({ portfolioId: p.portfolioId, slug: `cv${newId().slice(-12)}` });
	await db.insert(t.apkInvitation).values({ id: newId(), organisationId: others.organisationId, email: p.email, code: `APK-${newId().slice(-8)}`, createdBy: others.employerId, acceptedBy: p.userId, acceptedAt: new Date() });
	// A staff invitation to the same address, from before, and failed sign-ins.
	await db.insert(t.invitation).values({ id: newId(), secretHash: new Uint8Array([1, 2, 3]), email: p.email, role: 'adviseur', invitedBy: others.adviserId, expiresAt });
	// Protective counters by email and by account id.
	for (const key of [throttleKey('signInAccount', p.email), throttleKey('gesprekAccount', p.userId), throttleKey('apkAccount', p.userId)]) {
		await attemptFailed(db, await countAttempt(db, [key]));
	}
	// A check mail, a bericht, choices not to get mail or push about a kind, and a device with push on.
	await db.insert(t.emailToken).values({ id: newId(), userId: p.userId, purpose: 'verify', email: p.email, secretHash: new Uint8Array([4, 5, 6]), expiresAt });
	await db.insert(t.bericht).values({ ...base(), kind: 'validatie', at: '2026-02-01T10:00:00.000Z', link: '/mijn/skills' });
	await db.insert(t.notificationPreference).values({ userId: p.userId, kind: 'aanbod', channel: 'mail', enabled: false });
	await db.insert(t.notificationPreference).values({ userId: p.userId, kind: 'verslag', channel: 'push', enabled: false });
	await db.insert(t.pushSubscription).values({ id: newId(), userId: p.userId, endpoint: `https://fcm.googleapis.com/fcm/send/${newId()}`, p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' });
	await db.insert(t.staffBericht).values({ id: newId(), userId: p.userId, kind: 'bewijs', link: '/adviseur' });
	await partials.append(`${p.portfolioId}-${newId()}`, new Uint8Array([1, 2, 3]));
	return { own, shared };
}

/** Every row of every table, by table name. */
async function everything(db: Db): Promise<Map<string, Row[]>> {
	const out = new Map<string, Row[]>();
	for (const table of allTables()) out.set(getTableConfig(table).name, (await db.select().from(table)) as Row[]);
	return out;
}

const json = (value: unknown) => JSON.stringify(value);
const mentions = (row: Row, p: Person) => {
	const text = json(row);
	return text.includes(p.userId) || text.includes(p.portfolioId) || text.includes(p.email);
};
const sorted = (rows: unknown[]) => rows.map((r) => json(r)).sort();

describe('the tables about a person', () => {
	it('classifies every foreign key to a person, and only existing columns', () => {
		const tables = personalTables();
		const names = new Set(allTables().map((table) => getTableConfig(table).name));
		for (const key of [...Object.keys(USER_COLUMNS), ...Object.keys(OMITTED_COLUMNS)]) {
			const [table, column] = key.split('.');
			expect(names.has(table!), key).toBe(true);
			expect(getTableConfig(allTables().find((x) => getTableConfig(x).name === table)!).columns.some((c) => c.name === column), key).toBe(true);
		}
		for (const rule of Object.values(USER_COLUMNS)) if ('notExported' in rule) expect(rule.notExported.length).toBeGreaterThan(20);
		// Every table with a user_id or portfolio_id column (or a foreign key to a person) is found.
		for (const table of allTables()) {
			const config = getTableConfig(table);
			const direct = config.columns.some((c) => ['user_id', 'portfolio_id', 'owner_id'].includes(c.name));
			if (direct) expect(tables.map((x) => x.name), config.name).toContain(config.name);
		}
		expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['app_user', 'voucher_status_event', 'sync_conflict', 'invitation', 'throttle_counter']));
	});

	it('refuses a new column that points at a person until it says whether it is exported', () => {
		const future = pgTable('future_table', { id: uuid('id').primaryKey(), reviewerId: uuid('reviewer_id').references(() => t.user.id), note: text('note') });
		expect(() => personalTables([...allTables(), future])).toThrow(/future_table.reviewer_id/);
		// One with a portfolio_id needs nothing: it is exported.
		const owned = pgTable('future_owned', { id: uuid('id').primaryKey(), portfolioId: uuid('portfolio_id').references(() => t.portfolio.id) });
		expect(personalTables([...allTables(), owned]).map((x) => x.name)).toContain('future_owned');
	});
});

describe('download and delete my data', () => {
	let anna: Person;
	let bob: Person;
	let annaFiles: Awaited<ReturnType<typeof fillEverything>>;
	let bobFiles: Awaited<ReturnType<typeof fillEverything>>;

	beforeAll(async () => {
		const db = handle.db;
		const organisationId = newId();
		await db.insert(t.organisation).values({ id: organisationId, name: 'Techniek Twente BV', kind: 'werkgever' });
		const others = { adviserId: await staff(db, 'adviseur'), employerId: await staff(db, 'werkgever', organisationId), organisationId };
		await setBudget(db, others.adviserId, YEAR, 100_000);
		anna = await resident(db, 'Anna');
		bob = await resident(db, 'Bob');
		annaFiles = await fillEverything(db, anna, others, { own: PNG, shared: SHARED_PNG });
		bobFiles = await fillEverything(db, bob, others, { own: PDF, shared: SHARED_PNG });
	});

	it('exports every row about the account, from every table, and every file byte for byte', async () => {
		const escoUri = 'http://data.europa.eu/esco/skill/3a0c5d1e-6b7f-4c2a-9d8e-1f2a3b4c5d01';
		await handle.db.insert(t.escoMapping).values({ ourKind: 'skill', ourId: 'heftruck-rijden', escoUri, escoLabel: 'heftruck rijden' }).onConflictDoNothing();
		const zip = unzipSync((await exportAccount(handle.db, files, anna.userId))!);
		// The standard ids of her skills, next to the tables.
		expect(JSON.parse(strFromU8(zip['standaard-ids.json']!))).toEqual([{ kind: 'skill', id: 'heftruck-rijden', label: 'Heftruck rijden', escoUri, competentNlId: null }]);
		const all = await everything(handle.db);
		const tables = personalTables();
		for (const entry of tables) {
			const exported = JSON.parse(strFromU8(zip[`gegevens/${entry.name}.json`]!)) as Row[];
			// Straight from the database: every row of the table that mentions Anna's id, portfolio or email.
			const expected = all.get(entry.name)!.filter((row) => mentions(row, anna)).map((row) => JSON.parse(json(exportedRow(entry, row))));
			expect(sorted(exported), entry.name).toEqual(sorted(expected));
			// Seeded with something in every table, so a table that exports nothing cannot pass unnoticed.
			expect(exported.length, `${entry.name} has rows`).toBeGreaterThan(0);
			expect(json(exported)).not.toContain(bob.portfolioId);
		}
		// Only the personal tables mention her at all.
		for (const [name, rows] of all) if (!tables.some((x) => x.name === name)) expect(rows.filter((row) => mentions(row, anna)), name).toEqual([]);

		const user = JSON.parse(strFromU8(zip['gegevens/app_user.json']!)) as Row[];
		expect(user).toHaveLength(1);
		expect(user[0]).not.toHaveProperty('passwordHash');
		expect(json(zip['gegevens/session.json'] && strFromU8(zip['gegevens/session.json']))).not.toMatch(/secretHash/);

		const fileRows = JSON.parse(strFromU8(zip['gegevens/file_object.json']!)) as { id: string; name: string; sha256: string }[];
		expect(fileRows.map((f) => f.id).sort()).toEqual([annaFiles.own.id, annaFiles.shared.id].sort());
		const inZip = Object.entries(zip).filter(([path]) => path.startsWith('bestanden/') && !path.endsWith('/'));
		expect(inZip).toHaveLength(2);
		expect(zip[`bestanden/${annaFiles.own.id}/heftruck.png`]).toEqual(PNG);
		// A name with a path in it stays inside its own folder.
		const sharedPath = inZip.find(([path]) => path.startsWith(`bestanden/${annaFiles.shared.id}/`))!;
		expect(sharedPath[0].split('/')).toHaveLength(3);
		expect(sharedPath[1]).toEqual(SHARED_PNG);
		expect(strFromU8(zip['LEESMIJ.txt']!)).toContain('Talentpaspoort');
	});

	it('refuses a wrong password and deletes nothing', async () => {
		const before = await everything(handle.db);
		expect(await deleteAccount(handle.db, { files, partials }, { userId: anna.userId, password: 'niet-het-wachtwoord' })).toEqual({ ok: false, reason: 'wrong_password' });
		const after = await everything(handle.db);
		for (const [name, rows] of before) if (name !== 'throttle_counter') expect(sorted(after.get(name)!), name).toEqual(sorted(rows));
		expect(onDisk(annaFiles.own.sha256)).toBe(true);
	});

	it('deletes every row and file of the account, keeps the other resident and the fund budget intact', async () => {
		const bobBefore = await collectRows(handle.db, (await subjectOf(handle.db, bob.userId))!);
		const budgetBefore = await budgetOverview(handle.db, YEAR);
		expect(budgetBefore.committed).toBe(3600);

		expect(await deleteAccount(handle.db, { files, partials }, { userId: anna.userId, password: PASSWORD })).toEqual({ ok: true });

		// No row in any table names her id, her portfolio or her email.
		const all = await everything(handle.db);
		for (const [name, rows] of all) expect(rows.filter((row) => mentions(row, anna)), name).toEqual([]);
		// Her own file is gone from disk; the bytes Bob has too stay, and so do Bob's own.
		expect(onDisk(sha(PNG))).toBe(false);
		expect(onDisk(sha(SHARED_PNG))).toBe(true);
		expect(onDisk(bobFiles.own.sha256)).toBe(true);
		expect(await partials.size(`${anna.portfolioId}-x`)).toBe(0);
		const { readdirSync } = await import('node:fs');
		expect(readdirSync(join(dir, 'partial')).filter((name) => name.startsWith(anna.portfolioId))).toEqual([]);
		expect(readdirSync(join(dir, 'partial')).filter((name) => name.startsWith(bob.portfolioId))).toHaveLength(1);

		// Bob's data is exactly as before.
		const bobAfter = await collectRows(handle.db, (await subjectOf(handle.db, bob.userId))!);
		expect([...bobAfter.keys()]).toEqual([...bobBefore.keys()]);
		for (const [name, rows] of bobBefore) expect(sorted(bobAfter.get(name)!), name).toEqual(sorted(rows));

		// What remains: the day, and the money her approved voucher still holds.
		expect(all.get('account_deletion')).toEqual([{ id: expect.any(String), deletedOn: new Date().toISOString().slice(0, 10) }]);
		expect((await budgetOverview(handle.db, YEAR)).committed).toBe(3600);
		// The employer's invitation stays as a count, for nobody in particular.
		expect(all.get('apk_invitation')!.filter((row) => row.email === null && row.acceptedAt !== null)).toHaveLength(1);

		// She cannot sign in, and registering again with the address works.
		expect(await signIn(handle.db, { email: anna.email, password: PASSWORD, ip: '127.0.0.9' })).toEqual({ ok: false, reason: 'invalid' });
		await expect(registerResident(handle.db, { email: anna.email, password: PASSWORD, displayName: 'Anna' })).resolves.toEqual(expect.any(String));
		expect(await exportAccount(handle.db, files, anna.userId)).toBeNull();
	});
});
