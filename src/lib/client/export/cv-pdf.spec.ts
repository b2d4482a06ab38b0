import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../scripts/lib/pdf-text';
import { sampleLabels, sampleSnapshot } from '$lib/shared/paspoort/fixtures';
import { buildCvPdf, type CvOptions, type CvText } from './cv-pdf';
import { PDF_ARABIC_FONT, PDF_FONT, usePdfFonts, type PdfFonts } from './pdf-fonts';
import { isPrintable } from '$lib/shared/pdf-script';

const text: CvText = {
	profile: 'Profiel',
	work: 'Werkervaring',
	education: 'Opleidingen',
	certificates: 'Certificaten en diploma’s',
	skills: 'Skills',
	languages: 'Talen',
	drivingLicences: 'Rijbewijzen',
	present: 'nu',
	completed: 'diploma',
	sources: { certificaat: 'Met certificaat', gevalideerd: 'Bevestigd door een adviseur', bewijs: 'Met bewijs', zelf: 'Zelf ingeschat' },
	footer: 'Talentpaspoort Twente',
	qrCaption: 'Bekijk online'
};

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
		for (const expected of ['Sanne de Vries', 'Orderpicker', 'Distributiecentrum Twente', 'Bevestigd door een adviseur', 'Reachtruck rijden (ervaren)', 'Zelf ingeschat', 'sanne@example.nl']) {
			expect(pdf).toContain(expected);
		}
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
		expect(await read(withQr)).toContain('Bekijk online');
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
