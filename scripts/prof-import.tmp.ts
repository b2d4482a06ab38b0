import Papa from 'papaparse';
import { performance } from 'node:perf_hooks';
import { OFFER_COLUMNS, parseImportFile, checkOfferRows, planImport, stableJson } from '../src/lib/shared/catalogue-import';
const row = (i: number): Record<string, string> => ({ id: `OFFER-${i}`, kind: 'cursus', title: `Cursus ${i}`, gemeenteId: 'enschede', modality: 'klassikaal', description: 'Leer veilig heftruck rijden.', targetOccupationIds: 'orderpicker', requiredSkills: 'nederlands-spreken:2', labourMarketPerspective: 'ja', certificate: 'Certificaat', skillsTaught: 'heftruck-rijden|orderpicken', taughtLevel: '2', durationWeeks: '4', hoursPerWeek: '8', costEuros: String(100 + (i % 900)), startDates: '2027-03-01|2027-09-01' });
const rows = Array.from({ length: 10000 }, (_, i) => row(i + 1));
const csv = Papa.unparse({ fields: [...OFFER_COLUMNS], data: rows.map((r) => OFFER_COLUMNS.map((c) => r[c] ?? '')) });
for (let k = 0; k < 2; k++) {
let t = performance.now();
const parsed = parseImportFile(csv, 'csv', 'offer');
console.log('parse', (performance.now() - t).toFixed(0));
if (!parsed.ok) throw new Error('x');
t = performance.now();
const checked = checkOfferRows(parsed.rows, { supplierId: 'bench-import', providerIds: new Set(['bench-import']) });
console.log('check', (performance.now() - t).toFixed(0), checked.filter(c=>c.item).length);
t = performance.now();
const valid = checked.flatMap((r) => (r.item ? [r.item] : []));
const existing = valid.map(v => ({ id: v.id, data: v.data as Record<string, unknown>, archived: false }));
const p = planImport(valid, existing, new Set(valid.map(v=>v.id)), true);
console.log('plan', (performance.now() - t).toFixed(0), p.unchanged);
}
