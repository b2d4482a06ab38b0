import type { jsPDF as JsPdf } from 'jspdf';
import { fileNamePart } from '$lib/shared/file-name';
import { PDF_FONT, usePdfFonts, type PdfFonts } from './pdf-fonts';
import { drawLine, wrapText, type FontStyle } from './pdf-lines';
import { hasArabic, printable } from '$lib/shared/pdf-script';
import type { Readiness } from '$lib/shared/evc/readiness';

/** Everything the pack shows, already in the person's language; the builder only lays it out. */
export interface EvcPackContent {
	title: string;
	residentName: string;
	standardLabel: string;
	standard: string;
	coverageLabel: string;
	coverageSummary: string;
	kerntaken: { title: string; summary: string; werkprocessen: { title: string; state: string }[] }[];
	itemsLabel: string;
	items: {
		title: string;
		kind: string;
		shows: string;
		/** The STARR answers or the referent's statement, one labelled paragraph each. */
		paragraphs: { label: string; text: string }[];
		fileLabel: string | null;
		review: string | null;
	}[];
	footer: string;
}

export interface PackFile {
	/** The name inside the zip, unique and safe. */
	path: string;
	bytes: Uint8Array;
}

const PAGE = { width: 210, height: 297, margin: 18 };
const RED: [number, number, number] = [179, 0, 27];
const GREY: [number, number, number] = [77, 77, 77];

/** The PDF overview: standard, coverage per kerntaak, every item with its review. Built on the device. */
export async function buildEvcPdf(content: EvcPackContent, options: { compress?: boolean; fonts?: PdfFonts } = {}): Promise<Uint8Array> {
	const { jsPDF } = await import('jspdf');
	const doc: JsPdf = new jsPDF({ unit: 'mm', format: 'a4', compress: options.compress ?? true });
	// The Arabic font is fetched only for a pack with Arabic in it.
	await usePdfFonts(doc, { fonts: options.fonts, arabic: hasArabic(JSON.stringify(content)) });
	const width = PAGE.width - 2 * PAGE.margin;
	let y = PAGE.margin;
	const write = (value: string, size: number, style: FontStyle = 'normal', color: [number, number, number] = [26, 26, 26], indent = 0) => {
		doc.setFontSize(size);
		doc.setTextColor(...color);
		const lineHeight = size * 0.45;
		// Names and answers in any script the fonts have, Arabic right to left; emoji are left out.
		for (const line of wrapText(doc, printable(value), width - indent, style)) {
			if (y + lineHeight > PAGE.height - PAGE.margin - 8) {
				doc.addPage();
				y = PAGE.margin;
			}
			drawLine(doc, line, PAGE.margin + indent, y, width - indent, style);
			y += lineHeight;
		}
		y += 1;
	};
	write(content.title, 20, 'bold', RED);
	write(content.residentName, 12, 'bold');
	y += 2;
	write(content.standardLabel, 13, 'bold', RED);
	write(content.standard, 11);
	y += 2;
	write(content.coverageLabel, 13, 'bold', RED);
	write(content.coverageSummary, 11, 'bold');
	for (const k of content.kerntaken) {
		y += 1;
		write(`${k.title} — ${k.summary}`, 11, 'bold');
		for (const w of k.werkprocessen) write(`• ${w.title}: ${w.state}`, 10, 'normal', [26, 26, 26], 3);
	}
	y += 2;
	write(content.itemsLabel, 13, 'bold', RED);
	content.items.forEach((item, i) => {
		y += 2;
		write(`${i + 1}. ${item.title}`, 12, 'bold');
		write(`${item.kind} · ${item.shows}`, 10, 'normal', GREY);
		for (const p of item.paragraphs) write(`${p.label}: ${p.text}`, 10, 'normal', [26, 26, 26], 3);
		if (item.fileLabel) write(item.fileLabel, 10, 'normal', GREY, 3);
		if (item.review) write(item.review, 10, 'bold', [26, 26, 26], 3);
	});
	const pages = doc.getNumberOfPages();
	for (let p = 1; p <= pages; p++) {
		doc.setPage(p);
		doc.setFont(PDF_FONT, 'normal');
		doc.setFontSize(8);
		doc.setTextColor(...GREY);
		doc.text(`${content.footer} · ${p}/${pages}`, PAGE.margin, PAGE.height - 10);
	}
	return new Uint8Array(doc.output('arraybuffer'));
}

/** The ZIP: the PDF first, then every file. Photos and PDFs are already compressed, so they are stored as they are. */
export async function buildEvcZip(pdfName: string, pdf: Uint8Array, files: readonly PackFile[]): Promise<Uint8Array> {
	const { zipSync } = await import('fflate');
	const entries: Record<string, [Uint8Array, { level: 0 }]> = { [pdfName]: [pdf, { level: 0 }] };
	for (const file of files) entries[file.path] = [file.bytes, { level: 0 }];
	return zipSync(entries);
}

/** A file name that is safe in every zip tool and unique within the pack: number, cleaned title, extension. */
export function packFileName(index: number, title: string, originalName: string): string {
	const extension = /\.[a-z0-9]{1,5}$/i.exec(originalName)?.[0]?.toLowerCase() ?? '';
	return `bestanden/${String(index + 1).padStart(2, '0')}-${fileNamePart(title, 'bestand')}${extension}`;
}

export type { Readiness };
