import { type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectNoA11yViolations, readyForOffline, registerResident, signIn, test } from './support';

/**
 * Every field of every resident form, filled as a new resident would, saved, reloaded and read back: on the
 * device's pages, in the device's store, and from the server on another device. A form that throws, drops a
 * field or keeps it only on the device fails here (number inputs, years and months included).
 */

// A step that cannot be done fails in seconds, not at the end of the whole test's time.
test.use({ actionTimeout: 15_000 });

const PHOTO = { name: 'heftruck.png', mimeType: 'image/png', buffer: readFileSync('static/icons/icon-192.png') };

const V = {
	profile: {
		displayName: 'Yusuf Demir',
		woonplaats: ['Hengelo', 'hengelo'],
		situation: ['Ik zoek werk', 'werkzoekend'],
		educationLevel: ['mbo 2', 'mbo-2'],
		beroepswens: ['Lasser', 'lasser'],
		availability: ['Direct', 'direct'],
		hoursPerWeek: 32,
		maxTravelMinutes: 45,
		constraints: 'Ik breng om 8 uur de kinderen naar school.',
		about: 'Ik werk graag met mijn handen en leer snel.',
		contactEmail: 'yusuf.demir@example.nl',
		phone: '06 1234 5678'
	},
	job: {
		occupation: ['Logistiek medewerker', 'logistiek-medewerker'],
		title: 'Orderpicker',
		employer: 'Distributiecentrum Hengelo',
		place: 'Hengelo',
		startMonth: '2019-03',
		endMonth: '2023-11',
		description: 'Orders verzamelen met de handscanner en pallets laden.'
	},
	education: { name: 'Logistiek medewerker', institution: 'ROC van Twente', level: ['mbo 2', 'mbo-2'], startYear: 2015, endYear: 2018, completed: true },
	certificate: { name: 'Heftruckcertificaat', kind: ['Diploma', 'diploma'], issuer: 'Demo Opleidingen Twente', issuedMonth: '2020-05', validUntilMonth: '2025-05' },
	languages: [
		{ language: 'Turks', level: ['Moedertaal', 'moedertaal'] },
		{ language: 'Nederlands', level: ['B2 – goed', 'B2'] }
	],
	licences: [
		['B – auto', 'B'],
		['BE – auto met aanhanger', 'BE']
	],
	skill: { query: 'heftruk', name: 'Heftruck rijden', id: 'heftruck-rijden', level: ['Ervaren', 3] },
	plan: { kind: ['Doel', 'doel'], title: 'Heftruckcertificaat verlengen', description: 'Voor mei 2025 een herhalingscursus doen.', dueDate: '2026-09-01' },
	evc: {
		kwalificatie: 'Logistiek medewerker (mbo 2)',
		starr: {
			title: 'Spoedorder op vrijdag',
			situatie: 'Vrijdagmiddag kwam er een spoedorder binnen.',
			taak: 'Ik moest 40 regels verzamelen voor 16 uur.',
			actie: 'Ik plande de route door het magazijn.',
			resultaat: 'De order ging op tijd de deur uit.',
			reflectie: 'Volgende keer vraag ik eerder om hulp.',
			werkproces: 'Orders verzamelen'
		},
		reference: {
			title: 'Verklaring van mijn teamleider',
			refName: 'Anja Bos',
			refRole: 'Teamleider',
			refContact: 'anja.bos@example.nl',
			refStatement: 'Yusuf ontving twee jaar lang elke ochtend de vracht en controleerde die zelfstandig.',
			werkproces: 'Goederen ontvangen en controleren'
		},
		outcome: { kind: ['Ervaringscertificaat', 'ervaringscertificaat'], provider: 'ROC van Twente', issuedOn: '2026-06-30', validUntil: '2031-06-30', werkproces: 'Intern transport veilig uitvoeren' }
	},
	voucher: { motivation: 'Ik wil van lassen mijn vak maken.', werkgemeente: ['Enschede', 'enschede'], coFinancing: 'Mijn werkgever betaalt de helft.' }
} as const;

/** The "Wijzigen" button of one item (its name ends in the item's, for a screen reader). */
const edit = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Wijzigen\\s*: ${name}$`) });
const save = (page: Page) => page.getByRole('button', { name: 'Opslaan', exact: true }).click();

/** Goes to a resident page; offline the service worker answers with the page kept, or the offline shell. */
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function fillEverything(page: Page): Promise<void> {
	// Talen and rijbewijzen first: saving Over jou afterwards must keep the rijbewijzen.
	await open(page, '/mijn/talen', 'Talen en rijbewijs');
	for (const { language, level } of V.languages) {
		await page.getByLabel('Taal', { exact: true }).fill(language);
		await page.getByLabel('Hoe goed spreek je deze taal?').selectOption({ label: level[0] });
		await page.getByRole('button', { name: 'Taal toevoegen' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: language })).toBeVisible();
	}
	for (const [label] of V.licences) await page.getByLabel(label).check();
	await page.getByRole('button', { name: 'Rijbewijzen opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit apparaat.' })).toBeAttached();
	await expectNoA11yViolations(page);

	const p = V.profile;
	await open(page, '/mijn/profiel', 'Over jou');
	await page.getByLabel('Naam', { exact: true }).fill(p.displayName);
	await page.getByLabel('Woonplaats').selectOption({ label: p.woonplaats[0] });
	await page.getByLabel('Wat is je situatie nu?').selectOption({ label: p.situation[0] });
	await page.getByLabel('Hoogste opleiding').selectOption({ label: p.educationLevel[0] });
	await page.getByLabel('Beroep', { exact: true }).selectOption({ label: p.beroepswens[0] });
	await page.getByRole('button', { name: 'Beroep toevoegen' }).click();
	await page.getByLabel('Wanneer kun je beginnen?').selectOption({ label: p.availability[0] });
	await page.getByLabel('Hoeveel uur per week wil je werken?').fill(String(p.hoursPerWeek));
	await page.getByLabel('Hoe lang wil je hoogstens reizen?').fill(String(p.maxTravelMinutes));
	await page.getByLabel('Waar moeten we rekening mee houden?').fill(p.constraints);
	await page.getByLabel('Over mij').fill(p.about);
	await page.getByLabel('E-mailadres voor je cv').fill(p.contactEmail);
	await page.getByLabel('Telefoonnummer').fill(p.phone);
	await save(page);
	await expect(page.getByText('Opgeslagen op dit apparaat.')).toBeVisible();
	await expectNoA11yViolations(page);

	const j = V.job;
	await open(page, '/mijn/ervaring', 'Werkervaring');
	await page.getByRole('button', { name: 'Werkervaring toevoegen' }).click();
	await page.getByLabel('Beroep', { exact: true }).selectOption({ label: j.occupation[0] });
	await page.getByLabel('Functie').fill(j.title);
	await page.getByLabel('Werkgever').fill(j.employer);
	await page.getByLabel('Plaats').fill(j.place);
	await page.getByLabel('Begonnen in').fill(j.startMonth);
	await page.getByLabel('Gestopt in').fill(j.endMonth);
	await page.getByLabel('Wat deed je?').fill(j.description);
	await expectNoA11yViolations(page);
	await save(page);
	await expect(page.getByRole('heading', { level: 2, name: j.title })).toBeVisible();

	const s = V.skill;
	await open(page, '/mijn/skills', 'Skills');
	await page.getByLabel('Zoek een skill').fill(s.query);
	await page.getByRole('button', { name: `Voeg ${s.name} toe` }).click();
	await page.getByLabel(`Niveau van ${s.name}`).selectOption({ label: s.level[0] });
	await expect(page.getByLabel(`Niveau van ${s.name}`)).toHaveValue(String(s.level[1]));
	await expectNoA11yViolations(page);

	const e = V.education;
	await open(page, '/mijn/opleiding', 'Opleidingen en certificaten');
	await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
	await page.getByLabel('Naam van de opleiding').fill(e.name);
	await page.getByLabel('School').fill(e.institution);
	await page.getByLabel('Niveau').selectOption({ label: e.level[0] });
	await page.getByLabel('Beginjaar').fill(String(e.startYear));
	await page.getByLabel('Eindjaar').fill(String(e.endYear));
	await page.getByLabel('Ik heb het diploma gehaald').check();
	await expectNoA11yViolations(page);
	await save(page);
	await expect(page.getByRole('heading', { level: 3, name: `${e.name} ✔` })).toBeVisible();

	const c = V.certificate;
	await page.getByRole('button', { name: 'Certificaat toevoegen' }).click();
	await page.getByLabel('Naam', { exact: true }).fill(c.name);
	await page.getByLabel('Soort').selectOption({ label: c.kind[0] });
	await page.getByLabel('Uitgegeven door').fill(c.issuer);
	await page.getByLabel('Behaald in').fill(c.issuedMonth);
	await page.getByLabel('Geldig tot').fill(c.validUntilMonth);
	await page.getByLabel('Foto of pdf').setInputFiles(PHOTO);
	await save(page);
	await expect(page.getByRole('img', { name: `Foto van ${c.name}` })).toBeVisible();
	await expectNoA11yViolations(page);

	const pl = V.plan;
	await open(page, '/mijn/plan', 'Mijn ontwikkelplan');
	const newItem = page.locator('form').filter({ has: page.getByRole('button', { name: 'Toevoegen' }) });
	await newItem.getByRole('radio', { name: pl.kind[0] }).check();
	await newItem.getByLabel('Wat wil je doen?').fill(pl.title);
	await newItem.getByLabel('Toelichting (mag leeg)').fill(pl.description);
	await newItem.getByLabel('Klaar op (mag leeg)').fill(pl.dueDate);
	await newItem.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 3, name: pl.title })).toBeVisible();
	await expectNoA11yViolations(page);

	const ev = V.evc;
	await open(page, '/mijn/evc', 'EVC-bewijs');
	await page.getByLabel('Mbo-kwalificatie').selectOption({ label: ev.kwalificatie });
	await page.getByRole('button', { name: 'Begin met verzamelen' }).click();
	await page.getByRole('link', { name: 'Bewijs toevoegen' }).click();
	await page.getByRole('radio', { name: 'STARR-verhaal' }).check();
	await page.getByLabel('Titel').fill(ev.starr.title);
	for (const key of ['situatie', 'taak', 'actie', 'resultaat', 'reflectie'] as const) {
		await page.getByLabel(key[0]!.toUpperCase() + key.slice(1)).fill(ev.starr[key]);
	}
	await page.getByRole('checkbox', { name: new RegExp(`^${ev.starr.werkproces}`) }).check();
	await expectNoA11yViolations(page);
	await save(page);
	await expect(page.getByRole('heading', { level: 3, name: ev.starr.title })).toBeVisible();
	await page.getByRole('link', { name: 'Bewijs toevoegen' }).click();
	await page.getByRole('radio', { name: 'Werkgeversverklaring' }).check();
	await page.getByLabel('Titel').fill(ev.reference.title);
	await page.getByLabel('Naam van de referent').fill(ev.reference.refName);
	await page.getByLabel('Functie').fill(ev.reference.refRole);
	await page.getByLabel('Telefoon of e-mail').fill(ev.reference.refContact);
	await page.getByLabel('Verklaring', { exact: true }).fill(ev.reference.refStatement);
	await page.getByRole('checkbox', { name: new RegExp(`^${ev.reference.werkproces}`) }).check();
	await expectNoA11yViolations(page);
	await save(page);
	await expect(page.getByRole('heading', { level: 3, name: ev.reference.title })).toBeVisible();
	const o = ev.outcome;
	await page.getByRole('button', { name: 'Uitslag vastleggen' }).click();
	await page.getByLabel('Soort document').selectOption({ label: o.kind[0] });
	await page.getByLabel('Uitgegeven door').fill(o.provider);
	await page.getByLabel('Datum', { exact: true }).fill(o.issuedOn);
	await page.getByLabel('Geldig tot (als dat erop staat)').fill(o.validUntil);
	await page.getByRole('checkbox', { name: o.werkproces }).check();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Uitslag opslaan' }).click();
	await expect(page.getByText(`${o.kind[0]} van ${o.provider}, ${o.issuedOn}`)).toBeVisible();
}

/** The voucher draft starts from an offer in the catalogue, which the device has after a pull. */
async function fillVoucher(page: Page): Promise<string> {
	const v = V.voucher;
	await page.goto('/mijn/aanbod/opl-lasser');
	await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
	await expect(page).toHaveURL(/\/mijn\/vouchers\/[0-9a-f-]{36}$/);
	const id = page.url().split('/').pop()!;
	await page.getByLabel('Waarom wil je deze opleiding doen?').fill(v.motivation);
	await page.getByLabel('Ik heb een baan').check();
	await page.getByLabel('In welke gemeente werk je?').selectOption({ label: v.werkgemeente[0] });
	await page.getByLabel('Wie betaalt de eigen bijdrage?').fill(v.coFinancing);
	await page.getByRole('button', { name: 'Concept bewaren' }).click();
	await expect(page.getByText('Je concept is bewaard op dit apparaat.')).toBeVisible();
	await expectNoA11yViolations(page);
	return id;
}

/** Reads every value back from the pages, each one freshly loaded. */
async function readEverything(page: Page, voucherId: string): Promise<void> {
	const p = V.profile;
	await open(page, '/mijn/profiel', 'Over jou');
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(p.displayName);
	await expect(page.getByLabel('Woonplaats')).toHaveValue(p.woonplaats[1]);
	await expect(page.getByLabel('Wat is je situatie nu?')).toHaveValue(p.situation[1]);
	await expect(page.getByLabel('Hoogste opleiding')).toHaveValue(p.educationLevel[1]);
	await expect(page.locator('.chips').getByText(p.beroepswens[0], { exact: true })).toBeVisible();
	await expect(page.getByLabel('Wanneer kun je beginnen?')).toHaveValue(p.availability[1]);
	await expect(page.getByLabel('Hoeveel uur per week wil je werken?')).toHaveValue(String(p.hoursPerWeek));
	await expect(page.getByLabel('Hoe lang wil je hoogstens reizen?')).toHaveValue(String(p.maxTravelMinutes));
	await expect(page.getByLabel('Waar moeten we rekening mee houden?')).toHaveValue(p.constraints);
	await expect(page.getByLabel('Over mij')).toHaveValue(p.about);
	await expect(page.getByLabel('E-mailadres voor je cv')).toHaveValue(p.contactEmail);
	await expect(page.getByLabel('Telefoonnummer')).toHaveValue(p.phone);

	await open(page, '/mijn/talen', 'Talen en rijbewijs');
	for (const { language, level } of V.languages) {
		await expect(page.getByRole('listitem').filter({ hasText: `${language} · ${level[0]}` })).toBeVisible();
	}
	for (const [label] of V.licences) await expect(page.getByLabel(label)).toBeChecked();
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(V.licences.length);

	const j = V.job;
	await open(page, '/mijn/ervaring', 'Werkervaring');
	await edit(page, j.title).click();
	await expect(page.getByLabel('Beroep', { exact: true })).toHaveValue(j.occupation[1]);
	await expect(page.getByLabel('Functie')).toHaveValue(j.title);
	await expect(page.getByLabel('Werkgever')).toHaveValue(j.employer);
	await expect(page.getByLabel('Plaats')).toHaveValue(j.place);
	await expect(page.getByLabel('Begonnen in')).toHaveValue(j.startMonth);
	await expect(page.getByLabel('Gestopt in')).toHaveValue(j.endMonth);
	await expect(page.getByLabel('Wat deed je?')).toHaveValue(j.description);

	await open(page, '/mijn/skills', 'Skills');
	await expect(page.getByLabel(`Niveau van ${V.skill.name}`)).toHaveValue(String(V.skill.level[1]));

	const e = V.education;
	await open(page, '/mijn/opleiding', 'Opleidingen en certificaten');
	await edit(page, e.name).click();
	await expect(page.getByLabel('Naam van de opleiding')).toHaveValue(e.name);
	await expect(page.getByLabel('School')).toHaveValue(e.institution);
	await expect(page.getByLabel('Niveau')).toHaveValue(e.level[1]);
	await expect(page.getByLabel('Beginjaar')).toHaveValue(String(e.startYear));
	await expect(page.getByLabel('Eindjaar')).toHaveValue(String(e.endYear));
	await expect(page.getByLabel('Ik heb het diploma gehaald')).toBeChecked();
	await page.getByRole('button', { name: 'Annuleren' }).click();
	const c = V.certificate;
	await edit(page, c.name).click();
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(c.name);
	await expect(page.getByLabel('Soort')).toHaveValue(c.kind[1]);
	await expect(page.getByLabel('Uitgegeven door')).toHaveValue(c.issuer);
	await expect(page.getByLabel('Behaald in')).toHaveValue(c.issuedMonth);
	await expect(page.getByLabel('Geldig tot')).toHaveValue(c.validUntilMonth);
	await expect(page.getByText(`Bestand: ${PHOTO.name}`)).toBeVisible();
	await expect(page.getByRole('img', { name: `Foto van ${c.name}` })).toBeVisible();

	const pl = V.plan;
	await open(page, '/mijn/plan', 'Mijn ontwikkelplan');
	await edit(page, pl.title).click();
	const editing = page.locator('form').filter({ has: page.getByRole('button', { name: 'Annuleren' }) });
	await expect(editing.getByRole('radio', { name: pl.kind[0] })).toBeChecked();
	await expect(editing.getByLabel('Wat wil je doen?')).toHaveValue(pl.title);
	await expect(editing.getByLabel('Toelichting (mag leeg)')).toHaveValue(pl.description);
	await expect(editing.getByLabel('Klaar op (mag leeg)')).toHaveValue(pl.dueDate);

	const ev = V.evc;
	await open(page, '/mijn/evc', 'EVC-bewijs');
	await expect(page.getByText(`Je meetlat: ${ev.kwalificatie}`)).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: ev.starr.title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: ev.reference.title })).toBeVisible();
	await expect(page.getByText(`${ev.outcome.kind[0]} van ${ev.outcome.provider}, ${ev.outcome.issuedOn}`)).toBeVisible();

	const v = V.voucher;
	await open(page, `/mijn/vouchers/${voucherId}`, 'Aanvraag scholingsvoucher');
	await expect(page.getByLabel('Waarom wil je deze opleiding doen?')).toHaveValue(v.motivation);
	await expect(page.getByLabel('Ik heb een baan')).toBeChecked();
	await expect(page.getByLabel('In welke gemeente werk je?')).toHaveValue(v.werkgemeente[1]);
	await expect(page.getByLabel('Wie betaalt de eigen bijdrage?')).toHaveValue(v.coFinancing);
}

type Records = Record<string, Record<string, unknown>[]>;

/** What the fields of every record hold, the ones no page shows as typed (STARR, referent, dates) included. */
function expectEveryValue(records: Records, where: string): void {
	const one = (entity: string) => {
		expect(records[entity], `${entity} ${where}`).toBeDefined();
		return records[entity]!;
	};
	const p = V.profile;
	expect(one('profile')[0], `profile ${where}`).toMatchObject({
		displayName: p.displayName,
		woonplaats: p.woonplaats[1],
		situation: p.situation[1],
		educationLevel: p.educationLevel[1],
		beroepswensen: [p.beroepswens[1]],
		availability: p.availability[1],
		hoursPerWeek: p.hoursPerWeek,
		maxTravelMinutes: p.maxTravelMinutes,
		constraints: p.constraints,
		about: p.about,
		contactEmail: p.contactEmail,
		phone: p.phone,
		drivingLicences: V.licences.map(([, id]) => id)
	});
	const j = V.job;
	expect(one('workExperience'), `workExperience ${where}`).toEqual([
		{ occupationId: j.occupation[1], title: j.title, employer: j.employer, place: j.place, startMonth: j.startMonth, endMonth: j.endMonth, description: j.description }
	]);
	const e = V.education;
	expect(one('education'), `education ${where}`).toEqual([
		{ name: e.name, institution: e.institution, level: e.level[1], startYear: e.startYear, endYear: e.endYear, completed: e.completed }
	]);
	const c = V.certificate;
	expect(one('certificate'), `certificate ${where}`).toEqual([
		expect.objectContaining({ name: c.name, kind: c.kind[1], issuer: c.issuer, issuedMonth: c.issuedMonth, validUntilMonth: c.validUntilMonth, fileName: PHOTO.name, fileType: PHOTO.mimeType })
	]);
	expect(
		one('language').map((l) => [l.language, l.level]),
		`language ${where}`
	).toEqual(expect.arrayContaining(V.languages.map(({ language, level }) => [language, level[1]])));
	// The EVC outcome adds the skills of the werkproces it confirms, and may mark this one 'Met certificaat'.
	expect(one('skillClaim'), `skillClaim ${where}`).toEqual(expect.arrayContaining([expect.objectContaining({ skillId: V.skill.id, level: V.skill.level[1] })]));
	const pl = V.plan;
	expect(one('planItem'), `planItem ${where}`).toEqual([expect.objectContaining({ kind: pl.kind[1], title: pl.title, description: pl.description, dueDate: pl.dueDate, origin: 'zelf' })]);
	const ev = V.evc;
	const { werkproces: _s, ...starr } = ev.starr;
	const { werkproces: _r, ...reference } = ev.reference;
	expect(one('evcEvidence'), `evcEvidence ${where}`).toEqual(
		expect.arrayContaining([expect.objectContaining({ kind: 'starr', ...starr }), expect.objectContaining({ kind: 'werkgeversverklaring', ...reference })])
	);
	expect(one('evcOutcome'), `evcOutcome ${where}`).toEqual([
		expect.objectContaining({ kind: ev.outcome.kind[1], provider: ev.outcome.provider, issuedOn: ev.outcome.issuedOn, validUntil: ev.outcome.validUntil })
	]);
	const v = V.voucher;
	expect(one('voucherDraft'), `voucherDraft ${where}`).toEqual([
		expect.objectContaining({ motivation: v.motivation, employed: true, werkgemeente: v.werkgemeente[1], coFinancing: v.coFinancing })
	]);
}

/** The records in the device's own store (IndexedDB), by entity. */
async function onTheDevice(page: Page): Promise<Records> {
	return page.evaluate(async () => {
		const name = (await indexedDB.databases()).find((d) => d.name?.startsWith('talentpaspoort-sync-'))!.name!;
		const rows = await new Promise<{ entity: string; data: Record<string, unknown> }[]>((resolve) => {
			indexedDB.open(name).onsuccess = (e) => {
				const db = (e.target as IDBOpenDBRequest).result;
				db.transaction('records').objectStore('records').getAll().onsuccess = (r) => resolve((r.target as IDBRequest).result);
			};
		});
		const out: Record<string, Record<string, unknown>[]> = {};
		for (const row of rows) (out[row.entity] ??= []).push(row.data);
		return out;
	});
}

/** The records the server holds for this resident, by entity, as another device would pull them. */
async function onTheServer(request: APIRequestContext): Promise<Records> {
	const out: Records = {};
	let since = 0;
	for (;;) {
		const response = await request.get(`/api/sync/pull?since=${since}`);
		expect(response.ok()).toBe(true);
		const page = (await response.json()) as { cursor: number; hasMore: boolean; records: { entity: string; deleted: boolean; data: Record<string, unknown> | null }[] };
		for (const r of page.records) if (!r.deleted && r.data) (out[r.entity] ??= []).push(r.data);
		if (!page.hasMore) return out;
		since = page.cursor;
	}
}

/** On another phone, signed in as the same resident: everything came from the server. */
async function onAnotherPhone(context: BrowserContext, account: { email: string; password: string }, voucherId: string): Promise<void> {
	const other = await context.newPage();
	await signIn(other, account);
	await expect(other.getByText('Alles opgeslagen')).toBeVisible({ timeout: 20_000 });
	await readEverything(other, voucherId);
	expectEveryValue(await onTheServer(other.request), 'on the server');
}

test('online: every field of every resident form is saved, reloaded and read back, on this phone and another', async ({ page, browser, baseURL }) => {
	test.setTimeout(240_000);
	const account = await registerResident(page, V.profile.displayName);
	await fillEverything(page);
	const voucherId = await fillVoucher(page);
	await readEverything(page, voucherId);
	expectEveryValue(await onTheDevice(page), 'on the device');

	const second = await browser.newContext({ baseURL });
	await onAnotherPhone(second, account, voucherId);
	await second.close();
});

test('offline: every field of every resident form is saved and reloaded offline, then reaches the server', async ({ page, context, browser, baseURL }) => {
	test.setTimeout(300_000);
	const account = await registerResident(page, V.profile.displayName);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	// The offer a voucher starts from comes with the catalogue, which the device keeps.
	await page.goto('/mijn/aanbod/opl-lasser');
	await expect(page.getByRole('button', { name: 'Aanvraag beginnen' })).toBeVisible();
	await readyForOffline(page);

	await context.setOffline(true);
	await fillEverything(page);
	const voucherId = await fillVoucher(page);
	await readEverything(page, voucherId);
	expectEveryValue(await onTheDevice(page), 'on the device, offline');

	await context.setOffline(false);
	await page.goto('/mijn');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible({ timeout: 30_000 });
	const second = await browser.newContext({ baseURL });
	await onAnotherPhone(second, account, voucherId);
	await second.close();
});
