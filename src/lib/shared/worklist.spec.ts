import { describe, expect, it } from 'vitest';
import { arrangeWorklist, worklistQuerySchema, type WorklistEntry } from './worklist';

const entry = (name: string, expiresAt: string, pending: Partial<WorklistEntry> = {}): WorklistEntry => ({
	portfolioId: name,
	name,
	sections: ['profiel'],
	expiresAt,
	openValidations: 0,
	evcWaiting: 0,
	voucherSteps: 0,
	...pending
});

const list = [
	entry('Sanne', '2026-03-03T10:00:00Z', { openValidations: 2 }),
	entry('ahmed', '2026-03-01T10:00:00Z'),
	entry('Bo', '2026-03-02T10:00:00Z', { evcWaiting: 1, voucherSteps: 1 })
];
const names = (entries: WorklistEntry[]) => entries.map((e) => e.name);

describe('the adviser worklist', () => {
	it('sorts by end of sharing, by name (case-insensitive) or by the most waiting work', () => {
		expect(names(arrangeWorklist(list, { toon: 'alles', sorteer: 'verloopt' }))).toEqual(['ahmed', 'Bo', 'Sanne']);
		expect(names(arrangeWorklist(list, { toon: 'alles', sorteer: 'naam' }))).toEqual(['ahmed', 'Bo', 'Sanne']);
		expect(names(arrangeWorklist([...list, entry('Cas', '2026-03-04T10:00:00Z')], { toon: 'alles', sorteer: 'werk' }))).toEqual(['Bo', 'Sanne', 'ahmed', 'Cas']);
	});

	it('filters on what waits', () => {
		expect(names(arrangeWorklist(list, { toon: 'actie', sorteer: 'naam' }))).toEqual(['Bo', 'Sanne']);
		expect(names(arrangeWorklist(list, { toon: 'validaties', sorteer: 'naam' }))).toEqual(['Sanne']);
		expect(names(arrangeWorklist(list, { toon: 'evc', sorteer: 'naam' }))).toEqual(['Bo']);
		expect(names(arrangeWorklist(list, { toon: 'vouchers', sorteer: 'naam' }))).toEqual(['Bo']);
	});

	it('reads an unknown or missing query as the whole list, soonest ending first', () => {
		expect(worklistQuerySchema.parse({})).toEqual({ toon: 'alles', sorteer: 'verloopt' });
		expect(worklistQuerySchema.parse({ toon: 'x', sorteer: ['a'] })).toEqual({ toon: 'alles', sorteer: 'verloopt' });
		expect(worklistQuerySchema.parse({ toon: 'evc', sorteer: 'naam' })).toEqual({ toon: 'evc', sorteer: 'naam' });
	});
});
