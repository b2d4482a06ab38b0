import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../scripts/lib/pdf-text';
import { buildEvcPdf, type EvcPackContent } from './evc-pack';
import { PDF_ARABIC_FONT, type PdfFonts } from './pdf-fonts';

const font = (name: string) => new Uint8Array(readFileSync(`static/fonts/${name}.ttf`));
const fonts: PdfFonts = { regular: font('noto-sans-regular'), bold: font('noto-sans-bold'), arabicRegular: font('noto-sans-arabic-regular'), arabicBold: font('noto-sans-arabic-bold') };

const content = (residentName: string, answer: string): EvcPackContent => ({
	title: 'Intakepakket EVC',
	residentName,
	standardLabel: 'Standaard',
	standard: 'Logistiek medewerker',
	coverageLabel: 'Dekking',
	coverageSummary: '1 van 1 werkprocessen gedekt',
	kerntaken: [{ title: 'Ontvangen van goederen', summary: 'gedekt', werkprocessen: [{ title: 'Controleert de levering', state: 'gedekt' }] }],
	itemsLabel: 'Bewijs',
	items: [{ title: 'Orders verzamelen', kind: 'STARR', shows: 'Controleert de levering', paragraphs: [{ label: 'Situatie', text: answer }], fileLabel: null, review: null }],
	footer: 'Talentpaspoort Twente'
});

describe('EVC intake PDF', () => {
	it('prints Greek and Cyrillic names and leaves emoji out', async () => {
		const bytes = await buildEvcPdf(content('Олена Шевченко', 'Ik werkte 🚀 in het magazijn ✨.'), { compress: false, fonts });
		const pdf = (await pdfText(bytes)).replace(/\s+/g, ' ');
		expect(pdf).toContain('Олена Шевченко');
		expect(pdf).toContain('Situatie: Ik werkte in het magazijn.');
		expect(pdf).not.toMatch(/\p{Extended_Pictographic}|\uFFFD/u);
		expect(new TextDecoder('latin1').decode(bytes)).not.toContain(PDF_ARABIC_FONT);
	});

	it('prints an Arabic name with the Arabic font, read back as written', async () => {
		const bytes = await buildEvcPdf(content('فاطمة الزهراء', 'عملت في المستودع'), { compress: false, fonts });
		const pdf = (await pdfText(bytes)).replace(/\s+/g, ' ').normalize('NFKC');
		expect(pdf).toContain('فاطمة الزهراء');
		expect(pdf).toContain('عملت في المستودع');
		expect(new TextDecoder('latin1').decode(bytes)).toContain(PDF_ARABIC_FONT);
	});
});
