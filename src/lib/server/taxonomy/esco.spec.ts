import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/shared/id';
import { mappingsFromCatalogue } from '$lib/shared/standard-ids';
import { skillContent } from '$lib/server/credentials/issue';
import type { DbHandle } from '$lib/server/db/client';
import { escoMapping, escoRelation, escoSuggestion, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { standardIdEntries } from '$lib/server/gegevens/export';
import { pullCatalogue } from '$lib/server/sync/catalogue';
import {
	confirmAllSuggestions,
	confirmSuggestion,
	confirmedRows,
	MAX_ESCO_BYTES,
	pendingSuggestions,
	rejectSuggestion,
	relationCount,
	standardIds,
	undoMapping,
	uploadEscoFile
} from './esco';

const fixture = (name: string) => readFileSync(`e2e/fixtures/esco/${name}`, 'utf8');
const SKILL = (n: number) => `http://data.europa.eu/esco/skill/3a0c5d1e-6b7f-4c2a-9d8e-1f2a3b4c5d0${n}`;
const OCCUPATION = (n: number) => `http://data.europa.eu/esco/occupation/7b1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e0${n}`;

let handle: DbHandle;
const beheerder = newId();

beforeAll(async () => {
	handle = await openTestDatabase();
	await handle.db.insert(user).values({ id: beheerder, email: `beheer-${beheerder}@example.nl`, passwordHash: 'x', displayName: 'Beheerder' });
});
afterAll(() => handle.close());

async function catalogueMappings() {
	const page = await pullCatalogue(handle.db, { since: 0, limit: 1000 });
	return mappingsFromCatalogue(page.records.filter((r) => !r.deleted));
}

async function count(table: typeof escoSuggestion | typeof escoMapping | typeof escoRelation) {
	return (await handle.db.select().from(table)).length;
}

describe('ESCO mapping on the server', () => {
	it('a file with a bad row, an unknown or too large file changes nothing', async () => {
		const bad = await uploadEscoFile(handle.db, { text: fixture('skills_nl_fouten.csv'), fileName: 'skills_nl_fouten.csv' });
		expect(bad).toMatchObject({ ok: false, problem: 'rows', kind: 'skills', rows: 4 });
		if (bad.ok || bad.problem !== 'rows') return;
		expect(bad.rowErrors.map((r) => r.row)).toEqual([3, 4, 5]);
		expect(bad.rowErrors[0]!.errors).toEqual([{ field: 'conceptUri', message: expect.stringMatching(/ESCO/) }]);
		expect(await uploadEscoFile(handle.db, { text: 'a,b\n1,2\n', fileName: 'x.csv' })).toMatchObject({ ok: false, problem: 'unknown-kind' });
		expect(await uploadEscoFile(handle.db, { text: 'x'.repeat(MAX_ESCO_BYTES + 1), fileName: 'x.csv' })).toMatchObject({ ok: false, problem: 'too-large' });
		expect(await count(escoSuggestion)).toBe(0);
	});

	it('suggests, confirms, rejects and undoes; confirmed ids reach the catalogue, credentials and the data export', async () => {
		expect(await uploadEscoFile(handle.db, { text: fixture('skills_nl.csv'), fileName: 'skills_nl.csv' })).toEqual({ ok: true, kind: 'skills', rows: 5, suggestions: expect.any(Number), relations: 0 });
		const pending = await pendingSuggestions(handle.db);
		const heftruck = pending.find((s) => s.ourId === 'heftruck-rijden')!;
		expect(heftruck).toMatchObject({ kind: 'skill', ourLabel: 'Heftruck rijden', escoUri: SKILL(1), escoLabel: 'heftruck rijden', score: 100, fileRow: 2, reason: { match: 'preferred', via: 'label' } });
		expect(pending.find((s) => s.ourId === 'laden-lossen')).toMatchObject({ escoUri: SKILL(3), score: 90 });

		expect(await confirmSuggestion(handle.db, heftruck.id, beheerder)).toBe(1);
		expect(await confirmSuggestion(handle.db, heftruck.id, beheerder)).toBe(0);
		const laden = pending.find((s) => s.ourId === 'laden-lossen')!;
		expect(await rejectSuggestion(handle.db, laden.id)).toBe(1);
		expect((await pendingSuggestions(handle.db)).some((s) => s.ourId === 'heftruck-rijden' || s.ourId === 'laden-lossen')).toBe(false);

		const ids = await standardIds(handle.db);
		expect(ids('skill', 'heftruck-rijden').escoUri).toBe(SKILL(1));
		expect(ids('skill', 'laden-lossen').escoUri).toBeNull();
		expect(await catalogueMappings()).toEqual([{ kind: 'skill', ourId: 'heftruck-rijden', escoUri: SKILL(1) }]);
		const content = skillContent({ skillClaimId: newId(), skillId: 'heftruck-rijden', validatorName: 'Petra', validatorRole: null, at: new Date() }, ids);
		expect(content.alignment).toEqual([{ targetName: 'Heftruck rijden', targetUrl: SKILL(1), targetFramework: 'ESCO' }]);
		const exported = standardIdEntries(new Map([['skill_claim', [{ skillId: 'heftruck-rijden' }, { skillId: 'laden-lossen' }]]]), ids);
		expect(exported).toEqual([{ kind: 'skill', id: 'heftruck-rijden', label: 'Heftruck rijden', escoUri: SKILL(1), competentNlId: null }]);

		// A new upload does not suggest again for a confirmed item.
		await uploadEscoFile(handle.db, { text: fixture('skills_nl.csv'), fileName: 'skills_nl.csv' });
		expect((await pendingSuggestions(handle.db)).some((s) => s.ourId === 'heftruck-rijden')).toBe(false);
		expect((await pendingSuggestions(handle.db)).some((s) => s.ourId === 'laden-lossen')).toBe(true);

		expect(await undoMapping(handle.db, 'skill', 'heftruck-rijden')).toBe(1);
		expect(await undoMapping(handle.db, 'skill', 'heftruck-rijden')).toBe(0);
		expect((await standardIds(handle.db))('skill', 'heftruck-rijden').escoUri).toBeNull();
		expect(await catalogueMappings()).toEqual([]);
	});

	it('confirms all whole-label matches at once, and lists an occupation’s essential skills that are ours', async () => {
		await uploadEscoFile(handle.db, { text: fixture('skills_nl.csv'), fileName: 'skills_nl.csv' });
		expect(await uploadEscoFile(handle.db, { text: fixture('occupations_nl.csv'), fileName: 'occupations_nl.csv' })).toMatchObject({ ok: true, kind: 'occupations' });
		expect(await uploadEscoFile(handle.db, { text: fixture('occupationSkillRelations_nl.csv'), fileName: 'rel.csv' })).toEqual({ ok: true, kind: 'relations', rows: 5, suggestions: 0, relations: 5 });
		expect(await relationCount(handle.db)).toBe(5);
		const high = (await pendingSuggestions(handle.db)).filter((s) => s.score >= 95);
		expect(await confirmAllSuggestions(handle.db, beheerder)).toBe(high.length);
		expect((await pendingSuggestions(handle.db)).every((s) => s.score < 95)).toBe(true);
		const laden = (await pendingSuggestions(handle.db)).find((s) => s.ourId === 'laden-lossen')!;
		await confirmSuggestion(handle.db, laden.id, beheerder);
		const rows = await confirmedRows(handle.db);
		expect(rows.find((r) => r.ourId === 'vrachtwagenchauffeur')).toMatchObject({ kind: 'occupation', escoUri: OCCUPATION(1), essentialSkills: ['Laden en lossen'] });
		expect(rows.find((r) => r.ourId === 'heftruck-rijden')).toMatchObject({ kind: 'skill', essentialSkills: [] });
		const [stored] = await handle.db.select().from(escoMapping).limit(1);
		expect(stored!.confirmedBy).toBe(beheerder);
	});
});
