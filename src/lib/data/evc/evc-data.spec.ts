import { describe, expect, it } from 'vitest';
import { KANSBEROEPEN } from '$lib/data/catalogue';
import { occupationById, sectorById, skillById } from '$lib/data/taxonomy';
import { EVIDENCE_KINDS, KWALIFICATIES, werkprocesById } from './index';

describe('EVC kwalificaties', () => {
	it('offers at least six, across zorg, logistiek, techniek and bouw', () => {
		expect(KWALIFICATIES.length).toBeGreaterThanOrEqual(6);
		for (const sector of ['zorg-welzijn', 'logistiek', 'techniek', 'bouw-infra']) expect(KWALIFICATIES.some((k) => k.sector === sector)).toBe(true);
	});

	it('has unique ids for kwalificaties, kerntaken and werkprocessen', () => {
		const ids = KWALIFICATIES.flatMap((k) => [k.id, ...k.kerntaken.flatMap((t) => [t.id, ...t.werkprocessen.map((w) => w.id)])]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('links every werkproces to known skills and names the proof that fits it', () => {
		for (const k of KWALIFICATIES) {
			expect(sectorById(k.sector), k.id).toBeDefined();
			expect(k.kerntaken.length, k.id).toBeGreaterThanOrEqual(2);
			for (const t of k.kerntaken) {
				expect(t.werkprocessen.length, t.id).toBeGreaterThanOrEqual(2);
				for (const w of t.werkprocessen) {
					expect(w.id.startsWith(`${t.id}-`), w.id).toBe(true);
					expect(w.skillIds.length, w.id).toBeGreaterThan(0);
					for (const s of w.skillIds) expect(skillById(s), `${w.id} → ${s}`).toBeDefined();
					expect(w.bestProof.length, w.id).toBeGreaterThan(0);
					for (const p of w.bestProof) expect(EVIDENCE_KINDS).toContain(p);
					for (const text of [w.title, w.titleEn, w.description, w.descriptionEn]) expect(text.trim().length, w.id).toBeGreaterThan(5);
					expect(werkprocesById(w.id)?.kwalificatie.id).toBe(k.id);
				}
			}
		}
	});

	it('leads to occupations in the taxonomy, most of them Twente kansberoepen', () => {
		const kansberoepIds = new Set(KANSBEROEPEN.map((k) => k.occupationId));
		for (const k of KWALIFICATIES) for (const o of k.occupationIds) expect(occupationById(o), `${k.id} → ${o}`).toBeDefined();
		const leadingToKansberoep = KWALIFICATIES.filter((k) => k.occupationIds.some((o) => kansberoepIds.has(o)));
		expect(leadingToKansberoep.length).toBeGreaterThanOrEqual(6);
	});
});
