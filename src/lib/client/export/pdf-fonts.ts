import type { jsPDF as JsPdf } from 'jspdf';

/**
 * The font every PDF made on the device prints with: Noto Sans, cut down to the Latin, Greek and Cyrillic
 * letters people in Twente write their names in (see scripts/make-pdf-fonts.js). jsPDF's own fonts only
 * know Western European letters, so "Şükrü Yılmaz" would print as "^ükrü Y1lmaz". The files are in
 * static/fonts and kept by the service worker, so a CV can be made offline.
 */
export const PDF_FONT = 'NotoSans';

export interface PdfFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

const FILES = { regular: '/fonts/noto-sans-regular.ttf', bold: '/fonts/noto-sans-bold.ttf' } as const;

let loading: Promise<PdfFonts> | null = null;

/** The font files from this site (the service worker's cache when offline); asked for once per page. */
export function loadPdfFonts(): Promise<PdfFonts> {
	loading ??= Promise.all(
		(['regular', 'bold'] as const).map(async (style) => {
			const response = await fetch(FILES[style]);
			if (!response.ok) throw new Error(`${FILES[style]}: ${response.status}`);
			return new Uint8Array(await response.arrayBuffer());
		})
	).then(([regular, bold]) => ({ regular: regular!, bold: bold! }));
	loading.catch(() => (loading = null));
	return loading;
}

function binary(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return text;
}

/** Adds the font to a document (as `PDF_FONT`, normal and bold); `fonts` given in tests, fetched otherwise. */
export async function usePdfFonts(doc: JsPdf, fonts?: PdfFonts): Promise<void> {
	const { regular, bold } = fonts ?? (await loadPdfFonts());
	doc.addFileToVFS('NotoSans-Regular.ttf', binary(regular));
	doc.addFont('NotoSans-Regular.ttf', PDF_FONT, 'normal');
	doc.addFileToVFS('NotoSans-Bold.ttf', binary(bold));
	doc.addFont('NotoSans-Bold.ttf', PDF_FONT, 'bold');
	doc.setFont(PDF_FONT, 'normal');
}
