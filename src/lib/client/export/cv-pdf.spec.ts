import { describe, expect, it } from 'vitest';
import { sampleLabels, sampleSnapshot } from '../../shared/paspoort/fixtures';
import { buildCvPdf, type CvText } from './cv-pdf';

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

const decode = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('CV PDF', () => {
	it('is a PDF with the name, jobs, and skills grouped by source', async () => {
		const pdf = decode(await buildCvPdf(sampleSnapshot, sampleLabels, text, { includeContact: true, compress: false }));
		expect(pdf.startsWith('%PDF-')).toBe(true);
		for (const expected of ['Sanne de Vries', 'Orderpicker', 'Distributiecentrum Twente', 'Bevestigd door een adviseur', 'Reachtruck rijden \\(ervaren\\)', 'Zelf ingeschat', 'sanne@example.nl']) {
			expect(pdf).toContain(expected);
		}
	});

	it('leaves contact details out when the resident chooses so', async () => {
		const pdf = decode(await buildCvPdf(sampleSnapshot, sampleLabels, text, { includeContact: false, compress: false }));
		expect(pdf).toContain('Sanne de Vries');
		expect(pdf).not.toContain('sanne@example.nl');
		expect(pdf).not.toContain('06-12345678');
	});

	it('prints a QR code image only when a share link is given', async () => {
		const without = decode(await buildCvPdf(sampleSnapshot, sampleLabels, text, { includeContact: false, compress: false }));
		const withQr = decode(await buildCvPdf(sampleSnapshot, sampleLabels, text, { includeContact: false, compress: false, shareUrl: 'https://talentpaspoort.example/d/abc' }));
		expect(without).not.toContain('/Subtype /Image');
		expect(withQr).toContain('/Subtype /Image');
		expect(withQr).toContain('Bekijk online');
	});
});
