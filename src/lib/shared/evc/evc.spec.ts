import { describe, expect, it } from 'vitest';
import { kwalificatieById } from '$lib/data/evc';
import { outcomeSkillChanges } from './outcome';
import { evcReadiness, type EvidenceForReadiness } from './readiness';

const logistiek = kwalificatieById('logistiek-medewerker')!;

describe('EVC readiness', () => {
	it('starts empty, with hints for every werkproces', () => {
		const readiness = evcReadiness(logistiek, []);
		expect(readiness.covered).toBe(0);
		expect(readiness.total).toBe(6);
		expect(readiness.percent).toBe(0);
		for (const k of readiness.kerntaken) for (const w of k.werkprocessen) {
			expect(w.status).toBe('missing');
			expect(w.hints).toEqual(w.werkproces.bestProof);
		}
	});

	it('counts each werkproces once per kerntaak, however many items show it', () => {
		const evidence: EvidenceForReadiness[] = [
			{ id: 'a', kind: 'photo', werkprocesIds: ['lm-1-1', 'lm-1-2'] },
			{ id: 'b', kind: 'starr', werkprocesIds: ['lm-1-1', 'lm-2-1'] }
		];
		const readiness = evcReadiness(logistiek, evidence);
		const [ontvangen, orders] = readiness.kerntaken;
		expect(ontvangen).toMatchObject({ covered: 2, total: 3, percent: 66 });
		expect(orders).toMatchObject({ covered: 1, total: 3, percent: 33 });
		expect(readiness).toMatchObject({ covered: 3, total: 6, percent: 50 });
		expect(ontvangen!.werkprocessen[0]).toMatchObject({ status: 'covered', evidenceIds: ['a', 'b'], hints: [] });
		expect(ontvangen!.werkprocessen[2]!.status).toBe('missing');
	});

	it('ignores werkprocessen of another kwalificatie', () => {
		expect(evcReadiness(logistiek, [{ id: 'x', kind: 'photo', werkprocesIds: ['vig-1-1', 'tim-2-1'] }]).covered).toBe(0);
	});

	it('turns a werkproces to "aanvullen" when the adviser asked for more on its only item, and suggests other proof', () => {
		const evidence: EvidenceForReadiness[] = [{ id: 'a', kind: 'photo', werkprocesIds: ['lm-1-1'] }];
		const asked = evcReadiness(logistiek, evidence, [
			{ evidenceId: 'a', verdict: 'voldoende', reviewedAt: '2026-01-01T10:00:00Z' },
			{ evidenceId: 'a', verdict: 'aanvullen', reviewedAt: '2026-01-02T10:00:00Z' }
		]);
		const first = asked.kerntaken[0]!.werkprocessen[0]!;
		expect(first.status).toBe('aanvullen');
		expect(first.hints).toEqual(['werkgeversverklaring']);
		expect(asked.covered).toBe(0);
		// The later review wins, whatever order the rows arrive in.
		const fine = evcReadiness(logistiek, evidence, [
			{ evidenceId: 'a', verdict: 'voldoende', reviewedAt: '2026-01-03T10:00:00Z' },
			{ evidenceId: 'a', verdict: 'aanvullen', reviewedAt: '2026-01-02T10:00:00Z' }
		]);
		expect(fine.kerntaken[0]!.werkprocessen[0]!.status).toBe('covered');
	});

	it('never rounds up to complete', () => {
		const vig = kwalificatieById('verzorgende-ig')!;
		const all = vig.kerntaken.flatMap((k) => k.werkprocessen.map((w) => w.id));
		expect(evcReadiness(vig, [{ id: 'a', kind: 'starr', werkprocesIds: all.slice(1) }]).percent).toBe(87);
		expect(evcReadiness(vig, [{ id: 'a', kind: 'starr', werkprocesIds: all }]).percent).toBe(100);
	});
});

describe('outcome to paspoort skills', () => {
	it('creates missing skills and raises existing ones to source certificaat', () => {
		const changes = outcomeSkillChanges(['lm-1-3'], [
			{ id: 'c1', skillId: 'heftruck-rijden', level: 1, source: 'zelf' },
			{ id: 'c2', skillId: 'veilig-werken-vca', level: 4, source: 'gevalideerd' }
		]);
		expect(changes.patch).toEqual([
			{ id: 'c1', patch: { source: 'certificaat', level: 2 } },
			{ id: 'c2', patch: { source: 'certificaat' } }
		]);
		expect(changes.create).toEqual([{ skillId: 'elektrische-pompwagen', level: 2, source: 'certificaat' }]);
	});

	it('writes nothing for an outcome already applied, or for unknown werkprocessen', () => {
		const first = outcomeSkillChanges(['mv-2-2'], []);
		expect(first.create.map((c) => c.skillId).sort()).toEqual(['kwaliteit-controleren', 'precisiemeten']);
		expect(first.create.every((c) => c.level === 3)).toBe(true);
		const claims = first.create.map((c, i) => ({ id: `n${i}`, ...c }));
		expect(outcomeSkillChanges(['mv-2-2'], claims)).toEqual({ create: [], patch: [] });
		expect(outcomeSkillChanges(['bestaat-niet'], [])).toEqual({ create: [], patch: [] });
	});
});
