import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { createServer } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { isDatabaseUnavailable, unavailableResponse } from './unavailable';

/** A port nothing listens on: taken, then released. */
function closedPort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
	try {
		await run();
	} catch (e) {
		return e;
	}
	throw new Error('expected a failure');
}

describe('isDatabaseUnavailable', () => {
	let handle: DbHandle;
	beforeAll(async () => (handle = await openTestDatabase()));
	afterAll(() => handle.close());

	it('recognises a refused connection through drizzle and postgres.js', async () => {
		const client = postgres(`postgres://postgres@127.0.0.1:${await closedPort()}/none`, { max: 1, connect_timeout: 2 });
		const error = await failure(() => drizzle(client).execute(sql`select 1`));
		expect(isDatabaseUnavailable(error)).toBe(true);
		await client.end();
	});

	it('recognises a connection the server ended', async () => {
		const client = postgres(`postgres://postgres@127.0.0.1:${await closedPort()}/none`, { max: 1 });
		await client.end();
		expect(isDatabaseUnavailable(await failure(() => client`select 1`))).toBe(true);
	});

	it('recognises PostgreSQL refusing or shutting down, and several failed addresses', () => {
		expect(isDatabaseUnavailable(Object.assign(new Error('too many clients'), { code: '53300' }))).toBe(true);
		expect(isDatabaseUnavailable(Object.assign(new Error('terminating'), { code: '57P01' }))).toBe(true);
		const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
		expect(isDatabaseUnavailable(new AggregateError([refused]))).toBe(true);
	});

	it('leaves bad data and bugs alone', async () => {
		const error = await failure(() => handle.db.execute(sql`select 1/0`));
		expect(isDatabaseUnavailable(error)).toBe(false);
		expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
		const loop: { cause?: unknown } = {};
		loop.cause = loop;
		expect(isDatabaseUnavailable(loop)).toBe(false);
	});
});

describe('unavailableResponse', () => {
	const request = new Request('http://localhost/adviseur?tab=1');

	it('answers a page in the person’s language with 503 and Retry-After', async () => {
		const response = unavailableResponse(request, 'nl', false);
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('30');
		const html = await response.text();
		expect(html).toContain('<html lang="nl">');
		expect(html).toContain('Tijdelijk niet beschikbaar');
		expect(html).toContain('href="/adviseur"');
		expect(await unavailableResponse(request, 'en', false).text()).toContain('Temporarily unavailable');
	});

	it('answers scripts and the sync client with JSON', async () => {
		const response = unavailableResponse(request, 'en', true);
		expect(response.status).toBe(503);
		expect(await response.json()).toEqual({
			message: 'Talentpaspoort Twente is temporarily unavailable. Nothing is lost. Please try again in a few minutes.',
			code: 'unavailable'
		});
	});
});
