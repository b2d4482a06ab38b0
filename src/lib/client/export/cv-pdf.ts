import type { jsPDF as JsPdf } from 'jspdf';
import { PDF_FONT, usePdfFonts, type PdfFonts } from './pdf-fonts';
import { drawLine, wrapText } from './pdf-lines';
import { hasArabic, printable } from '$lib/shared/pdf-script';
import { byRecency, type PaspoortLabels, type PaspoortSnapshot } from '$lib/shared/paspoort/snapshot';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

/** Headings and fixed phrases, from the message files in the person's language. */
export interface CvText {
	profile: string;
	work: string;
	education: string;
	certificates: string;
	skills: string;
	languages: string;
	drivingLicences: string;
	present: string;
	completed: string;
	sources: Record<SkillSource, string>;
	footer: string;
	qrCaption: string;
}

export interface CvOptions {
	includeContact: boolean;
	/** A share link to print as a QR code; leave out for none. */
	shareUrl?: string;
	/** Off only to read the text back in tests. */
	compress?: boolean;
	/** The font files; fetched from the site when left out (tests read them from static/fonts). */
	fonts?: PdfFonts;
	/** The document's language for screen readers, as the interface's `Intl` tag ('de-DE'); none when left out. */
	lang?: Parameters<JsPdf['setLanguage']>[0];
}

const PAGE = { width: 210, height: 297, margin: 18 };
const RED: [number, number, number] = [179, 0, 27];
const GREY: [number, number, number] = [77, 77, 77];
const SOURCE_ORDER: SkillSource[] = ['certificaat', 'gevalideerd', 'bewijs', 'zelf'];

function period(start: string | number | null, end: string | number | null, present: string): string {
	if (!start && !end) return '';
	return `${start ?? '…'} – ${end ?? present}`;
}

/**
 * A one- or two-page CV built on the device (no server, works offline). jsPDF and qrcode are loaded
 * only when the resident asks for a CV.
 */
export async function buildCvPdf(snapshot: PaspoortSnapshot, labels: PaspoortLabels, text: CvText, options: CvOptions): Promise<Uint8Array> {
	const { jsPDF } = await import('jspdf');
	const doc: JsPdf = new jsPDF({ unit: 'mm', format: 'a4', compress: options.compress ?? true });
	// The Arabic font is fetched only for a CV with Arabic in it.
	await usePdfFonts(doc, { fonts: options.fonts, arabic: hasArabic(JSON.stringify(snapshot)) });
	if (options.lang) doc.setLanguage(options.lang);
	const width = PAGE.width - 2 * PAGE.margin;
	let y = PAGE.margin;

	const ensure = (needed: number) => {
		if (y + needed > PAGE.height - PAGE.margin - 8) {
			doc.addPage();
			y = PAGE.margin;
		}
	};
	const write = (value: string, size: number, style: 'normal' | 'bold' = 'normal', color: [number, number, number] = [26, 26, 26], indent = 0) => {
		doc.setFontSize(size);
		doc.setTextColor(...color);
		const lineHeight = size * 0.45;
		for (const line of wrapText(doc, printable(value), width - indent, style)) {
			ensure(lineHeight);
			drawLine(doc, line, PAGE.margin + indent, y + lineHeight * 0.8, width - indent, style);
			y += lineHeight;
		}
	};
	const heading = (value: string) => {
		ensure(16);
		y += 5;
		write(value.toUpperCase(), 11, 'bold', RED);
		doc.setDrawColor(...RED);
		doc.setLineWidth(0.4);
		doc.line(PAGE.margin, y + 0.8, PAGE.margin + width, y + 0.8);
		y += 3;
	};

	const { profile } = snapshot;
	const qrSize = options.shareUrl ? 26 : 0;
	if (options.shareUrl) {
		const QRCode = await import('qrcode');
		const dataUrl = await QRCode.toDataURL(options.shareUrl, { margin: 0, width: 256, errorCorrectionLevel: 'M' });
		doc.addImage(dataUrl, 'PNG', PAGE.margin + width - qrSize, y, qrSize, qrSize);
		doc.setFontSize(7);
		doc.setTextColor(...GREY);
		doc.text(text.qrCaption, PAGE.margin + width - qrSize, y + qrSize + 3);
	}
	const headerWidth = width - (qrSize ? qrSize + 4 : 0);
	doc.setFontSize(22);
	doc.setTextColor(26, 26, 26);
	drawLine(doc, wrapText(doc, printable(profile.displayName ?? '') || '—', headerWidth, 'bold')[0]!, PAGE.margin, y + 8, headerWidth, 'bold');
	y += 12;
	const wishes = (profile.beroepswensen ?? []).map((id) => labels.occupation(id));
	if (wishes.length) write(wishes.join(' · '), 12, 'normal', RED);
	const contact = [profile.woonplaats ? labels.woonplaats(profile.woonplaats) : ''];
	if (options.includeContact) contact.push(profile.contactEmail ?? '', profile.phone ?? '');
	const contactLine = contact.filter(Boolean).join('  ·  ');
	if (contactLine) write(contactLine, 10, 'normal', GREY);
	y = Math.max(y, PAGE.margin + qrSize + 6);

	if (profile.about) {
		heading(text.profile);
		write(profile.about, 10);
	}

	if (snapshot.workExperiences.length) {
		heading(text.work);
		for (const job of byRecency(snapshot.workExperiences)) {
			ensure(12);
			write(job.title, 11, 'bold');
			const where = [job.employer, job.place, period(job.startMonth, job.endMonth, text.present)].filter(Boolean).join(' · ');
			if (where) write(where, 9.5, 'normal', GREY);
			if (job.description) write(job.description, 10);
			y += 2;
		}
	}

	if (snapshot.educations.length) {
		heading(text.education);
		for (const edu of snapshot.educations) {
			ensure(10);
			write(edu.name + (edu.completed ? ` (${text.completed})` : ''), 11, 'bold');
			const details = [edu.institution, edu.level ? labels.educationLevel(edu.level) : '', period(edu.startYear, edu.endYear, text.present)].filter(Boolean).join(' · ');
			if (details) write(details, 9.5, 'normal', GREY);
			y += 1.5;
		}
	}

	if (snapshot.certificates.length) {
		heading(text.certificates);
		for (const cert of snapshot.certificates) {
			write([cert.name, cert.issuer, cert.issuedMonth].filter(Boolean).join(' · '), 10);
		}
	}

	if (snapshot.skillClaims.length) {
		heading(text.skills);
		for (const source of SOURCE_ORDER) {
			const claims = snapshot.skillClaims.filter((s) => s.source === source).sort((a, b) => b.level - a.level);
			if (!claims.length) continue;
			write(text.sources[source], 9.5, 'bold', GREY);
			write(claims.map((s) => `${labels.skill(s.skillId)} (${labels.skillLevel(s.level)})`).join(' · '), 10);
			y += 1.5;
		}
	}

	if (snapshot.languages.length) {
		heading(text.languages);
		write(snapshot.languages.map((l) => `${l.language}: ${l.level}`).join(' · '), 10);
	}

	const licences = profile.drivingLicences ?? [];
	if (licences.length) {
		heading(text.drivingLicences);
		write(licences.join(', '), 10);
	}

	const pages = doc.getNumberOfPages();
	for (let i = 1; i <= pages; i++) {
		doc.setPage(i);
		doc.setFont(PDF_FONT, 'normal');
		doc.setFontSize(8);
		doc.setTextColor(...GREY);
		doc.text(`${text.footer} · ${i}/${pages}`, PAGE.margin, PAGE.height - 10);
	}
	return new Uint8Array(doc.output('arraybuffer'));
}
