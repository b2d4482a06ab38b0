import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, expectNoA11yViolations, navigateTo, pdfText, readyForOffline, registerResident, test } from './support';

const PHOTO = readFileSync('static/icons/icon-512.png');
const DOCUMENT = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a resident collects EVC proof offline, sees the meter change, uploads it, exports the intakepakket and records an outcome', async ({ page, context }) => {
	test.setTimeout(150_000);
	await registerResident(page, 'Sanne Wolters');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible();
	await readyForOffline(page);

	await navigateTo(page, 'EVC-bewijs');
	await expect(page.getByRole('heading', { level: 1, name: 'EVC-bewijs' })).toBeVisible();
	await expectNoA11yViolations(page);

	await context.setOffline(true);
	await page.getByLabel('Mbo-kwalificatie').selectOption({ label: 'Logistiek medewerker (mbo 2)' });
	await page.getByRole('button', { name: 'Begin met verzamelen' }).click();
	await expect(page.getByTestId('evc-readiness')).toHaveText('0 van 6 werkprocessen hebben bewijs (0%).');
	await expect(page.getByText('Wat helpt: Foto, Werkgeversverklaring').first()).toBeVisible();
	await expectNoA11yViolations(page);

	// A photo taken with the camera, mapped to two werkprocessen
	await page.getByRole('link', { name: 'Bewijs toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Bewijs toevoegen' })).toBeVisible();
	await expect(page.locator('#ev-file')).toHaveAttribute('capture', 'environment');
	await page.getByLabel('Titel').fill('Pallets lossen bij de dock');
	await page.getByLabel('Maak of kies een foto').setInputFiles({ name: 'dock.png', mimeType: 'image/png', buffer: PHOTO });
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Kies minstens één werkproces.')).toBeVisible();
	await page.getByRole('checkbox', { name: /^Goederen ontvangen en controleren/ }).check();
	await page.getByRole('checkbox', { name: /^Verpakken en lading klaarzetten/ }).check();
	await expectNoA11yViolations(page);
	await page.screenshot({ path: `${test.info().outputDir}/evc-bewijs-390.png`, fullPage: true });
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByTestId('evc-readiness')).toHaveText('2 van 6 werkprocessen hebben bewijs (33%).');
	await expect(page.getByText('Op dit apparaat, wacht op verbinding')).toBeVisible();

	// A STARR story with a prompt per letter
	await page.getByRole('link', { name: 'Bewijs toevoegen' }).click();
	await page.getByRole('radio', { name: 'STARR-verhaal' }).check();
	await page.getByLabel('Titel').fill('Spoedorder op vrijdag');
	await expect(page.getByText('Waar was je, wanneer, en wie waren erbij?')).toBeVisible();
	await page.getByLabel('Situatie').fill('Vrijdagmiddag kwam er een spoedorder binnen voor een klant in Enschede.');
	await page.getByLabel('Taak').fill('Ik moest 40 regels verzamelen voor 16 uur.');
	await page.getByLabel('Actie').fill('Ik plande de route door het magazijn en scande elke regel.');
	await page.getByLabel('Resultaat').fill('De order ging foutloos en op tijd de deur uit.');
	await page.getByLabel('Reflectie').fill('Volgende keer vraag ik eerder om hulp.');
	await page.getByRole('checkbox', { name: /^Orders verzamelen/ }).check();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByTestId('evc-readiness')).toHaveText('3 van 6 werkprocessen hebben bewijs (50%).');
	await expect(page.getByText('3 van 3 werkprocessen met bewijs')).toHaveCount(0);

	// A document (PDF): a statement from the course
	await page.getByRole('link', { name: 'Bewijs toevoegen' }).click();
	await page.getByRole('radio', { name: 'Document' }).check();
	await page.getByLabel('Titel').fill('Verklaring opslagcursus');
	await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'verklaring.pdf', mimeType: 'application/pdf', buffer: DOCUMENT });
	await page.getByRole('checkbox', { name: /^Goederen opslaan en voorraad bijhouden/ }).check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByTestId('evc-readiness')).toHaveText('4 van 6 werkprocessen hebben bewijs (66%).');

	// Still there after an offline reload
	await page.reload();
	await expect(page.getByTestId('evc-readiness')).toHaveText('4 van 6 werkprocessen hebben bewijs (66%).');
	await expect(page.getByRole('heading', { level: 3, name: 'Spoedorder op vrijdag' })).toBeVisible();

	// Back online: the photo goes up and reaches the server unchanged
	await context.setOffline(false);
	await expect(page.getByText('Opgeslagen op de server')).toHaveCount(2, { timeout: 30_000 });
	const fileIds = await page.evaluate(async () => {
		const name = (await indexedDB.databases()).find((d) => d.name?.startsWith('talentpaspoort-sync-'))!.name!;
		return new Promise<string[]>((resolve) => {
			indexedDB.open(name).onsuccess = (e) => {
				const db = (e.target as IDBOpenDBRequest).result;
				db.transaction('files').objectStore('files').getAll().onsuccess = (r) => resolve((r.target as IDBRequest).result.map((f: { id: string }) => f.id));
			};
		});
	});
	// Ids are time-ordered: the photo first, then the PDF. The PNG is small, so it is kept as chosen:
	// both server copies must be byte for byte the same.
	const storedHashes = [];
	for (const id of fileIds) {
		const stored = await page.request.get(`/api/files/${id}`);
		expect(stored.status()).toBe(200);
		storedHashes.push(sha(new Uint8Array(await stored.body())));
	}
	expect(storedHashes).toEqual([sha(PHOTO), sha(DOCUMENT)]);
	await expectNoA11yViolations(page);

	// The intakepakket: a zip with the PDF overview and the photo
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download intakepakket' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^evc-intakepakket-\d{4}-\d{2}-\d{2}\.zip$/);
	const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
	const names = Object.keys(zip);
	expect(names).toContain('evc-overzicht-logistiek-medewerker.pdf');
	const photoEntry = names.find((n) => n.startsWith('bestanden/') && n.endsWith('.png'));
	expect(photoEntry).toBe('bestanden/01-Pallets-lossen-bij-de-dock.png');
	expect(sha(zip[photoEntry!]!)).toBe(sha(PHOTO));
	const documentEntry = names.find((n) => n.startsWith('bestanden/') && n.endsWith('.pdf'));
	expect(sha(zip[documentEntry!]!)).toBe(sha(DOCUMENT));
	const overview = await pdfText(zip['evc-overzicht-logistiek-medewerker.pdf']!);
	for (const item of ['Logistiek medewerker', 'Pallets lossen bij de dock', 'Spoedorder op vrijdag', 'Verklaring opslagcursus']) {
		expect(overview).toContain(item);
	}

	// The outcome: a praktijkverklaring that confirms "Intern transport veilig uitvoeren"
	await page.getByRole('button', { name: 'Uitslag vastleggen' }).click();
	await page.getByLabel('Soort document').selectOption({ label: 'Praktijkverklaring' });
	await page.getByLabel('Uitgegeven door').fill('ROC van Twente');
	await page.getByLabel('Datum', { exact: true }).fill('2026-06-30');
	await page.getByRole('checkbox', { name: 'Intern transport veilig uitvoeren' }).check();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Uitslag opslaan' }).click();
	await expect(page.getByText("Uitslag opgeslagen. 3 skills staan nu als 'Met certificaat' in je paspoort.").first()).toBeVisible();
	await expect(page.getByText('Praktijkverklaring van ROC van Twente, 2026-06-30')).toBeVisible();

	await page.goto('/mijn/skills');
	const heftruck = page.locator('.claims li').filter({ hasText: 'Heftruck rijden' });
	await expect(heftruck.getByText('Met certificaat')).toBeVisible();
});
