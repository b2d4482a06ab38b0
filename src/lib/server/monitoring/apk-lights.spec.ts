import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APK_2026_1, type ApkAnswers } from '$lib/data/apk';
import { OCCUPATIONS } from '$lib/data/taxonomy';
import { answersFor, fullScan } from '$lib/shared/apk/fixtures';
import { apkAnswerId, blockQuestions, scanContext, scoreScan } from '$lib/shared/apk';
import { newId } from '$lib/shared/id';
import type { Mutation } from '$lib/shared/sync/protocol';
import type { DbHandle } from '$lib/server/db/client';
import { apkBlockLight } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { pushMutations } from '$lib/server/sync/push';
import { makeResident, resetSyncTables } from '$lib/server/sync/testing';

let handle: DbHandle;
let resident: { userId: string; portfolioId: string };
let client: string;
let mutationId: number;

beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => {
	await resetSyncTables(handle.db);
	resident = await makeResident(handle.db);
	client = newId();
	mutationId = 0;
});

// An occupation with enough skills for a full block 4, and the answers its scan asks for.
const occupation = OCCUPATIONS.find((o) => o.skillIds.length >= 6)!;
const scan = { modelVersion: APK_2026_1.version, occupationId: occupation.id, outlook: 'kansberoep' as const };
const context = scanContext(scan);
const skillsBlock = APK_2026_1.blocks.find((b) => b.id === 'vaardigheden')!;

function answers(werkvermogen: number): ApkAnswers {
	const base = Object.fromEntries(Object.entries(fullScan()).filter(([id]) => !id.startsWith('vaardigheden.')));
	return {
		...base,
		...answersFor('werkvermogen', [werkvermogen, werkvermogen, werkvermogen, werkvermogen, werkvermogen]),
		...answersFor('vaardigheden', blockQuestions(skillsBlock, context).map(() => 4), context)
	};
}

const push = (mutations: Omit<Mutation, 'mutationId'>[]) =>
	pushMutations(handle.db, { userId: resident.userId, role: 'inwoner' }, { clientId: client, portfolioId: resident.portfolioId, mutations: mutations.map((m) => ({ ...m, mutationId: ++mutationId })) });

const scanCreate = (id: string, completed: boolean): Omit<Mutation, 'mutationId'> => ({
	entity: 'apkScan',
	entityId: id,
	op: 'create',
	baseVersion: 0,
	patch: { ...scan, startedAt: '2026-11-01T10:00:00.000Z', ...(completed ? { status: 'completed', completedAt: '2026-11-02T10:00:00.000Z' } : {}) }
});

async function answerMutations(scanId: string, given: ApkAnswers, op: 'create' | 'patch' = 'create'): Promise<Omit<Mutation, 'mutationId'>[]> {
	return Promise.all(
		Object.entries(given).map(async ([questionId, value]) => ({
			entity: 'apkAnswer',
			entityId: await apkAnswerId(scanId, questionId),
			op,
			baseVersion: 0,
			patch: op === 'create' ? { scanId, questionId, value } : { value }
		}))
	);
}

async function stored(scanId: string) {
	const rows = await handle.db.select().from(apkBlockLight).where(eq(apkBlockLight.scanId, scanId));
	return Object.fromEntries(rows.map((r) => [r.blockId, r.light]));
}

/** What the device shows for these answers: the shared scoring, complete blocks only. */
function deviceLights(given: ApkAnswers) {
	return Object.fromEntries(scoreScan({ modelVersion: scan.modelVersion, answers: given, context }).blocks.flatMap((b) => (b.complete ? [[b.blockId, b.light]] : [])));
}

describe('APK lights recorded by the server', () => {
	it('stores no lights for an open scan and the device lights of every block once it is completed', async () => {
		const id = newId();
		const given = answers(5);
		await push([scanCreate(id, false), ...(await answerMutations(id, given))]);
		expect(await stored(id)).toEqual({});

		await push([{ entity: 'apkScan', entityId: id, op: 'patch', baseVersion: 1, patch: { status: 'completed', completedAt: '2026-11-02T10:00:00.000Z' } }]);
		const lights = await stored(id);
		expect(Object.keys(lights)).toHaveLength(7);
		expect(lights).toEqual(deviceLights(given));
		expect(lights.werkvermogen).toBe('groen');
		const [row] = await handle.db.select().from(apkBlockLight).where(eq(apkBlockLight.scanId, id)).limit(1);
		expect(row).toMatchObject({ portfolioId: resident.portfolioId, completedAt: '2026-11-02T10:00:00.000Z' });
	});

	it('follows answers that arrive after the completion, and answers changed later', async () => {
		const id = newId();
		const given = answers(1);
		const all = await answerMutations(id, given);
		const [first, rest] = [all.filter((m) => !String(m.patch?.questionId).startsWith('werkvermogen.')), all.filter((m) => String(m.patch?.questionId).startsWith('werkvermogen.'))];
		await push([scanCreate(id, true), ...first]);
		expect(Object.keys(await stored(id)).sort()).toEqual(['arbeidsmarkt', 'energie', 'motivatie', 'ontwikkeling', 'randvoorwaarden', 'vaardigheden']);

		await push(rest);
		expect((await stored(id)).werkvermogen).toBe('rood');

		const changed = answersFor('werkvermogen', [5, 5, 5, 5, 5]);
		await push((await answerMutations(id, changed, 'patch')).map((m) => ({ ...m, baseVersion: 2 })));
		expect(await stored(id)).toEqual(deviceLights({ ...given, ...changed }));
		expect((await stored(id)).werkvermogen).toBe('groen');
	});

	it('drops the lights of a deleted scan and stores none for an unknown model version', async () => {
		const id = newId();
		await push([scanCreate(id, true), ...(await answerMutations(id, answers(3)))]);
		expect(Object.keys(await stored(id))).toHaveLength(7);
		await push([{ entity: 'apkScan', entityId: id, op: 'delete', baseVersion: 1 }]);
		expect(await stored(id)).toEqual({});

		const unknown = newId();
		const create = scanCreate(unknown, true);
		await push([{ ...create, patch: { ...create.patch, modelVersion: 'apk-2099.1' } }, ...(await answerMutations(unknown, answers(3)))]);
		expect(await stored(unknown)).toEqual({});
	});
});
