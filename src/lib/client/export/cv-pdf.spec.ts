import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../scripts/lib/pdf-text';
import { sampleLabels, sampleSnapshot } from '$lib/shared/paspoort/fixtures';
import { buildCvPdf, type CvOptions, type CvText } from './cv-pdf';
import type { PdfFonts } from './pdf-fonts';

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

const fonts: PdfFonts = { regular: new Uint8Array(readFileSync('static/fonts/noto-sans-regular.ttf')), bold: new Uint8Array(readFileSync('static/fonts/noto-sans-bold.ttf')) };
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
});
