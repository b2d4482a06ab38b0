/**
 * `npm run bench`: every benchmark prints its figures next to its budget.
 * `npm run bench -- lighthouse sync`: only the parts named.
 */
import { benchCapacity } from './capacity';
import { benchCatalogueImport } from './catalogue-import';
import { benchLighthouse } from './lighthouse';
import { benchLoad } from './load';
import { benchMail } from './mail';
import { benchMatching } from './matching';
import { benchMonitoring } from './monitoring';
import { benchSync, type Figure } from './sync';
import { benchVacatures } from './vacatures';

function print(title: string, figures: Figure[]) {
	console.log(`\n${title}`);
	const width = Math.max(...figures.map((f) => f.name.length));
	for (const f of figures) {
		const verdict = f.ok === null ? '' : f.ok ? '  ok' : '  OVER BUDGET';
		console.log(`  ${f.name.padEnd(width)}  ${f.value.padStart(10)}  budget ${f.budget}${verdict}`);
	}
}

const parts: Record<string, () => Figure[] | Promise<Figure[]>> = {
	matching: benchMatching,
	vacatures: benchVacatures,
	import: benchCatalogueImport,
	sync: benchSync,
	monitoring: benchMonitoring,
	lighthouse: benchLighthouse,
	load: benchLoad,
	mail: benchMail,
	capacity: benchCapacity
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((p) => !Object.hasOwn(parts, p));
if (unknown.length > 0) {
	console.error(`Unknown bench part: ${unknown.join(', ')}. Parts: ${Object.keys(parts).join(', ')}`);
	process.exit(2);
}
for (const [name, run] of Object.entries(parts)) {
	if (chosen.length === 0 || chosen.includes(name)) print(name, await run());
}
