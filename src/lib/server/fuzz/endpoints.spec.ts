import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db, database: async () => shared.handle! }));

// Actions may queue mail; no worker runs here, so nothing is written behind the harness's back between calls.
process.env.JOB_WORKERS = '0';
const { stopJobs } = await import('$lib/server/jobs');
const { buildWorld, makeEvent, run, snapshot } = await import('./harness');
const { FUZZ_RUNS, fuzzEndpoint } = await import('./property');
const { discoverEndpoints } = await import('./routes');
const { TARGETS } = await import('./targets');

const endpoints = await discoverEndpoints();
let world: Awaited<ReturnType<typeof buildWorld>>;
let files: string;

beforeAll(async () => {
	// Refused roles are logged with console.warn by design; hundreds of them would bury the report.
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	files = mkdtempSync(join(tmpdir(), 'tp-fuzz-'));
	process.env.FILES_DIR = files;
	shared.handle = await openTestDatabase();
	world = await buildWorld(shared.handle.db);
});
afterAll(async () => {
	await stopJobs();
	await shared.handle?.close();
	rmSync(files, { recursive: true, force: true });
});

describe('every endpoint that takes input is fuzzed', () => {
	it('has a fuzz target for each handler, form action and page load that takes input under src/routes, and none left over', () => {
		const discovered = endpoints.map((e) => e.key);
		expect(discovered.filter((key) => !TARGETS[key]), 'add these to src/lib/server/fuzz/targets.ts').toEqual([]);
		expect(Object.keys(TARGETS).filter((key) => !discovered.includes(key)), 'no longer in src/routes').toEqual([]);
	});
});

describe.each([
	['JSON and query endpoints', endpoints.filter((e) => e.kind === 'handler')],
	['form actions', endpoints.filter((e) => e.kind === 'action')],
	['page loads', endpoints.filter((e) => e.kind === 'load')]
])('%s under hostile input: a 4xx with a message and nothing written, never a 5xx', (_, list) => {
	it.each(list.filter((e) => TARGETS[e.key]).map((e) => [e.key, e] as const))(
		'%s',
		async (_key, endpoint) => {
			await fuzzEndpoint(world, endpoint, TARGETS[endpoint.key]!);
		},
		// About a second per run at worst (the monitoring queries), so FUZZ_RUNS can be raised without a timeout.
		30_000 + FUZZ_RUNS * 1_000
	);
});

describe('inputs the fuzzer found once, kept as examples', () => {
	it('refuses an invitation for a well-formed organisation id that names no organisation, writing nothing', async () => {
		const invite = endpoints.find((e) => e.key === '/(beheer)/beheer/uitnodigingen ?/invite')!;
		const before = await snapshot(world.db, true);
		const body = new URLSearchParams({ email: 'nieuw@example.nl', role: 'werkgever', organisationId: '51777354-0f83-8c2a-9fd0-db7694039285' });
		const event = makeEvent({
			method: 'POST',
			path: '/beheer/uitnodigingen?/invite',
			user: world.users.beheerder,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: body.toString(),
			routeId: invite.routeId
		});
		const outcome = await run(invite.fn, event);
		expect(outcome).toMatchObject({ kind: 'failure', status: 400, body: { errors: { organisationId: [expect.any(String)] } } });
		expect(await snapshot(world.db, true)).toEqual(before);
	});
});
