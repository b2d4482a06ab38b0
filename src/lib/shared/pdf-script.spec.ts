import { describe, expect, it } from 'vitest';
import { hasArabic, isPrintable, isRightToLeft, lineRuns, printable, scriptRuns } from './pdf-script';

/** The line as it stands on paper, left to right, with each run's characters as handed to jsPDF. */
const visual = (line: string, rightToLeft?: boolean) =>
	lineRuns(line, rightToLeft)
		.sort((a, b) => a.order - b.order)
		.map((run) => (run.arabic ? `[${run.draw}]` : run.draw))
		.join('');

describe('printable', () => {
	it('leaves emoji out and collapses the spaces they leave', () => {
		expect(printable('Anna 🚀 de Vries ✨')).toBe('Anna de Vries');
		expect(printable('✨Anna✨')).toBe('Anna');
		expect(printable('mijn team 👨‍👩‍👧! En 🚀, of (🚀 )')).toBe('mijn team! En, of ()');
		expect(printable('a\u0000b\u0007c')).toBe('abc');
		expect(printable('Ik ❤️ heftrucks 👍🏽 en 👨‍👩‍👧 gezin')).toBe('Ik heftrucks en gezin');
	});

	it('keeps every script the fonts print, and №, €, ™ without their emoji selector', () => {
		for (const text of ['Şükrü Yılmaz', 'Łukasz Wróbel', 'Nguyễn Thị Hương', 'Γιώργος Παπαδόπουλος', 'Олена Шевченко', 'فاطمة الزهراء', 'عمري ٣٥ سنة', '№ 5 € 12,50 — “ok”']) {
			expect(printable(text)).toBe(text);
		}
		expect(printable('Talentpaspoort™️')).toBe('Talentpaspoort™');
	});

	it('writes decomposed accents as one letter, keeps line breaks and drops scripts without a font', () => {
		expect(printable('Zoe\u0308')).toBe('Zoë');
		expect(printable('regel één\nregel twee 🚚')).toBe('regel één\nregel twee');
		expect(printable('王 Wei\u200b Zhang')).toBe('Wei Zhang');
		expect(printable('a\tb\u00a0c')).toBe('a b\u00a0c');
	});

	it('tells a printable character from one without a glyph', () => {
		expect(isPrintable('ş')).toBe(true);
		expect(isPrintable('ж')).toBe(true);
		expect(isPrintable('ﻓ')).toBe(true);
		expect(isPrintable('🚀')).toBe(false);
		expect(isPrintable('\u200d')).toBe(false);
		expect(isPrintable('\ufe0f')).toBe(false);
		expect(isPrintable('Ϣ')).toBe(false);
	});
});

describe('script and direction', () => {
	it('knows Arabic text and right-to-left paragraphs by the first letter', () => {
		expect(hasArabic('Anna فاطمة')).toBe(true);
		expect(hasArabic('Олена Шевченко')).toBe(false);
		expect(isRightToLeft('فاطمة الزهراء')).toBe(true);
		expect(isRightToLeft('(٣٥) فاطمة')).toBe(true);
		expect(isRightToLeft('Fatima فاطمة')).toBe(false);
		expect(isRightToLeft('2024 – …')).toBe(false);
	});

	it('splits text into Arabic runs and the rest, an Arabic name in one run', () => {
		expect(scriptRuns('فاطمة الزهراء')).toEqual([{ text: 'فاطمة الزهراء', arabic: true }]);
		expect(scriptRuns('Anna de Vries')).toEqual([{ text: 'Anna de Vries', arabic: false }]);
		expect(scriptRuns('Fatima فاطمة الزهراء, Enschede')).toEqual([
			{ text: 'Fatima ', arabic: false },
			{ text: 'فاطمة الزهراء', arabic: true },
			{ text: ', Enschede', arabic: false }
		]);
		expect(scriptRuns('مرحبا (Anna)')).toEqual([
			{ text: 'مرحبا', arabic: true },
			{ text: ' (Anna)', arabic: false }
		]);
	});
});

describe('line layout', () => {
	it('keeps left-to-right text as it is', () => {
		expect(visual('Anna de Vries (2019 – 2021)')).toBe('Anna de Vries (2019 – 2021)');
		expect(lineRuns('')).toEqual([]);
	});

	it('puts an Arabic name after Latin text in a left-to-right line', () => {
		expect(visual('Fatima فاطمة, Enschede')).toBe('Fatima [فاطمة], Enschede');
	});

	it('lays a right-to-left line out from the right, Latin and digits inside it left to right', () => {
		expect(visual('فاطمة - Enschede 7500')).toBe('Enschede 7500 - [فاطمة]');
		expect(visual('مرحبا (Anna)')).toBe('(Anna) [مرحبا]');
		expect(visual('مرحبا, Anna')).toBe('Anna ,[مرحبا]');
		// Read from the right: the job, then 2019, then 2021 (as Unicode's algorithm and browsers lay it out).
		expect(visual('سائق 2019 – 2021')).toBe('2021 – 2019 [سائق]');
	});

	it('puts Arabic punctuation on the side it belongs, also next to a Latin word', () => {
		// Read from the right: the question, then its question mark at the far left.
		expect(visual('كيف حالك؟')).toBe('[؟][كيف حالك]');
		// "in Enschede, and before that": the Arabic comma and its space follow Enschede, read from the right.
		expect(visual('في Enschede، وقبل ذلك')).toBe('[وقبل ذلك][ ،]Enschede [في]');
		expect(scriptRuns('في Enschede، وقبل ذلك').map((run) => run.text)).toEqual(['في', ' Enschede', '، وقبل ذلك']);
	});

	it('lays a line out in the direction of its paragraph when told', () => {
		// The second line of an Arabic paragraph that starts with a Latin word.
		expect(visual('Enschede فاطمة', true)).toBe('[فاطمة] Enschede');
		expect(visual('Enschede فاطمة', false)).toBe('Enschede [فاطمة]');
	});

	it('orders every run once', () => {
		const runs = lineRuns('أحمد (Ahmed) – طباخ, Hengelo ٢٠٢٤');
		expect(runs.map((run) => run.order).sort((a, b) => a - b)).toEqual(runs.map((_, i) => i));
		expect(runs.map((run) => run.text).join('')).toBe('أحمد (Ahmed) – طباخ, Hengelo ٢٠٢٤');
	});
});
