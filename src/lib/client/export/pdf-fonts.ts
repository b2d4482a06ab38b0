import type { jsPDF as JsPdf } from 'jspdf';

/**
 * The fonts every PDF made on the device prints with: Noto Sans, cut down to the Latin, Greek and Cyrillic
 * letters people in Twente write their names in, and Noto Sans Arabic (see scripts/make-pdf-fonts.js).
 * jsPDF's own fonts only know Western European letters, so "Şükrü Yılmaz" would print as "^ükrü Y1lmaz".
 * The files are in static/fonts and kept by the service worker, so a PDF can be made offline.
 */
export const PDF_FONT = 'NotoSans';
/** Loaded only for a PDF with Arabic text in it. */
export const PDF_ARABIC_FONT = 'NotoSansArabic';

export interface PdfFonts {
	regular: Uint8Array;
	bold: Uint8Array;
	/** Both or neither; left out when the PDF has no Arabic. */
	arabicRegular?: Uint8Array;
	arabicBold?: Uint8Array;
}

const FILES = {
	regular: '/fonts/noto-sans-regular.ttf',
	bold: '/fonts/noto-sans-bold.ttf',
	arabicRegular: '/fonts/noto-sans-arabic-regular.ttf',
	arabicBold: '/fonts/noto-sans-arabic-bold.ttf'
} as const;
type FontFile = keyof typeof FILES;

const loading = new Map<FontFile, Promise<Uint8Array>>();

/** One font file from this site (the service worker's cache when offline); asked for once per page. */
function loadFile(file: FontFile): Promise<Uint8Array> {
	let bytes = loading.get(file);
	if (!bytes) {
		bytes = fetch(FILES[file]).then(async (response) => {
			if (!response.ok) throw new Error(`${FILES[file]}: ${response.status}`);
			return new Uint8Array(await response.arrayBuffer());
		});
		bytes.catch(() => loading.delete(file));
		loading.set(file, bytes);
	}
	return bytes;
}

/** The font files a PDF needs: the Arabic ones only when `arabic`. */
export async function loadPdfFonts(arabic: boolean): Promise<PdfFonts> {
	const files: FontFile[] = arabic ? ['regular', 'bold', 'arabicRegular', 'arabicBold'] : ['regular', 'bold'];
	const [regular, bold, arabicRegular, arabicBold] = await Promise.all(files.map(loadFile));
	return { regular: regular!, bold: bold!, arabicRegular, arabicBold };
}

function binary(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return text;
}

function addFont(doc: JsPdf, name: string, file: string, bytes: Uint8Array, style: 'normal' | 'bold') {
	doc.addFileToVFS(file, binary(bytes));
	doc.addFont(file, name, style);
}

/**
 * Adds the fonts to a document (as `PDF_FONT` and, when `arabic`, `PDF_ARABIC_FONT`; normal and bold).
 * `fonts` given in tests, fetched otherwise.
 */
export async function usePdfFonts(doc: JsPdf, options: { fonts?: PdfFonts; arabic?: boolean } = {}): Promise<void> {
	const arabic = options.arabic ?? false;
	const { regular, bold, arabicRegular, arabicBold } = options.fonts ?? (await loadPdfFonts(arabic));
	addFont(doc, PDF_FONT, 'NotoSans-Regular.ttf', regular, 'normal');
	addFont(doc, PDF_FONT, 'NotoSans-Bold.ttf', bold, 'bold');
	if (arabic && arabicRegular && arabicBold) {
		addFont(doc, PDF_ARABIC_FONT, 'NotoSansArabic-Regular.ttf', arabicRegular, 'normal');
		addFont(doc, PDF_ARABIC_FONT, 'NotoSansArabic-Bold.ttf', arabicBold, 'bold');
	}
	doc.setFont(PDF_FONT, 'normal');
}

/** Whether the document has the Arabic font (so Arabic runs can be printed). */
export function hasArabicFont(doc: JsPdf): boolean {
	return PDF_ARABIC_FONT in doc.getFontList();
}
