import type { jsPDF as JsPdf } from 'jspdf';
import { isRightToLeft, lineRuns, type LineRun } from '$lib/shared/pdf-script';
import { PDF_ARABIC_FONT, PDF_FONT, hasArabicFont } from './pdf-fonts';

export type FontStyle = 'normal' | 'bold';

/** A line to print, with the direction of the paragraph it came from. */
export interface PdfLine {
	text: string;
	rightToLeft: boolean;
}

/** Sets the font for one run; false for an Arabic run in a document without the Arabic font (left out). */
function useRunFont(doc: JsPdf, run: Pick<LineRun, 'arabic'>, style: FontStyle): boolean {
	if (run.arabic && !hasArabicFont(doc)) return false;
	doc.setFont(run.arabic ? PDF_ARABIC_FONT : PDF_FONT, style);
	return true;
}

function measure(doc: JsPdf, runs: LineRun[], style: FontStyle): number[] {
	return runs.map((run) => (useRunFont(doc, run, style) ? doc.getTextWidth(run.draw) : 0));
}

/** The printed width of a line at the document's font size, each run in its own font. */
export function lineWidth(doc: JsPdf, text: string, style: FontStyle, rightToLeft = isRightToLeft(text)): number {
	return measure(doc, lineRuns(text, rightToLeft), style).reduce((sum, width) => sum + width, 0);
}

/**
 * The text broken into lines at most `width` wide (at the document's font size), at spaces, and inside a
 * word only when it is wider than a line. Each paragraph keeps its direction: right to left when its
 * first letter is Arabic.
 */
export function wrapText(doc: JsPdf, text: string, width: number, style: FontStyle): PdfLine[] {
	const lines: PdfLine[] = [];
	for (const paragraph of text.split('\n')) {
		const rightToLeft = isRightToLeft(paragraph);
		const fits = (line: string) => lineWidth(doc, line, style, rightToLeft) <= width;
		let line = '';
		for (const word of paragraph.split(' ').filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (fits(candidate)) {
				line = candidate;
				continue;
			}
			if (line) lines.push({ text: line, rightToLeft });
			line = '';
			for (const character of word) {
				if (line && !fits(line + character)) {
					lines.push({ text: line, rightToLeft });
					line = '';
				}
				line += character;
			}
		}
		if (line || !lines.length) lines.push({ text: line, rightToLeft });
	}
	return lines;
}

/**
 * Draws one line with its baseline at `y`, run by run in each run's font: from `x` for left-to-right
 * text, ending at `x + width` for right-to-left text (or when `align` is 'right'). The runs are drawn in
 * reading order, so a PDF reader copies the text as it was written.
 */
export function drawLine(doc: JsPdf, line: PdfLine, x: number, y: number, width: number, style: FontStyle, align?: 'left' | 'right'): void {
	const runs = lineRuns(line.text, line.rightToLeft);
	const widths = measure(doc, runs, style);
	const total = widths.reduce((sum, w) => sum + w, 0);
	let left = (align ?? (line.rightToLeft ? 'right' : 'left')) === 'right' ? x + width - total : x;
	const positions: number[] = [];
	for (const i of runs.map((_, i) => i).sort((a, b) => runs[a]!.order - runs[b]!.order)) {
		positions[i] = left;
		left += widths[i]!;
	}
	runs.forEach((run, i) => {
		if (run.draw.trim() && useRunFont(doc, run, style)) doc.text(run.draw, positions[i]!, y);
	});
	doc.setFont(PDF_FONT, style);
}
