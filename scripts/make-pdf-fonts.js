// The fonts the device prints CVs and EVC intake packs with: Noto Sans regular and bold, cut down to the
// scripts people in Twente write their names in: Latin (Dutch, German, Turkish, Polish, Romanian,
// Vietnamese …), Greek and Cyrillic, with the punctuation we print. Hinting and the OpenType layout tables
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

/** Tables jsPDF never uses (it has no shaping engine): left out to keep the files small. */
const DROP_TABLES = ['GSUB', 'GPOS', 'GDEF'];

const text = PDF_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
const source = 'node_modules/@expo-google-fonts/noto-sans';
for (const [weight, out] of [
	['400Regular/NotoSans_400Regular.ttf', 'static/fonts/noto-sans-regular.ttf'],
	['700Bold/NotoSans_700Bold.ttf', 'static/fonts/noto-sans-bold.ttf']
]) {
	const font = await subsetFont(readFileSync(`${source}/${weight}`), text, { targetFormat: 'truetype', noHinting: true, dropTables: DROP_TABLES });
	writeFileSync(out, font);
	console.log(`${out}: ${font.length} bytes`);
}
copyFileSync(`${source}/LICENSE_FONT`, 'static/fonts/OFL.txt');
