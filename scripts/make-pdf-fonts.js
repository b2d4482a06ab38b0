// The fonts the device prints CVs and EVC intake packs with: Noto Sans regular and bold, cut down to the
// Latin letters of the languages people in Twente write their names in (Dutch, German, Turkish, Polish,
// Romanian, Vietnamese …) and the punctuation we print. Remake with: node scripts/make-pdf-fonts.js
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

/** Basic Latin, Latin-1, Latin Extended-A and -B, Latin Extended Additional, dashes, quotes, bullets, €, ™. */
export const PDF_FONT_RANGES = [
	[0x20, 0x7e],
	[0xa0, 0x24f],
	[0x1e00, 0x1eff],
	[0x2010, 0x2027],
	[0x2030, 0x203a],
	[0x20ac, 0x20ac],
	[0x2122, 0x2122]
];

const text = PDF_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
const source = 'node_modules/@expo-google-fonts/noto-sans';
for (const [weight, out] of [
	['400Regular/NotoSans_400Regular.ttf', 'static/fonts/noto-sans-regular.ttf'],
	['700Bold/NotoSans_700Bold.ttf', 'static/fonts/noto-sans-bold.ttf']
]) {
	const font = await subsetFont(readFileSync(`${source}/${weight}`), text, { targetFormat: 'truetype' });
	writeFileSync(out, font);
	console.log(`${out}: ${font.length} bytes`);
}
copyFileSync(`${source}/LICENSE_FONT`, 'static/fonts/OFL.txt');
