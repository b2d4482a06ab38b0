/** `npm run bench`: every benchmark prints its figures next to its budget. */
import { benchMatching } from './matching';
import { benchMonitoring } from './monitoring';
import { benchSync, type Figure } from './sync';

function print(title: string, figures: Figure[]) {
	console.log(`\n${title}`);
	const width = Math.max(...figures.map((f) => f.name.length));
	for (const f of figures) {
		const verdict = f.ok === null ? '' : f.ok ? '  ok' : '  OVER BUDGET';
		console.log(`  ${f.name.padEnd(width)}  ${f.value.padStart(10)}  budget ${f.budget}${verdict}`);
	}
}

print('matching', benchMatching());
print('sync', await benchSync());
print('monitoring', await benchMonitoring());
