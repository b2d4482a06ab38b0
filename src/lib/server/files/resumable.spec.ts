import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, uploadPendingFiles } from '$lib/client/files';
import { SyncDatabase } from '$lib/client/db';
import { registerResident } from '$lib/server/auth/accounts';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { newId } from '$lib/shared/id';
import { FileError, MAX_FILE_BYTES, portfolioOf, readFileOf } from './files';
import { diskPartialStorage, type PartialStorage } from './partial';
import { CHUNK_ERROR_STATUS, chunkRequestSchema, receiveChunk, uploadState } from './resumable';
import { diskStorage, type FileStorage } from './storage';

let handle: DbHandle;
let dir: string;
let storage: FileStorage;
let partials: PartialStorage;
let alice: string;
let bob: string;

/** A JPEG header followed by pseudo-random bytes: big enough for several chunks, recognisable by type. */
function photo(size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + 13) % 251;
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes;
}
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
	handle = await openTestDatabase();
	dir = mkdtempSync(join(tmpdir(), 'tp-resumable-'));
	storage = diskStorage(join(dir, 'files'));
	partials = diskPartialStorage(join(dir, 'partial'));
	alice = (await portfolioOf(handle.db, await registerResident(handle.db, { email: 'alice@example.nl', password: 'wachtwoord-van-alice', displayName: 'Alice' })))!;
	bob = (await portfolioOf(handle.db, await registerResident(handle.db, { email: 'bob@example.nl', password: 'wachtwoord-van-bob', displayName: 'Bob' })))!;
});
afterAll(async () => {
	await handle.close();
	rmSync(dir, { recursive: true, force: true });
});

const chunk = (portfolioId: string, id: string, bytes: Uint8Array, offset: number, size: number) =>
	receiveChunk(handle.db, storage, partials, { id, portfolioId, name: 'werk.jpg', offset, size, bytes: bytes.subarray(offset, offset + (size - offset)) });

describe('resumable upload protocol', () => {
	it('stores the file once the last chunk arrives, and reports progress in between', async () => {
		const id = newId();
		const bytes = photo(1000);
		const first = await receiveChunk(handle.db, storage, partials, { id, portfolioId: alice, name: 'a.jpg', offset: 0, size: 1000, bytes: bytes.subarray(0, 400) });
		expect(first).toEqual({ offset: 400, complete: false });
		expect(await uploadState(handle.db, partials, { id, portfolioId: alice })).toEqual({ offset: 400, complete: false });
		expect(await readFileOf(handle.db, storage, { id, portfolioId: alice })).toBeNull();
		const last = await receiveChunk(handle.db, storage, partials, { id, portfolioId: alice, name: 'a.jpg', offset: 400, size: 1000, bytes: bytes.subarray(400) });
		expect(last).toEqual({ offset: 1000, complete: true, sha256: sha(bytes) });
		expect((await readFileOf(handle.db, storage, { id, portfolioId: alice }))?.bytes).toEqual(bytes);
		expect(readdirSync(join(dir, 'partial'))).toEqual([]);
	});

	it('refuses a chunk at the wrong offset without storing it, so a repeated chunk is never appended twice', async () => {
		const id = newId();
		const bytes = photo(600);
		await receiveChunk(handle.db, storage, partials, { id, portfolioId: alice, name: 'b.jpg', offset: 0, size: 600, bytes: bytes.subarray(0, 300) });
		await expect(receiveChunk(handle.db, storage, partials, { id, portfolioId: alice, name: 'b.jpg', offset: 0, size: 600, bytes: bytes.subarray(0, 300) })).rejects.toMatchObject({ code: 'offset' });
		await expect(receiveChunk(handle.db, storage, partials, { id, portfolioId: alice, name: 'b.jpg', offset: 500, size: 600, bytes: bytes.subarray(500) })).rejects.toMatchObject({ code: 'offset' });
		expect((await uploadState(handle.db, partials, { id, portfolioId: alice })).offset).toBe(300);
	});

	it('refuses a disguised type, a declared size over the limit and another resident’s file id, storing nothing', async () => {
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html> named werk.jpg');
		const disguised = newId();
		await expect(chunk(alice, disguised, html, 0, html.length)).rejects.toMatchObject({ code: 'type' });
		expect(await uploadState(handle.db, partials, { id: disguised, portfolioId: alice })).toEqual({ offset: 0, complete: false });

		const big = newId();
		await expect(receiveChunk(handle.db, storage, partials, { id: big, portfolioId: alice, name: 'x.jpg', offset: 0, size: MAX_FILE_BYTES + 1, bytes: photo(64) })).rejects.toMatchObject({ code: 'too_large' });
		expect((await uploadState(handle.db, partials, { id: big, portfolioId: alice })).offset).toBe(0);

		const mine = newId();
		const bytes = photo(100);
		await chunk(alice, mine, bytes, 0, 100);
		await expect(chunk(bob, mine, bytes, 0, 100)).rejects.toBeInstanceOf(FileError);
		expect(await uploadState(handle.db, partials, { id: mine, portfolioId: bob })).toEqual({ offset: 0, complete: false });
		expect(await readFileOf(handle.db, storage, { id: mine, portfolioId: bob })).toBeNull();
	});

	it('rejects a malformed request before it reaches storage', () => {
		const id = newId();
		expect(chunkRequestSchema.safeParse({ id, offset: 'abc', size: '10' }).success).toBe(false);
		expect(chunkRequestSchema.safeParse({ id, offset: '-1', size: '10' }).success).toBe(false);
		expect(chunkRequestSchema.safeParse({ id: 'x/../../etc', offset: '0', size: '10' }).success).toBe(false);
		expect(chunkRequestSchema.safeParse({ id, offset: '0', size: '0' }).success).toBe(false);
		expect(chunkRequestSchema.safeParse({ id, offset: '0', size: '10' }).success).toBe(true);
		expect(chunkRequestSchema.safeParse({ id, offset: '0', size: '10', sha256: 'not-a-hash' }).success).toBe(false);
		expect(chunkRequestSchema.safeParse({ id, offset: '0', size: '10', sha256: 'ab'.repeat(31) }).success).toBe(false);
		expect(chunkRequestSchema.safeParse({ id, offset: '0', size: '10', sha256: 'AB'.repeat(32) }).data?.sha256).toBe('ab'.repeat(32));
	});
});

describe('two requests for one upload at the same time (two tabs, a retry while the first still runs)', () => {
	const send = (id: string, bytes: Uint8Array, offset: number, end: number, declared = sha(bytes)) =>
		receiveChunk(handle.db, storage, partials, { id, portfolioId: alice, name: 'r.jpg', offset, size: bytes.length, sha256: declared, bytes: bytes.subarray(offset, end) });
	const refusal = (answer: PromiseSettledResult<unknown>) => (answer.status === 'rejected' ? (answer.reason as FileError).code : 'accepted');

	it('append an identical chunk once, so the stored file equals the original byte for byte', async () => {
		const id = newId();
		const bytes = photo(1000);
		const middle = await Promise.allSettled([send(id, bytes, 0, 400), send(id, bytes, 0, 400)]);
		// One appends; the other is told the server's offset (409), as if it had come late.
		expect(middle.map(refusal).sort()).toEqual(['accepted', 'offset']);
		expect(await uploadState(handle.db, partials, { id, portfolioId: alice })).toEqual({ offset: 400, complete: false });

		const last = await Promise.allSettled([send(id, bytes, 400, 1000), send(id, bytes, 400, 1000)]);
		for (const answer of last) expect(answer).toEqual({ status: 'fulfilled', value: { offset: 1000, complete: true, sha256: sha(bytes) } });
		expect((await readFileOf(handle.db, storage, { id, portfolioId: alice }))?.bytes).toEqual(bytes);
	});

	it('never store a mix of two different chunks at one offset: the loser gets a conflict, a wrong winner is refused at the end', async () => {
		for (const otherFirst of [false, true]) {
			const id = newId();
			const bytes = photo(1000);
			const other = bytes.slice();
			other.fill(0x55, 400, 800);
			await send(id, bytes, 0, 400);
			const racers = [send(id, bytes, 400, 800), send(id, other, 400, 800)];
			const raced = await Promise.allSettled(otherFirst ? racers.reverse() : racers);
			expect(raced.map(refusal).sort()).toEqual(['accepted', 'offset']);
			expect((await uploadState(handle.db, partials, { id, portfolioId: alice })).offset).toBe(800);

			// The device that sent the original finishes; the server holds the other middle only if the other won.
			const finish = await Promise.allSettled([send(id, bytes, 800, 1000)]);
			const stored = await readFileOf(handle.db, storage, { id, portfolioId: alice });
			if (stored) {
				expect(finish[0]).toMatchObject({ status: 'fulfilled', value: { complete: true, sha256: sha(bytes) } });
				expect(stored.bytes).toEqual(bytes);
			} else {
				expect(refusal(finish[0])).toBe('checksum');
				// The partial is dropped, so the device starts again from 0 instead of building on the wrong bytes.
				expect(await uploadState(handle.db, partials, { id, portfolioId: alice })).toEqual({ offset: 0, complete: false });
			}
		}
	});

	it('store exactly what the winner declared when two different last chunks race; the loser gets a conflict', async () => {
		const id = newId();
		const bytes = photo(1000);
		const other = bytes.slice();
		other.fill(0x55, 800);
		await send(id, bytes, 0, 800);
		const raced = await Promise.allSettled([send(id, bytes, 800, 1000), send(id, other, 800, 1000)]);
		expect(raced.map(refusal).sort()).toEqual(['accepted', 'conflict']);
		const winner = raced.findIndex((answer) => answer.status === 'fulfilled');
		expect((await readFileOf(handle.db, storage, { id, portfolioId: alice }))?.bytes).toEqual(winner === 0 ? bytes : other);
	});

	it('refuse completion when the stored bytes differ from the hash the device declared, and drop the partial', async () => {
		const id = newId();
		const bytes = photo(1000);
		const wrong = sha(photo(999));
		await send(id, bytes, 0, 400, wrong);
		await expect(send(id, bytes, 400, 1000, wrong)).rejects.toMatchObject({ code: 'checksum' });
		expect(await readFileOf(handle.db, storage, { id, portfolioId: alice })).toBeNull();
		expect(await uploadState(handle.db, partials, { id, portfolioId: alice })).toEqual({ offset: 0, complete: false });
		expect(readdirSync(join(dir, 'partial')).filter((name) => name.includes(id))).toEqual([]);

		// The device starts again and the same id is stored once the bytes match.
		await send(id, bytes, 0, 400);
		await expect(send(id, bytes, 400, 1000)).resolves.toEqual({ offset: 1000, complete: true, sha256: sha(bytes) });
	});
});

describe('device upload over a dropped connection', () => {
	/** The device's fetch, answered by the server functions behind the endpoints; it can drop after N chunks. */
	function serverFetch(portfolioId: string, options: { dropAfterChunks?: number; damageChunk?: number } = {}) {
		let chunks = 0;
		const progress: number[] = [];
		const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
			const url = new URL(String(input), 'http://localhost');
			const id = url.pathname.split('/').pop()!;
			const headers = new Headers(init?.headers);
			const stateHeaders = (s: { offset: number; complete: boolean }) => ({ 'upload-offset': String(s.offset), 'upload-complete': s.complete ? '1' : '0' });
			if (init?.method === 'HEAD') {
				return new Response(null, { status: 204, headers: stateHeaders(await uploadState(handle.db, partials, { id, portfolioId })) });
			}
			if (options.dropAfterChunks !== undefined && chunks >= options.dropAfterChunks) throw new TypeError('Failed to fetch');
			chunks++;
			const request = chunkRequestSchema.parse({
				id,
				offset: url.searchParams.get('offset'),
				size: headers.get('x-file-size'),
				name: 'werk.jpg',
				sha256: headers.get('x-file-sha256') ?? undefined
			});
			const bytes = new Uint8Array(await (init!.body as Blob).arrayBuffer());
			// A flaky connection changes the last byte of this chunk on its way (photo() holds 0xff only in its header).
			if (chunks === options.damageChunk) bytes.fill(0xff, -1);
			try {
				const state = await receiveChunk(handle.db, storage, partials, { ...request, portfolioId, bytes });
				progress.push(state.offset);
				return Response.json(state, { status: state.complete ? 201 : 200, headers: stateHeaders(state) });
			} catch (e) {
				if (e instanceof FileError && (e.code === 'offset' || e.code === 'checksum')) {
					return Response.json({}, { status: CHUNK_ERROR_STATUS[e.code], headers: stateHeaders(await uploadState(handle.db, partials, { id, portfolioId })) });
				}
				if (e instanceof FileError) return Response.json({}, { status: CHUNK_ERROR_STATUS[e.code] });
				throw e;
			}
		}) as typeof fetch;
		return { fetcher, progress, chunks: () => chunks };
	}

	it('continues after the connection drops where the server stopped, and the stored file is identical', async () => {
		const db = new SyncDatabase(`resume-${newId()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
		const bytes = photo(CHUNK_BYTES * 3 + 1234);
		const id = newId();
		await db.files.put({ id, blob: new Blob([bytes as BlobPart], { type: 'image/jpeg' }), name: 'werk.jpg', type: 'image/jpeg', uploaded: 0 });

		const dropping = serverFetch(alice, { dropAfterChunks: 2 });
		await expect(uploadPendingFiles(db, dropping.fetcher)).rejects.toThrow('Failed to fetch');
		expect(dropping.progress).toEqual([CHUNK_BYTES, CHUNK_BYTES * 2]);
		expect(await db.files.get(id)).toMatchObject({ uploaded: 0, sent: CHUNK_BYTES * 2 });

		const resumed = serverFetch(alice);
		expect(await uploadPendingFiles(db, resumed.fetcher)).toBe(1);
		// Only the two missing chunks travel again.
		expect(resumed.progress).toEqual([CHUNK_BYTES * 3, bytes.length]);
		expect(await db.files.get(id)).toMatchObject({ uploaded: 1, sent: bytes.length });
		const stored = await readFileOf(handle.db, storage, { id, portfolioId: alice });
		expect(sha(stored!.bytes)).toBe(sha(bytes));
		db.close();
	});

	it('sends the file again when a chunk was damaged on the way, so the server never keeps the damaged copy', async () => {
		const db = new SyncDatabase(`damaged-${newId()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
		const bytes = photo(CHUNK_BYTES * 3 + 1234);
		const id = newId();
		await db.files.put({ id, blob: new Blob([bytes as BlobPart], { type: 'image/jpeg' }), name: 'werk.jpg', type: 'image/jpeg', uploaded: 0 });

		const server = serverFetch(alice, { damageChunk: 2 });
		expect(await uploadPendingFiles(db, server.fetcher)).toBe(1);
		// Four chunks with the damaged one, refused at the end; then all four again.
		expect(server.chunks()).toBe(8);
		expect(await db.files.get(id)).toMatchObject({ uploaded: 1, sent: bytes.length });
		expect(sha((await readFileOf(handle.db, storage, { id, portfolioId: alice }))!.bytes)).toBe(sha(bytes));
		db.close();
	});

	it('stores the file exactly once when two tabs upload it at the same time', async () => {
		const db = new SyncDatabase(`tabs-${newId()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
		const bytes = photo(CHUNK_BYTES * 3 + 1234);
		const id = newId();
		await db.files.put({ id, blob: new Blob([bytes as BlobPart], { type: 'image/jpeg' }), name: 'werk.jpg', type: 'image/jpeg', uploaded: 0 });

		const [one, two] = [serverFetch(alice), serverFetch(alice)];
		await Promise.all([uploadPendingFiles(db, one.fetcher), uploadPendingFiles(db, two.fetcher)]);
		expect(await db.files.get(id)).toMatchObject({ uploaded: 1, sent: bytes.length });
		expect(sha((await readFileOf(handle.db, storage, { id, portfolioId: alice }))!.bytes)).toBe(sha(bytes));
		db.close();
	});

	it('keeps a refused file on the device without retrying it forever', async () => {
		const db = new SyncDatabase(`refused-${newId()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
		const id = newId();
		await db.files.put({ id, blob: new Blob([new TextEncoder().encode('MZ pretending to be a photo')]), name: 'x.jpg', type: 'image/jpeg', uploaded: 0 });
		const server = serverFetch(alice);
		expect(await uploadPendingFiles(db, server.fetcher)).toBe(0);
		expect(server.chunks()).toBe(1);
		expect(await db.files.get(id)).toMatchObject({ uploaded: 0 });
		db.close();
	});
});
