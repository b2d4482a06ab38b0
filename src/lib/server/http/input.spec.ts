import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nulPath } from './errors';
import { parseForm, readForm } from './form';
import { decodeHeader } from './headers';
import { MAX_JSON_BYTES, parseJson, parseQuery } from './json';

const post = (body: BodyInit, type?: string) =>
	new Request('http://localhost/x', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
const event = (request: Request) => ({ request, url: new URL(request.url) }) as unknown as RequestEvent;

async function refusal(run: () => unknown) {
	try {
		await run();
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, body: e.body };
		throw e;
	}
	throw new Error('not refused');
}

describe('U+0000, which PostgreSQL cannot store', () => {
	it('is found in values and keys at any depth, and nowhere else', () => {
		expect(nulPath({ a: 'ok', b: [{ c: 'x\u0000' }] })).toBe('b.0.c');
		expect(nulPath({ ['k\u0000']: 1 })).toBe('k');
		expect(nulPath('\u0000')).toBe('_');
		expect(nulPath({ a: 'ok', b: [1, null, true, '\uD800'] })).toBeNull();
	});

	it('is a 400 with a field error from parseJson and parseQuery, before the schema runs', async () => {
		const schema = z.object({ name: z.string() });
		const json = await refusal(() => parseJson(event(post(JSON.stringify({ name: 'a\u0000b' }))), schema));
		expect(json.status).toBe(400);
		expect(Object.keys(json.body.fieldErrors ?? {})).toEqual(['name']);
		const query = await refusal(() => parseQuery(event(new Request('http://localhost/x?name=%00')), schema));
		expect(query.status).toBe(400);
		expect(Object.keys(query.body.fieldErrors ?? {})).toEqual(['name']);
	});

	it('is a 400 with a field error from parseForm', async () => {
		const result = await parseForm(post(new URLSearchParams({ name: 'a\u0000' })), z.object({ name: z.string() }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.failure.data.errors)).toEqual(['name']);
	});
});

describe('bodies that are not what they claim', () => {
	it('reads a broken multipart body as an empty form, so the schema refuses it', async () => {
		expect([...(await readForm(post('garbage', 'multipart/form-data; boundary=x')))]).toEqual([]);
		const result = await parseForm(post('garbage', 'multipart/form-data; boundary=x'), z.object({ name: z.string() }));
		expect(result.ok ? 200 : result.failure.status).toBe(400);
	});

	it('counts the JSON limit in bytes, not characters', async () => {
		const text = JSON.stringify({ name: '€'.repeat(Math.ceil(MAX_JSON_BYTES / 3) + 10) });
		expect(text.length).toBeLessThan(MAX_JSON_BYTES);
		expect((await refusal(() => parseJson(event(post(text)), z.object({ name: z.string() })))).status).toBe(413);
	});
});

it('decodes a percent-encoded header, and gives null for a broken encoding instead of throwing', () => {
	expect(decodeHeader('foto%20van%20mij.png')).toBe('foto van mij.png');
	expect(decodeHeader(null)).toBe('');
	expect(decodeHeader('%E0%A4%A')).toBeNull();
	expect(decodeHeader('%')).toBeNull();
});
