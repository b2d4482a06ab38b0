import type { jsPDF as JsPdf } from 'jspdf';
import { usePdfFonts, type PdfFonts } from './pdf-fonts';
import { drawLine, wrapText, type FontStyle, type PdfLine } from './pdf-lines';
import { hasArabic, printable } from '$lib/shared/pdf-script';
import { cvMonth, cvPeriod } from '$lib/shared/paspoort/cv-period';
import { byRecency, type PaspoortLabels, type PaspoortSnapshot } from '$lib/shared/paspoort/snapshot';
import type { AppLocale } from '$lib/shared/locale';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';
import type { CEFR_LEVELS } from '$lib/shared/sync/entities/paspoort';

/** Headings and fixed phrases, from the message files in the CV's language. */
export interface CvText {
	/** The CV's language: month names ("mrt 2019", "März 2019"). */
	locale: AppLocale;
	profile: string;
	work: string;
	education: string;
	certificates: string;
	skills: string;
	languages: string;
	drivingLicences: string;
	/** The end of a period that still lasts: "heden", "present", "heute". */
	present: string;
	completed: string;
	/** "geldig tot mei 2030", given the month as printed. */
	validUntil: (month: string) => string;
	sources: Record<SkillSource, string>;
	/** Each level of the Common European Framework, and 'moedertaal'. */
	cefr: Record<(typeof CEFR_LEVELS)[number], string>;
	footer: string;
	qrCaption: string;
}

export interface CvOptions {
	includeContact: boolean;
	/** A photo picked for this CV (see cv-photo.ts), printed beside the name; leave out for none. */
	photo?: { dataUrl: string };
	/** A share link to print as a QR code; leave out for none. */
	shareUrl?: string;
	/** Off only to read the text back in tests. */
	compress?: boolean;
	/** The font files; fetched from the site when left out (tests read them from static/fonts). */
	fonts?: PdfFonts;
	/** The document's language for screen readers, as the interface's `Intl` tag ('de-DE'); none when left out. */
	lang?: Parameters<JsPdf['setLanguage']>[0];
}

type Colour = [number, number, number];

const PAGE = { width: 210, height: 297, margin: 18, bottom: 20 };
/** The left column (periods, groups, languages) and the gap before the content column. */
const LABEL_WIDTH = 36;
const GAP = 6;
const RED: Colour = [179, 0, 27];
const INK: Colour = [26, 26, 26];
const GREY: Colour = [90, 90, 90];
const RULE: Colour = [210, 210, 210];
const SOURCE_ORDER: SkillSource[] = ['certificaat', 'gevalideerd', 'bewijs', 'zelf'];
const MAX_SKILL_LEVEL = 4;

/** One run of lines in one size, style and colour. */
interface Block {
	lines: PdfLine[];
	size: number;
	style: FontStyle;
	colour: Colour;
	/** Space above, in mm. */
	before: number;
}

const lineHeight = (size: number) => size * 0.45;
const blockHeight = (blocks: Block[]) => blocks.reduce((sum, b) => sum + b.before + b.lines.length * lineHeight(b.size), 0);

/**
 * A one- or two-page CV built on the device (no server, works offline): a header with the name, the work
 * wished for and contact details, then sections with periods, groups and languages in a narrow left column
 * and the content beside it. jsPDF and qrcode are loaded only when the resident asks for a CV.
 */
export async function buildCvPdf(snapshot: PaspoortSnapshot, labels: PaspoortLabels, text: CvText, options: CvOptions): Promise<Uint8Array> {
	const { jsPDF } = await import('jspdf');
	const doc: JsPdf = new jsPDF({ unit: 'mm', format: 'a4', compress: options.compress ?? true });
	// The Arabic font is fetched only for a CV with Arabic in it.
	await usePdfFonts(doc, { fonts: options.fonts, arabic: hasArabic(JSON.stringify(snapshot)) });
	if (options.lang) doc.setLanguage(options.lang);
	const width = PAGE.width - 2 * PAGE.margin;
	const content = { x: PAGE.margin + LABEL_WIDTH + GAP, width: width - LABEL_WIDTH - GAP };
	let y = PAGE.margin;

	const newPage = () => {
		doc.addPage();
		y = PAGE.margin;
	};
	const ensure = (needed: number) => {
		if (y + needed > PAGE.height - PAGE.bottom) newPage();
	};
	const block = (value: string, size: number, style: FontStyle = 'normal', colour: Colour = INK, blockWidth = content.width, before = 0): Block => {
		doc.setFontSize(size);
		const printed = printable(value);
		return { lines: printed ? wrapText(doc, printed, blockWidth, style) : [], size, style, colour, before };
	};
	/** Draws blocks from `y` in a column, breaking to a new page between lines when one is full. */
	const drawBlocks = (blocks: Block[], x: number, columnWidth: number) => {
		for (const b of blocks) {
			if (!b.lines.length) continue;
			y += b.before;
			doc.setFontSize(b.size);
			doc.setTextColor(...b.colour);
			for (const line of b.lines) {
				ensure(lineHeight(b.size));
				drawLine(doc, line, x, y + lineHeight(b.size) * 0.8, columnWidth, b.style);
				y += lineHeight(b.size);
			}
		}
	};
	/** A row of the grid: a label on the left (a period, a group) and content beside it, kept on one page when it fits. */
	const row = (label: Block[], body: Block[], after = 2.5) => {
		const height = Math.max(blockHeight(label), blockHeight(body));
		ensure(Math.min(height, PAGE.height - PAGE.bottom - PAGE.margin));
		const top = y;
		drawBlocks(label, PAGE.margin, LABEL_WIDTH);
		const labelPage = doc.getNumberOfPages();
		const labelEnd = y;
		y = top;
		drawBlocks(body, content.x, content.width);
		if (doc.getNumberOfPages() === labelPage) y = Math.max(y, labelEnd);
		y += after;
	};
	const heading = (value: string) => {
		ensure(20);
		y += 4;
		doc.setFontSize(10.5);
		doc.setTextColor(...RED);
		drawLine(doc, wrapText(doc, printable(value.toLocaleUpperCase(text.locale)), width, 'bold')[0]!, PAGE.margin, y + 4, width, 'bold', 'left');
		y += 6;
		doc.setDrawColor(...RED);
		doc.setLineWidth(0.35);
		doc.line(PAGE.margin, y, PAGE.margin + width, y);
		y += 3.5;
	};

	// The header: a red band, the name, the work wished for, where to reach the resident, the QR code.
	doc.setFillColor(...RED);
	doc.rect(0, 0, PAGE.width, 5, 'F');
	y = PAGE.margin - 2;
	const { profile } = snapshot;
	const qrSize = options.shareUrl ? 24 : 0;
	if (options.shareUrl) {
		const QRCode = await import('qrcode');
		const dataUrl = await QRCode.toDataURL(options.shareUrl, { margin: 0, width: 256, errorCorrectionLevel: 'M' });
		doc.addImage(dataUrl, 'PNG', PAGE.margin + width - qrSize, y, qrSize, qrSize);
		doc.setFontSize(7);
		doc.setTextColor(...GREY);
		drawLine(doc, wrapText(doc, printable(text.qrCaption), qrSize + 10, 'normal')[0]!, PAGE.margin + width - qrSize - 10, y + qrSize + 3.2, qrSize + 10, 'normal', 'right');
	}
	const photo = options.photo ? { width: 26, height: 32.5 } : null;
	const headerX = PAGE.margin + (photo ? photo.width + 6 : 0);
	const headerWidth = width - (headerX - PAGE.margin) - (qrSize ? qrSize + 6 : 0);
	const top = y;
	if (options.photo && photo) {
		const format = options.photo.dataUrl.startsWith('data:image/png') ? 'PNG' : 'JPEG';
		doc.addImage(options.photo.dataUrl, format, PAGE.margin, top, photo.width, photo.height);
		doc.setDrawColor(...RULE);
		doc.setLineWidth(0.2);
		doc.rect(PAGE.margin, top, photo.width, photo.height);
		y += 2;
	}
	doc.setFontSize(24);
	doc.setTextColor(...INK);
	// The name starts where the header does, in any script (an Arabic name still reads right to left).
	drawLine(doc, wrapText(doc, printable(profile.displayName ?? '') || '—', headerWidth, 'bold')[0]!, headerX, y + 9, headerWidth, 'bold', 'left');
	y += 13;
	const wishes = (profile.beroepswensen ?? []).map((id) => labels.occupation(id));
	const contact = [profile.woonplaats ? labels.woonplaats(profile.woonplaats) : ''];
	if (options.includeContact) contact.push(profile.contactEmail ?? '', profile.phone ?? '');
	drawBlocks([block(wishes.join(' · '), 12.5, 'normal', RED, headerWidth), block(contact.filter(Boolean).join('   ·   '), 9.5, 'normal', GREY, headerWidth, 1.5)], headerX, headerWidth);
	y = Math.max(y + 3, qrSize ? top + qrSize + 6 : 0, photo ? top + photo.height + 4 : 0);

	if (profile.about) {
		heading(text.profile);
		drawBlocks([block(profile.about, 10, 'normal', INK, width)], PAGE.margin, width);
		y += 1;
	}

	if (snapshot.workExperiences.length) {
		heading(text.work);
		for (const job of byRecency(snapshot.workExperiences)) {
			row(
				[block(cvPeriod(job.startMonth, job.endMonth, text.present, text.locale), 9, 'normal', GREY, LABEL_WIDTH, 0.4)],
				[
					block(job.title, 11, 'bold'),
					block([job.employer, job.place].filter(Boolean).join(' · '), 9.5, 'normal', GREY, content.width, 0.3),
					block(job.description, 9.5, 'normal', INK, content.width, 1)
				]
			);
		}
	}

	if (snapshot.educations.length) {
		heading(text.education);
		const educations = [...snapshot.educations].sort((a, b) => (b.endYear ?? 9999) - (a.endYear ?? 9999) || (b.startYear ?? 0) - (a.startYear ?? 0));
		for (const edu of educations) {
			row(
				[block(cvPeriod(edu.startYear, edu.endYear, text.present, text.locale), 9, 'normal', GREY, LABEL_WIDTH, 0.4)],
				[
					block(edu.name + (edu.completed ? ` (${text.completed})` : ''), 11, 'bold'),
					block([edu.institution, edu.level ? labels.educationLevel(edu.level) : ''].filter(Boolean).join(' · '), 9.5, 'normal', GREY, content.width, 0.3)
				]
			);
		}
	}

	if (snapshot.certificates.length) {
		heading(text.certificates);
		for (const cert of snapshot.certificates) {
			const details = [cert.issuer, cert.validUntilMonth ? text.validUntil(cvMonth(cert.validUntilMonth, text.locale)) : ''].filter(Boolean).join(' · ');
			row(
				[block(cert.issuedMonth ? cvMonth(cert.issuedMonth, text.locale) : '', 9, 'normal', GREY, LABEL_WIDTH, 0.4)],
				[block(cert.name, 10.5, 'bold'), block(details, 9.5, 'normal', GREY, content.width, 0.3)],
				2
			);
		}
	}

	if (snapshot.skillClaims.length) {
		heading(text.skills);
		for (const source of SOURCE_ORDER) {
			const claims = snapshot.skillClaims.filter((s) => s.source === source).sort((a, b) => b.level - a.level);
			if (!claims.length) continue;
			const label = [block(text.sources[source], 9, 'bold', GREY, LABEL_WIDTH, 0.4)];
			ensure(Math.max(blockHeight(label), 6));
			const top = y;
			drawBlocks(label, PAGE.margin, LABEL_WIDTH);
			const labelEnd = y;
			y = top;
			for (const claim of claims) skillLine(labels.skill(claim.skillId), labels.skillLevel(claim.level), claim.level);
			y = Math.max(y, labelEnd) + 2.5;
		}
	}

	if (snapshot.languages.length) {
		heading(text.languages);
		for (const language of snapshot.languages) {
			row([block(language.language, 9.5, 'bold', INK, LABEL_WIDTH)], [block(text.cefr[language.level] ?? language.level, 9.5, 'normal', GREY)], 1.2);
		}
		y += 1.3;
	}

	const licences = profile.drivingLicences ?? [];
	if (licences.length) {
		heading(text.drivingLicences);
		drawBlocks([block(licences.join(', '), 10, 'normal', INK, width)], PAGE.margin, width);
	}

	const pages = doc.getNumberOfPages();
	for (let i = 1; i <= pages; i++) {
		doc.setPage(i);
		const footerY = PAGE.height - 11;
		doc.setDrawColor(...RULE);
		doc.setLineWidth(0.25);
		doc.line(PAGE.margin, footerY - 4, PAGE.margin + width, footerY - 4);
		doc.setFontSize(8);
		doc.setTextColor(...GREY);
		drawLine(doc, { text: printable(text.footer), rightToLeft: false }, PAGE.margin, footerY, width - 15, 'normal', 'left');
		drawLine(doc, { text: `${i}/${pages}`, rightToLeft: false }, PAGE.margin, footerY, width, 'normal', 'right');
	}
	return new Uint8Array(doc.output('arraybuffer'));

	/** A skill with its level in words and as dots, the dots lined up at the right of the content column. */
	function skillLine(name: string, levelLabel: string, level: number) {
		const size = 10;
		const height = lineHeight(size) + 1.2;
		ensure(height);
		const dots = { radius: 0.9, step: 2.9 };
		const dotsWidth = (MAX_SKILL_LEVEL - 1) * dots.step + 2 * dots.radius;
		const levelWidth = 24;
		const baseline = y + lineHeight(size) * 0.8;
		doc.setFontSize(size);
		doc.setTextColor(...INK);
		const nameWidth = content.width - dotsWidth - levelWidth - 3;
		drawLine(doc, wrapText(doc, printable(name), nameWidth, 'normal')[0]!, content.x, baseline, nameWidth, 'normal');
		doc.setFontSize(9);
		doc.setTextColor(...GREY);
		const levelX = content.x + content.width - dotsWidth - levelWidth - 2;
		drawLine(doc, wrapText(doc, printable(levelLabel), levelWidth, 'normal')[0]!, levelX, baseline, levelWidth, 'normal', 'right');
		for (let i = 0; i < MAX_SKILL_LEVEL; i++) {
			const filled = i < level;
			doc.setFillColor(...(filled ? RED : RULE));
			doc.circle(content.x + content.width - dotsWidth + dots.radius + i * dots.step, baseline - 1.1, dots.radius, 'F');
		}
		y += height;
	}
}
