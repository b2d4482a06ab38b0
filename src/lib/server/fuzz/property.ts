import fc from 'fast-check';
import type { SessionUser } from '$lib/server/auth/session';
import { nulPath } from '$lib/server/http/errors';
import { MAX_JSON_BYTES } from '$lib/server/http/json';
import {
	brokenJsonText,
	contentType,
	headerValue,
	hostileString,
	hostileValue,
	HUGE,
	mutatedEntries,
	mutatedSample,
	paramValue
} from './arbitraries';
import { changedTables, hasClearMessage, makeEvent, refused, run, snapshot, writeMark, type Outcome, type World } from './harness';
import { pathOf, type Discovered } from './routes';
import type { Target } from './targets';

/** Runs per endpoint: a short search in `npm test`; `npm run test:fuzz` (200) or `FUZZ_RUNS=500 npm run test:fuzz` for a deeper one. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 8);

type Who = 'own' | 'anonymous' | 'wrong';

interface Input {
	who: Who;
	params: Record<string, string>;
	query: [string, string][];
	headers: Record<string, string>;
	body: BodyInit | null;
	/** What the schema sees, or `invalid` when the body cannot even be read as such. */
	seen: { invalid: true } | { invalid: false; value: unknown };
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain'] as const;

function jsonBody(sample: unknown, foreign: fc.Arbitrary<string>): fc.Arbitrary<Pick<Input, 'headers' | 'body' | 'seen'>> {
	const text = fc.oneof(
		{ weight: 1, arbitrary: fc.constant(JSON.stringify(sample)) },
		{ weight: 6, arbitrary: mutatedSample(sample, foreign).map((v) => JSON.stringify(v) ?? 'null') },
		{ weight: 2, arbitrary: brokenJsonText },
		{ weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') }
	);
	return fc.tuple(text, contentType).map(([body, type]) => {
		let seen: Input['seen'];
		try {
			seen = Buffer.byteLength(body) > MAX_JSON_BYTES ? { invalid: true } : { invalid: false, value: JSON.parse(body) };
		} catch {
			seen = { invalid: true };
		}
		const headers: Record<string, string> = type ? { 'content-type': type } : {};
		return { headers, body, seen };
	});
}

/** A form body as a browser encodes it, or bytes that only claim to be a form. */
function formBody(sample: Record<string, string>, foreign: fc.Arbitrary<string>): fc.Arbitrary<Pick<Input, 'headers' | 'body'>> {
	const entries = fc.oneof({ weight: 1, arbitrary: fc.constant(Object.entries(sample)) }, { weight: 6, arbitrary: mutatedEntries(sample, foreign) });
	return fc.oneof(
		{ weight: 4, arbitrary: entries.map((list) => ({ headers: { 'content-type': FORM_TYPES[0] }, body: new URLSearchParams(list).toString() as BodyInit })) },
		{
			weight: 3,
			arbitrary: fc.tuple(entries, fc.boolean()).map(([list, withFile]) => {
				const form = new FormData();
				for (const [k, v] of list) form.append(k, v);
				if (withFile && list[0]) form.append(list[0][0], new Blob(['<svg onload=alert(1)>']), 'x.svg');
				return { headers: {}, body: form as BodyInit };
			})
		},
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.oneof(hostileString, fc.constantFrom('--x\r\nContent-Disposition: form-data\r\n\r\n', '--x--', '%%%&&==', 'a=%E0%A4%A&b=%')), fc.constantFrom(...FORM_TYPES))
				.map(([body, type]) => ({ headers: { 'content-type': type }, body: body as BodyInit }))
		}
	);
}

function bytesBody(sampleHeaders: Record<string, string>): fc.Arbitrary<Pick<Input, 'headers' | 'body'>> {
	const headers = fc.record(
		Object.fromEntries(Object.entries(sampleHeaders).map(([k, v]) => [k, fc.option(fc.oneof(fc.constant(v), headerValue), { nil: undefined })]))
	) as fc.Arbitrary<Record<string, string | undefined>>;
	const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	const bytes = fc.oneof(
		fc.uint8Array({ maxLength: 64 }),
		fc.uint8Array({ maxLength: 56 }).map((rest) => new Uint8Array([...PNG_MAGIC, ...rest])),
		fc.constant(new TextEncoder().encode('<html><script>alert(1)</script></html>')),
		fc.constant(new Uint8Array(HUGE))
	);
	return fc.tuple(headers, bytes, fc.option(fc.constantFrom('0', '-1', '99999999999', 'abc'), { nil: undefined })).map(([h, body, length]) => {
		const clean = Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => e[1] !== undefined));
		return { headers: length === undefined ? clean : { ...clean, 'content-length': length }, body: body as BodyInit };
	});
}

async function formSeen(headers: Record<string, string>, body: BodyInit | null): Promise<Input['seen']> {
	try {
		const form = await new Request('http://localhost/', { method: 'POST', headers, body }).formData();
		return { invalid: false, value: Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) };
	} catch {
		return { invalid: false, value: {} };
	}
}

const WRONG_ROLE: Record<string, keyof World['users']> = { inwoner: 'adviseur', adviseur: 'werkgever', werkgever: 'inwoner', beheerder: 'inwoner' };

function userFor(world: World, target: Target, who: Who): SessionUser | null {
	if (!target.role || who === 'anonymous') return who === 'anonymous' ? null : target.role ? world.users[target.role] : null;
	return who === 'wrong' ? world.users[WRONG_ROLE[target.role]!] : world.users[target.role];
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/**
 * Fuzzes one handler or action: never a crash or a 5xx; every refusal says why and leaves every table as it was;
 * whatever the schema, the route parameters or the role rule out is refused.
 */
export async function fuzzEndpoint(world: World, endpoint: Discovered, target: Target, runs = FUZZ_RUNS): Promise<void> {
	const goodParams = target.params?.(world) ?? {};
	const goodQuery = target.query?.(world);
	const sampleForm = target.form ? await target.form(world) : undefined;
	const sampleJson = target.json?.(world);

	/** Ids of someone else's records, or of nothing at all. */
	const foreign = fc.oneof(fc.constantFrom(...world.foreignIds), fc.uuid());
	const params = fc.record(Object.fromEntries(Object.entries(goodParams).map(([k, v]) => [k, fc.oneof({ weight: 2, arbitrary: fc.constant(v) }, { weight: 3, arbitrary: paramValue(v, world.foreignIds) })]))) as fc.Arbitrary<Record<string, string>>;
	const query = goodQuery ? fc.oneof({ weight: 1, arbitrary: fc.constant(Object.entries(goodQuery)) }, { weight: 4, arbitrary: mutatedEntries(goodQuery, foreign) }) : fc.constant([] as [string, string][]);
	const body: fc.Arbitrary<Pick<Input, 'headers' | 'body'> & { seen?: Input['seen'] }> =
		sampleJson !== undefined ? jsonBody(sampleJson, foreign) : sampleForm ? formBody(sampleForm, foreign) : target.bytes ? bytesBody(target.bytes(world)) : fc.constant({ headers: {}, body: null });
	const who = target.role ? fc.constantFrom<Who>('own', 'own', 'own', 'own', 'own', 'own', 'own', 'own', 'anonymous', 'wrong') : fc.constant<Who>('own');

	const before = prototypeKeys();
	const contentBefore = await snapshot(world.db, true);
	let accepted = 0;
	/** The last snapshot and the write mark it was taken at; it stands for the database while the mark holds. */
	let state: { mark: string; tables: Record<string, string> } | null = null;

	const details = await fc.check(
		fc.asyncProperty(who, params, query, body, async (asWho, p, q, b) => {
			const method = endpoint.kind === 'action' ? 'POST' : endpoint.kind === 'load' ? 'GET' : endpoint.name;
			const search = new URLSearchParams(q);
			const seen: Input['seen'] = b.seen ?? (sampleForm ? await formSeen(b.headers, b.body) : { invalid: false, value: Object.fromEntries(search) });
			const markBefore = await writeMark(world.db);
			if (state?.mark !== markBefore) state = { mark: markBefore, tables: await snapshot(world.db) };
			const event = makeEvent({
				method,
				path: pathOf(endpoint.routeId, p) + (endpoint.kind === 'action' ? `?/${endpoint.name}` : ''),
				search: endpoint.kind === 'action' ? undefined : search,
				params: p,
				user: userFor(world, target, asWho),
				headers: b.headers,
				body: b.body,
				routeId: endpoint.routeId
			});
			if (endpoint.kind === 'action') event.url.search = `?/${endpoint.name}`;
			const outcome: Outcome = await run(endpoint.fn, event);
			const describe = () => `${endpoint.key} as ${asWho} answered ${JSON.stringify(outcome, replacer).slice(0, 600)}`;

			if (outcome.kind === 'crash') throw new Error(`${endpoint.key} crashed: ${String((outcome.error as Error)?.stack ?? outcome.error)}`);
			if (outcome.status >= 500) throw new Error(`${describe()}: a server error`);
			// A redirect never leaves the site, whatever was asked for (`redirectTo=//evil.example`).
			if (outcome.kind === 'redirect' && !/^\/(?![/\\])/.test(outcome.location)) throw new Error(`${describe()}: redirects off the site`);
			if (prototypeKeys() !== before || ({} as Record<string, unknown>).polluted !== undefined) throw new Error(`${endpoint.key} polluted Object.prototype`);

			const mustRefuse =
				(target.role !== null && ((asWho === 'anonymous' && !target.public) || (asWho === 'wrong' && !target.anyRole))) ||
				(target.schema !== undefined && !seen.invalid && nulPath(seen.value) !== null) ||
				seen.invalid ||
				(target.schema !== undefined && !target.schema.safeParse(seen.value).success) ||
				(target.paramsSchema !== undefined && !target.paramsSchema.safeParse(p).success);
			if (mustRefuse && !refused(outcome)) throw new Error(`${describe()}: accepted input it must refuse`);

			if (refused(outcome)) {
				if (!hasClearMessage('body' in outcome ? outcome.body : null)) throw new Error(`${describe()}: refused without a message`);
				const markAfter = await writeMark(world.db);
				if (markAfter === markBefore) return;
				const after = await snapshot(world.db);
				const changed = changedTables(state.tables, after).filter((t) => !target.refusalMayWrite?.includes(t));
				state = { mark: markAfter, tables: after };
				if (changed.length) throw new Error(`${describe()}: refused but changed ${changed.join(', ')}`);
			} else {
				// The snapshot still stands for the database as long as the write mark has not moved.
				accepted++;
			}
		}),
		{ numRuns: runs, endOnFailure: true }
	);
	if (!details.failed && accepted === 0) {
		// Nothing was accepted in the whole run: every table holds exactly the rows and values it held before.
		const changed = changedTables(contentBefore, await snapshot(world.db, true)).filter((t) => !target.refusalMayWrite?.includes(t));
		if (changed.length) throw new Error(`${endpoint.key}: every input was refused, yet ${changed.join(', ')} changed`);
	}
	// The failing input itself can be megabytes long: report the finding and how to replay it.
	if (details.failed) {
		const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
		throw new Error(`${message.slice(0, 4000)}\n(replay with seed ${details.seed}, path "${details.counterexamplePath}")`);
	}
}

function replacer(_key: string, value: unknown) {
	if (typeof value === 'string' && value.length > 200) return `${value.slice(0, 200)}… (${value.length} chars)`;
	if (value instanceof Error) return value.message;
	return value;
}
