import fc from 'fast-check';

/** More than the 1 MB any JSON endpoint reads. */
export const HUGE = 1_100_000;

export const INJECTIONS = [
	"' OR '1'='1",
	"'; drop table app_user; --",
	'1; select pg_sleep(1)',
	'" onmouseover="alert(1)',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'{{constructor.constructor("return process")()}}',
	'${7*7}',
	'../../../../etc/passwd',
	'%00',
	'%E0%A4%A',
	'%',
	'\\u0000',
	'null',
	'undefined',
	'NaN',
	'-1',
	'1e309',
	'0x10',
	'true',
	'[]',
	'{}'
];

export const UNICODE = [
	'\u202Eevil\u202C', // right-to-left override
	'مرحبا بالعالم',
	'שלום',
	'a\u200Bb\u200Cc\u200Dd\uFEFF', // zero-width characters and BOM
	'\uD800', // lone high surrogate
	'x\uDC00y', // lone low surrogate
	'👩‍👩‍👧‍👦🏳️‍🌈🇳🇱',
	'e\u0301\u0301\u0301',
	'\u0000',
	'nul\u0000byte',
	'\r\n\t\v\f',
	' ',
	'',
	'İıß',
	'\uFFFF\uFFFE'
];

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** Strings an attacker or a broken client sends. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...INJECTIONS, ...UNICODE, ...PROTO_KEYS) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...INJECTIONS, ...UNICODE), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
	{ weight: 1, arbitrary: fc.constantFrom('x', '€', '😀', '\uD800', '<b>').map((unit) => unit.repeat(Math.ceil(HUGE / unit.length))) },
	{ weight: 1, arbitrary: fc.integer({ min: 81, max: 6000 }).map((n) => 'a'.repeat(n)) }
);

/** Nested n levels deep, as arrays or objects. */
export function deep(n: number, leaf: unknown = 1, asObject = false): unknown {
	let value = leaf;
	for (let i = 0; i < n; i++) value = asObject ? { a: value } : [value];
	return value;
}

/** An object with own keys such as `__proto__`, the way JSON.parse builds it. */
export function withOwnKeys(entries: [string, unknown][]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
	return out;
}

/** Any value of the wrong shape: other types, huge, deep, hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 4, arbitrary: hostileString },
	{ weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MIN_VALUE) },
	{ weight: 1, arbitrary: fc.integer() },
	{ weight: 1, arbitrary: fc.boolean() },
	{ weight: 1, arbitrary: fc.constant(null) },
	{ weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
	{ weight: 1, arbitrary: fc.constantFrom(2, 50, 500).map((n) => deep(n)) },
	{ weight: 1, arbitrary: fc.constantFrom(2, 50, 500).map((n) => deep(n, "x", true)) },
	{ weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }).map(withOwnKeys) },
	{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 200_000 }).map((n) => Array.from({ length: Math.min(n, 200_000) }, () => 0)) }
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileString.filter((s) => s.length < 200));

/** JSON text that does not parse, or parses into something that is not an object. */
export const brokenJsonText: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'{',
		'{"a":',
		'[',
		'nul',
		'{"a":1,}',
		"{'a':1}",
		'\uFEFF{}',
		'{"__proto__":{"polluted":true}}',
		'{"constructor":{"prototype":{"polluted":true}}}',
		'[]',
		'null',
		'0',
		'"string"',
		'true',
		'{"a":1}{"b":2}',
		'\u0000',
		'{"a":"\\ud800"}',
		'{"a":"\\u0000"}'
	),
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.constantFrom(1000, 100_000).map((n) => '['.repeat(n) + ']'.repeat(n)),
	fc.constantFrom(1000, 100_000).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
	fc.constant(`"${'x'.repeat(HUGE)}"`)
);

export type Path = (string | number)[];

/** Every path into a sample value, containers included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
	const out: Path[] = [];
	if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...pathsOf(v, [...prefix, i])));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
	return out;
}

export interface Edit {
	path: Path;
	action: 'set' | 'delete';
	value: unknown;
}

function removeAt(list: unknown[], index: number): void {
	if (index < 0 || index >= list.length) return;
	for (let i = index; i < list.length - 1; i++) list[i] = list[i + 1];
	list.length -= 1;
}

/** A deep copy of the sample with the edits applied. */
export function applyEdits(sample: unknown, edits: Edit[]): unknown {
	const copy = structuredClone(sample);
	for (const edit of edits) {
		if (edit.path.length === 0) continue;
		let parent: unknown = copy;
		for (const key of edit.path.slice(0, -1)) {
			parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
		}
		if (!parent || typeof parent !== 'object') continue;
		const last = edit.path[edit.path.length - 1]!;
		if (edit.action === 'delete') {
			// No splice: an earlier edit may have set an own `constructor` on the array, and splice reads it.
			if (Array.isArray(parent) && typeof last === 'number') removeAt(parent, last);
			else delete (parent as Record<string | number, unknown>)[last];
		} else {
			// An array's own `length` cannot be redefined (and no JSON body can say so anyway): skipped.
			if (Array.isArray(parent) && last === 'length') continue;
			Object.defineProperty(parent, last, { value: edit.value, enumerable: true, writable: true, configurable: true });
		}
	}
	return copy;
}

/** The sample with fields removed, replaced by hostile values, and hostile fields added. */
export function mutatedSample(sample: unknown, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
	const paths = pathsOf(sample);
	const value = fc.oneof({ weight: 4, arbitrary: hostileValue }, { weight: 1, arbitrary: ids });
	const edit: fc.Arbitrary<Edit> = fc.oneof(
		...(paths.length
			? [fc.record({ path: fc.constantFrom(...paths), action: fc.constantFrom<'set' | 'delete'>('set', 'set', 'delete'), value })]
			: []),
		fc.record({
			path: fc.tuple(fc.constantFrom<Path>([], ...paths.filter((p) => p.length < 3)), hostileKey).map(([p, k]) => [...p, k]),
			action: fc.constant<'set'>('set'),
			value: hostileValue
		})
	);
	return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(sample, edits));
}

/** Form or query entries: the sample's fields with hostile values, missing, repeated, or extra. */
export function mutatedEntries(sample: Record<string, string>, ids?: fc.Arbitrary<string>): fc.Arbitrary<[string, string][]> {
	const keys = Object.keys(sample);
	const value = ids ? fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: ids }) : hostileString;
	const field = keys.length ? fc.constantFrom(...keys) : hostileKey;
	return fc
		.record({
			drop: fc.subarray(keys),
			set: fc.array(fc.tuple(field, value), { maxLength: 4 }),
			extra: fc.array(fc.tuple(fc.oneof(hostileKey, field), hostileString), { maxLength: 3 })
		})
		.map(({ drop, set, extra }) => {
			const values = new Map(Object.entries(sample).filter(([k]) => !drop.includes(k)));
			for (const [k, v] of set) values.set(k, v);
			return [...values, ...extra];
		});
}

/** Route parameters: the good one, someone else's, a random uuid, or no uuid at all. */
export function paramValue(good: string, foreign: string[]): fc.Arbitrary<string> {
	// SvelteKit decodes parameters from the URL, so they are always well-formed text.
	return fc.oneof(
		fc.constant(good),
		fc.uuid(),
		...(foreign.length ? [fc.constantFrom(...foreign)] : []),
		fc.constantFrom('', 'nieuw', '0', '-1', 'null', '%00', '..', `${good}x`, good.toUpperCase(), good.replace(/-/g, ''), `${good}'--`),
		hostileString.filter((s) => !s.includes('/') && s.length < 5000).map((s) => s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))
	);
}

/** A header value as a browser would send it: latin-1 only. */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('', '%', '%E0%A4%A', '%ZZ', '%00', '-1', '1e309', 'NaN', '99999999999999999999', '0', '1', "' OR 1=1 --"),
	hostileString.filter((s) => s.length < 2000).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))),
	fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))
);

/** Content types a client might send with a body. */
export const contentType = fc.constantFrom(
	'application/json',
	'application/json; charset=utf-8',
	'text/plain',
	'application/x-www-form-urlencoded',
	'multipart/form-data; boundary=x',
	'application/octet-stream',
	'application/xml',
	''
);
