/**
 * Lists the messages of nl.json that another language still lacks, as JSON to translate:
 * `npx tsx scripts/i18n-missing.ts de` (default `de`; `--sort` also rewrites that file in nl.json's order).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const locale = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'de';
const read = (name: string) => JSON.parse(readFileSync(`messages/${name}.json`, 'utf8')) as Record<string, string>;
const nl = read('nl');
const other = read(locale);
const missing = Object.fromEntries(Object.entries(nl).filter(([key]) => key !== '$schema' && !(key in other)));
console.log(JSON.stringify(missing, null, '\t'));
console.error(`${Object.keys(missing).length} of ${Object.keys(nl).length - 1} messages missing in ${locale}.json`);
if (process.argv.includes('--sort')) {
	const sorted = Object.fromEntries(Object.keys(nl).filter((key) => key in other).map((key) => [key, other[key]!]));
	writeFileSync(`messages/${locale}.json`, `${JSON.stringify(sorted, null, '\t')}\n`);
}
