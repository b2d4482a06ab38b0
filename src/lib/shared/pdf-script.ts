/**
 * What the PDFs made on the device can print, and in which order. Two fonts print them (see
 * scripts/make-pdf-fonts.js, keep the ranges in step): Noto Sans for Latin, Greek and Cyrillic, and Noto
 * Sans Arabic for Arabic, Persian and Urdu. Text is split into runs per font; jsPDF joins the Arabic letters
 * of a run and puts them right to left itself, and this module decides where each run stands on the line.
 */

type Range = readonly [number, number];

/** Noto Sans: Latin with IPA, modifier letters and accents, Greek (without Coptic), Cyrillic, punctuation, €, №, ™. */
const MAIN_RANGES: Range[] = [
	[0x20, 0x7e],
	[0xa0, 0x36f],
	[0x370, 0x3e1],
	[0x3f0, 0x52f],
	[0x1e00, 0x1fff],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x20ac, 0x20ac],
	[0x2116, 0x2116],
	[0x2122, 0x2122]
];

/**
 * Noto Sans Arabic: the Arabic blocks with the presentation forms jsPDF writes joined letters in (without
 * the few signs and ligatures the font has no glyph for).
 */
const ARABIC_RANGES: Range[] = [
	[0x600, 0x6ff],
	[0x750, 0x77f],
	[0xfb50, 0xfbc2],
	[0xfbd3, 0xfd8f],
	[0xfd92, 0xfdc7],
	[0xfdcf, 0xfdff],
	[0xfe70, 0xfeff]
];

const inRanges = (code: number, ranges: Range[]) => ranges.some(([from, to]) => code >= from && code <= to);
const UNASSIGNED = /^[\p{Cn}\p{Cs}\p{Co}]$/u;

/** A character (one code point) the Arabic font prints. */
export function isArabicCharacter(character: string): boolean {
	return inRanges(character.codePointAt(0)!, ARABIC_RANGES) && !UNASSIGNED.test(character);
}

/** A character one of the two fonts prints. */
export function isPrintable(character: string): boolean {
	const code = character.codePointAt(0)!;
	return (inRanges(code, MAIN_RANGES) || inRanges(code, ARABIC_RANGES)) && !UNASSIGNED.test(character) && !/^\p{Cf}$/u.test(character);
}

/** Stands in for a left-out character until the spaces around it are tidied (no text has it: controls are left out). */
const DROPPED = '\0';

/**
 * The text as the PDF can print it: what no font has (emoji, pictographs, variation selectors, joiners,
 * scripts we have no font for) is left out, and the spaces left behind are collapsed, so
 * "Anna 🚀 de Vries ✨" prints as "Anna de Vries". Line breaks stay.
 */
export function printable(text: string): string {
	const kept = Array.from(text.normalize('NFC'), (character) => {
		if (character === '\n') return character;
		if (/^\s$/u.test(character)) return character === '\u00a0' ? character : ' ';
		return isPrintable(character) ? character : DROPPED;
	}).join('');
	return kept
		.split('\n')
		.map((line) =>
			line
				// "team 🚀!" is "team!": a left-out character takes the spaces around it along when punctuation follows.
				.replace(/ *\0[\0 ]*(?=[.,;:!?)\]}»”’…])/g, '')
				.replace(/\0/g, '')
				.replace(/ {2,}/g, ' ')
				.trim()
		)
		.join('\n')
		.trim();
}

/** Whether any character needs the Arabic font (then the device loads it for this PDF). */
export function hasArabic(text: string): boolean {
	return Array.from(text).some(isArabicCharacter);
}

type Direction = 'L' | 'R';
/** The classes the line layout tells apart: strong left to right, strong right to left, European digits, neutral. */
type BidiClass = Direction | 'EN' | 'N';

function bidiClass(character: string, previous: BidiClass | undefined): BidiClass {
	if (isArabicCharacter(character)) return 'R';
	if (/^\p{M}$/u.test(character)) return previous ?? 'N';
	if (/^\p{L}$/u.test(character)) return 'L';
	if (/^\p{Nd}$/u.test(character)) return 'EN';
	return 'N';
}

/** Right to left when the first letter of the text is Arabic (the paragraph rule of Unicode's bidi algorithm). */
export function isRightToLeft(text: string): boolean {
	for (const character of text) {
		if (isArabicCharacter(character) && /^\p{L}$/u.test(character)) return true;
		if (/^\p{L}$/u.test(character)) return false;
	}
	return false;
}

export interface ScriptRun {
	text: string;
	/** Printed with the Arabic font. */
	arabic: boolean;
}

/**
 * The text split into runs per font, in reading order: Arabic (with the spaces between Arabic words, so a
 * name stays one run) and everything else.
 */
export function scriptRuns(text: string): ScriptRun[] {
	const runs: ScriptRun[] = [];
	for (const run of lineRuns(text)) {
		const last = runs.at(-1);
		if (last && last.arabic === run.arabic) last.text += run.text;
		else runs.push({ text: run.text, arabic: run.arabic });
	}
	return runs;
}

export interface LineRun extends ScriptRun {
	/** Where the run stands on the line: 0 is leftmost. */
	order: number;
	/**
	 * The characters as jsPDF must be handed them: Arabic runs in reading order (jsPDF puts them right to
	 * left itself), punctuation inside right-to-left text already turned round, with brackets mirrored.
	 */
	draw: string;
}

/** Letters, their marks and digits: what jsPDF's own bidi engine puts in order. */
const STRONG = /[\p{L}\p{M}\p{N}]/u;

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

/**
 * One line split into runs per font and direction, in reading order, each with its place on the line: a
 * small form of Unicode's bidi algorithm (paragraph direction from the first letter unless given, digits
 * after Latin read as Latin, punctuation between two runs of one direction takes it, otherwise the
 * paragraph's).
 */
export function lineRuns(line: string, rightToLeft = isRightToLeft(line)): LineRun[] {
	const characters = Array.from(line);
	if (!characters.length) return [];
	const paragraph: Direction = rightToLeft ? 'R' : 'L';
	const classes: BidiClass[] = [];
	for (const character of characters) classes.push(bidiClass(character, classes.at(-1)));

	// Digits read as the letters before them when those are Latin (W7).
	let strong: Direction = paragraph;
	for (let i = 0; i < classes.length; i++) {
		const type = classes[i];
		if (type === 'L' || type === 'R') strong = type;
		else if (type === 'EN' && strong === 'L') classes[i] = 'L';
	}
	// Neutrals between two runs of one direction take it; otherwise the paragraph's (N1, N2).
	const resolved: Direction[] = [];
	const strongOf = (type: BidiClass | undefined): Direction | undefined => (type === 'EN' ? 'R' : type === 'N' ? undefined : type);
	for (let i = 0; i < classes.length; ) {
		if (classes[i] !== 'N') {
			resolved[i] = strongOf(classes[i])!;
			i++;
			continue;
		}
		let end = i;
		while (end < classes.length && classes[end] === 'N') end++;
		const before = i > 0 ? strongOf(classes[i - 1])! : paragraph;
		const after = end < classes.length ? strongOf(classes[end])! : paragraph;
		for (let j = i; j < end; j++) resolved[j] = before === after ? before : paragraph;
		i = end;
	}
	const levels = classes.map((type, i) => {
		if (paragraph === 'L') return type === 'EN' ? 2 : resolved[i] === 'R' ? 1 : 0;
		return type === 'EN' || resolved[i] === 'L' ? 2 : 1;
	});
	// Spaces between two Arabic letters go with them, so an Arabic name is one run.
	const arabic = characters.map((character, i) => {
		if (classes[i] === 'R') return true;
		if (character !== ' ' && character !== '\u00a0') return false;
		let before = i - 1;
		while (before >= 0 && (characters[before] === ' ' || characters[before] === '\u00a0')) before--;
		let after = i + 1;
		while (after < characters.length && (characters[after] === ' ' || characters[after] === '\u00a0')) after++;
		return classes[before] === 'R' && classes[after] === 'R';
	});

	const grouped: (ScriptRun & { level: number })[] = [];
	characters.forEach((character, i) => {
		const last = grouped.at(-1);
		if (last && last.arabic === arabic[i] && last.level === levels[i]) last.text += character;
		else grouped.push({ text: character, arabic: arabic[i]!, level: levels[i]! });
	});
	// jsPDF reads each run as left-to-right text with Arabic in it, so punctuation and spaces at either end of
	// an Arabic run ("، " after a Latin word, "؟" at the end) would stay on the wrong side: they become runs
	// of their own, placed here like any other.
	const runs = grouped.flatMap((run) => {
		const parts = run.arabic ? /^([^\p{L}\p{M}\p{N}]*)(.*?)([^\p{L}\p{M}\p{N}]*)$/su.exec(run.text) : null;
		if (!parts || !parts[2]) return [run];
		return [parts[1]!, parts[2], parts[3]!].filter(Boolean).map((text) => ({ ...run, text }));
	});

	// Reverse every stretch of runs at or above each level, from the highest down to 1 (L2).
	const visual = runs.map((_, i) => i);
	const highest = Math.max(...runs.map((run) => run.level));
	for (let level = highest; level >= 1; level--) {
		for (let i = 0; i < visual.length; ) {
			if (runs[visual[i]!]!.level < level) {
				i++;
				continue;
			}
			let end = i;
			while (end < visual.length && runs[visual[end]!]!.level >= level) end++;
			visual.splice(i, end - i, ...visual.slice(i, end).reverse());
			i = end;
		}
	}
	return runs.map((run, i) => ({
		text: run.text,
		arabic: run.arabic,
		order: visual.indexOf(i),
		// jsPDF turns round only what has Arabic letters or digits in it; the rest is handed over turned round.
		draw:
			run.level % 2 === 1 && !STRONG.test(run.text)
				? Array.from(run.text)
						.reverse()
						.map((character) => MIRRORED[character] ?? character)
						.join('')
				: run.text
	}));
}
