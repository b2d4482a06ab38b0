import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../scripts/lib/pdf-text';
import { sampleLabels, sampleSnapshot } from '$lib/shared/paspoort/fixtures';
import { buildCvPdf, type CvOptions } from './cv-pdf';
import { cvText } from './cv-text';
import { PDF_ARABIC_FONT, PDF_FONT, usePdfFonts, type PdfFonts } from './pdf-fonts';
import { isPrintable } from '$lib/shared/pdf-script';

const text = cvText('nl', '4 december 2026');

const font = (name: string) => new Uint8Array(readFileSync(`static/fonts/${name}.ttf`));
const fonts: PdfFonts = { regular: font('noto-sans-regular'), bold: font('noto-sans-bold'), arabicRegular: font('noto-sans-arabic-regular'), arabicBold: font('noto-sans-arabic-bold') };
const build = (options: Omit<CvOptions, 'fonts'>, snapshot = sampleSnapshot) => buildCvPdf(snapshot, sampleLabels, text, { ...options, fonts });
/** What a PDF reader shows, with runs of spaces made one (pdf.js splits lines into items). */
const read = async (bytes: Uint8Array) => (await pdfText(bytes)).replace(/\s+/g, ' ');
const raw = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('CV PDF', () => {
	it('is a PDF with the name, jobs, and skills grouped by source', async () => {
		const bytes = await build({ includeContact: true, compress: false });
		expect(raw(bytes).startsWith('%PDF-')).toBe(true);
		const pdf = await read(bytes);
		for (const expected of ['Sanne de Vries', 'Orderpicker', 'Distributiecentrum Twente', 'Bevestigd door adviseur of werkgever', 'Reachtruck rijden ervaren', 'Zelf ingeschat', 'Orders verzamelen expert', 'sanne@example.nl']) {
			expect(pdf).toContain(expected);
		}
		// Skills with a stronger source come first.
		expect(pdf.indexOf('Bevestigd door adviseur of werkgever')).toBeLessThan(pdf.indexOf('Zelf ingeschat'));
	});

	it('prints periods of work and study, certificates with their validity, and languages with their level', async () => {
		const pdf = await read(await build({ includeContact: false, compress: false }));
		for (const expected of ['mrt 2019 – heden', 'jan 2016 – feb 2019', '2014 – 2016', 'Logistiek medewerker (diploma)', 'mei 2020', 'VCA Basis', 'SSVV · geldig tot mei 2030', 'Nederlands Moedertaal', 'Engels B1 – gewone gesprekken']) {
			expect(pdf).toContain(expected);
		}
		// The current job first.
		expect(pdf.indexOf('Orderpicker')).toBeLessThan(pdf.indexOf('Vakkenvuller'));
	});

	it('is worded in German for a German CV', async () => {
		const german = cvText('de', '4. Dezember 2026');
		const pdf = await read(await buildCvPdf(sampleSnapshot, sampleLabels, german, { includeContact: false, compress: false, fonts }));
		for (const expected of ['ÜBER MICH', 'BERUFSERFAHRUNG', 'AUSBILDUNGEN', 'ZERTIFIKATE UND DIPLOME', 'FÄHIGKEITEN', 'SPRACHEN', 'FÜHRERSCHEINE', 'März 2019 – heute', 'Jan. 2016 – Feb. 2019', 'gültig bis Mai 2030', 'Selbst eingeschätzt', 'Nederlands Muttersprache', 'Erstellt mit Talentpaspoort Twente am 4. Dezember 2026']) {
			expect(pdf).toContain(expected);
		}
		expect(pdf).not.toMatch(/WERKERVARING|heden|Moedertaal|Zelf ingeschat|geldig tot/);
	});

	it('leaves contact details out when the resident chooses so', async () => {
		const pdf = await read(await build({ includeContact: false }));
		expect(pdf).toContain('Sanne de Vries');
		expect(pdf).not.toContain('sanne@example.nl');
		expect(pdf).not.toContain('06-12345678');
	});

	it('prints a QR code image only when a share link is given', async () => {
		const without = await build({ includeContact: false, compress: false });
		const withQr = await build({ includeContact: false, compress: false, shareUrl: 'https://talentpaspoort.example/d/abc' });
		expect(raw(without)).not.toContain('/Subtype /Image');
		expect(raw(withQr)).toContain('/Subtype /Image');
		expect(await read(withQr)).toContain(text.qrCaption);
	});

	it('prints names and places in every Latin script as they are written', async () => {
		const names = ['Şükrü Yılmaz', 'Łucja Wiśniewska', 'Ștefan Țurcanu', 'Nguyễn Thị Hương', 'Jürgen Größmann', 'Zoë Čelik'];
		for (const displayName of names) {
			const snapshot = { ...sampleSnapshot, profile: { ...sampleSnapshot.profile, displayName, about: `Ik ben ${displayName} — “graag” € 12,50 … ‘ok’` } };
			const pdf = await read(await build({ includeContact: false }, snapshot));
			expect(pdf).toContain(displayName);
			expect(pdf).toContain(`Ik ben ${displayName} — “graag” € 12,50 … ‘ok’`);
		}
	});

	it('prints a photo beside the name only when the resident picks one', async () => {
		const photo = { dataUrl: `data:image/png;base64,${readFileSync('static/icons/icon-192.png').toString('base64')}` };
		const images = (bytes: Uint8Array) => raw(bytes).split('/Subtype /Image').length - 1;
		const withPhoto = await build({ includeContact: false, compress: false, photo });
		expect(images(withPhoto)).toBe(1);
		expect(images(await build({ includeContact: false, compress: false }))).toBe(0);
		expect(images(await build({ includeContact: false, compress: false, photo, shareUrl: 'https://talentpaspoort.example/d/abc' }))).toBe(2);
		expect(await read(withPhoto)).toContain('Sanne de Vries');
	});

	it('prints Turkish, Polish, Greek and Cyrillic names exactly as they are written', async () => {
		const names = ['Şükrü Yılmaz', 'İlkay Doğan', 'Łukasz Wróbel', 'Γιώργος Παπαδόπουλος', 'Олена Шевченко'];
		for (const displayName of names) {
			const employer = `${displayName.split(' ')[1]} № 1™`;
			const snapshot = { ...sampleSnapshot, profile: { ...sampleSnapshot.profile, displayName }, workExperiences: [{ ...sampleSnapshot.workExperiences[0]!, employer }] };
			const pdf = await read(await build({ includeContact: false }, snapshot));
			expect(pdf).toContain(displayName);
			expect(pdf).toContain(employer);
			expect(pdf).not.toContain('\uFFFD');
		}
	});

	it('prints Arabic names joined and right to left, read back as they were written', async () => {
		const displayName = 'فاطمة الزهراء';
		const about = 'أعمل سائقة منذ ٢٠١٩ في Enschede';
		const snapshot = { ...sampleSnapshot, profile: { ...sampleSnapshot.profile, displayName, about, woonplaats: undefined } };
		const bytes = await build({ includeContact: false, compress: false }, snapshot);
		// The letters are printed in their joined forms (presentation forms), which NFKC turns back.
		const pdf = (await read(bytes)).normalize('NFKC');
		expect(pdf).toContain(displayName);
		expect(pdf).toContain('أعمل سائقة منذ ٢٠١٩ في');
		expect(pdf).toContain('Enschede');
		expect(raw(bytes)).toContain(PDF_ARABIC_FONT);
	});

	it('leaves the Arabic font out of a CV without Arabic', async () => {
		const bytes = await build({ includeContact: false, compress: false });
		expect(raw(bytes)).toContain(PDF_FONT);
		expect(raw(bytes)).not.toContain(PDF_ARABIC_FONT);
	});

	it('leaves emoji out cleanly: no empty boxes, no stray characters, no double spaces', async () => {
		const snapshot = {
			...sampleSnapshot,
			profile: { ...sampleSnapshot.profile, displayName: 'Anna 🚀 de Vries ✨', about: 'Ik ❤️ mijn werk 👍🏽 en mijn team 👨‍👩‍👧!' },
			workExperiences: [{ ...sampleSnapshot.workExperiences[0]!, title: '🚚 Chauffeur ☕', description: 'Ritten plannen ✅' }]
		};
		const bytes = await build({ includeContact: false, compress: false }, snapshot);
		const pdf = await pdfText(bytes);
		for (const expected of ['Anna de Vries', 'Ik mijn werk en mijn team!', 'Chauffeur', 'Ritten plannen']) expect(pdf).toContain(expected);
		expect(pdf).not.toMatch(/\p{Extended_Pictographic}|\uFE0F|\u200D|\uFFFD|\p{Co}/u);
		expect(pdf).not.toMatch(/Anna {2}de|Vries $/m);
	});

	it('has a glyph for every character it does not leave out', async () => {
		const { jsPDF } = await import('jspdf');
		const doc = new jsPDF();
		await usePdfFonts(doc, { fonts, arabic: true });
		const glyphs = (name: string, style: string) => {
			doc.setFont(name, style);
			return (doc.getFont() as unknown as { metadata: { cmap: { unicode: { codeMap: Record<number, number> } } } }).metadata.cmap.unicode.codeMap;
		};
		for (const style of ['normal', 'bold']) {
			const main = glyphs(PDF_FONT, style);
			const arabic = glyphs(PDF_ARABIC_FONT, style);
			const missing: string[] = [];
			for (let code = 0x20; code <= 0xffff; code++) {
				const character = String.fromCodePoint(code);
				if (isPrintable(character) && !main[code] && !arabic[code]) missing.push(code.toString(16));
			}
			expect(missing).toEqual([]);
		}
	});
});
