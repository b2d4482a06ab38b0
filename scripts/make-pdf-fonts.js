// The fonts the device prints CVs and EVC intake packs with: Noto Sans regular and bold, cut down to the
// scripts people in Twente write their names in: Latin (Dutch, German, Turkish, Polish, Romanian,
// Vietnamese …), Greek and Cyrillic, with the punctuation we print; and Noto Sans Arabic for Arabic, Persian
// and Urdu names, which the device loads only for a CV that has them. Hinting and the OpenType layout tables
// are left out: jsPDF draws one glyph per character and never reads them, and they would double the files.
// Remake with: node scripts/make-pdf-fonts.js
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

/** Latin (with IPA, modifier letters and combining accents), Greek, Cyrillic, dashes, quotes, bullets, €, №, ™. */
export const PDF_FONT_RANGES = [
	[0x20, 0x7e],
	[0xa0, 0x24f],
	[0x250, 0x2af],
	[0x2b0, 0x2ff],
	[0x300, 0x36f],
	[0x370, 0x3ff],
	[0x400, 0x4ff],
	[0x500, 0x52f],
	[0x1e00, 0x1eff],
	[0x1f00, 0x1fff],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x20ac, 0x20ac],
	[0x2116, 0x2116],
	[0x2122, 0x2122]
];

/**
 * The Arabic blocks, with the presentation forms: jsPDF joins the letters itself by writing each one in the
 * form it takes in the word (initial, medial, final), so those forms must be in the file. And the spaces
 * between Arabic words, so a name stays one run of text. Everything else prints with Noto Sans.
 * Keep in step with src/lib/shared/pdf-script.ts.
 */
export const PDF_ARABIC_RANGES = [
	[0x20, 0x20],
	[0xa0, 0xa0],
	[0x600, 0x6ff],
	[0x750, 0x77f],
	[0xfb50, 0xfdff],
	[0xfe70, 0xfeff]
];

/** Tables jsPDF never uses (it has no shaping engine): left out to keep the files small. */
const DROP_TABLES = ['GSUB', 'GPOS', 'GDEF'];

const characters = (ranges) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
const fonts = [
	['node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', PDF_FONT_RANGES, 'static/fonts/noto-sans-regular.ttf'],
	['node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', PDF_FONT_RANGES, 'static/fonts/noto-sans-bold.ttf'],
	['node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', PDF_ARABIC_RANGES, 'static/fonts/noto-sans-arabic-regular.ttf'],
	['node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf', PDF_ARABIC_RANGES, 'static/fonts/noto-sans-arabic-bold.ttf']
];
for (const [source, ranges, out] of fonts) {
	const font = await subsetFont(readFileSync(source), characters(ranges), { targetFormat: 'truetype', noHinting: true, dropTables: DROP_TABLES });
	writeFileSync(out, font);
	console.log(`${out}: ${font.length} bytes`);
}
// Both families are under the SIL Open Font License 1.1, which travels with the files.
copyFileSync('node_modules/@expo-google-fonts/noto-sans/LICENSE_FONT', 'static/fonts/OFL.txt');
copyFileSync('node_modules/@expo-google-fonts/noto-sans-arabic/LICENSE_FONT', 'static/fonts/OFL-arabic.txt');
