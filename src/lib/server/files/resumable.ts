import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { fileObject } from '$lib/server/db/schema';
import { FileError, MAX_MEDIA_BYTES, maxBytesFor, storeFile } from './files';
import type { PartialStorage } from './partial';
import { sniffType } from './sniff';
import type { FileStorage } from './storage';

/**
 * A chunk is at most this large: one request on a weak connection stays short, and it fits under
 * adapter-node's default request body limit (512 KB), so no deployment setting is needed.
 */
export const MAX_CHUNK_BYTES = 512 * 1024;
/** The first chunk must carry enough bytes to recognise the type before anything is stored. */
const SNIFF_BYTES = 16;

export const chunkRequestSchema = z.object({
	id: z.uuid(),
	offset: z.coerce.number().int().min(0).max(MAX_MEDIA_BYTES),
	size: z.coerce.number().int().min(1).max(MAX_MEDIA_BYTES),
	name: z.string().max(200).default(''),
	/**
	 * The SHA-256 (hex) of the whole file as the device computed it, on any chunk (`x-file-sha256`). The
	 * chunk that completes the file is stored only when the bytes on the server hash the same. Optional, so
	 * a device without subtle crypto (plain-http origin) or an older app still uploads.
	 */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/i)
		.transform((hex) => hex.toLowerCase())
		.optional()
});
export type ChunkRequest = z.output<typeof chunkRequestSchema>;

/**
 * The status each refusal answers with, for the endpoint and the tests that stand in for it. A 409 comes
 * with the server's `upload-offset`; 422 means the finished bytes did not match the declared SHA-256 and the
 * partial is gone, so the device sends the whole file again.
 */
export const CHUNK_ERROR_STATUS = { too_large: 413, type: 415, empty: 400, conflict: 409, offset: 409, checksum: 422 } as const satisfies Record<FileError['code'], number>;

export interface UploadState {
	offset: number;
	complete: boolean;
	sha256?: string;
}

const partialKey = (portfolioId: string, id: string) => `${portfolioId}-${id}`;

async function finished(db: Db, id: string) {
	const [row] = await db.select().from(fileObject).where(eq(fileObject.id, id)).limit(1);
	return row;
}

/**
 * How much of an upload the server has: the whole file, part of it, or nothing (offset 0). Someone
 * else's file id reads as nothing, so the answer never tells whether it exists.
 */
export async function uploadState(db: Db, partials: PartialStorage, input: { id: string; portfolioId: string }): Promise<UploadState> {
	const [own] = await db
		.select()
		.from(fileObject)
		.where(and(eq(fileObject.id, input.id), eq(fileObject.portfolioId, input.portfolioId)))
		.limit(1);
	if (own) return { offset: own.size, complete: true, sha256: own.sha256 };
	return { offset: await partials.size(partialKey(input.portfolioId, input.id)), complete: false };
}

/**
 * Appends one chunk at `offset`. A chunk at the wrong offset is refused with the server's offset (the
 * device then continues from there), so a lost answer or a dropped connection never duplicates or skips
 * bytes. The type is checked on the first chunk and the limit against the declared size, before
 * anything is kept; the last chunk stores the whole file through `storeFile` (hash, type, size again).
 *
 * Requests for one file id run one at a time: each holds a PostgreSQL advisory lock on the id for its
 * transaction, and reads the finished row and the partial's size only once it has the lock. Without it two
 * requests at the same offset (two tabs, a retry while the first still runs) both passed the offset check
 * and both appended, and the stored file held that chunk twice. The lock is on the id alone, so another
 * resident racing for the same id waits too and then finds it taken. On PGlite (one connection) the
 * transaction alone already serialises; the lock costs nothing there.
 */
export async function receiveChunk(
	db: Db,
	storage: FileStorage,
	partials: PartialStorage,
	input: ChunkRequest & { portfolioId: string; bytes: Uint8Array }
): Promise<UploadState> {
	return db.transaction(async (t) => {
		const tx = t as unknown as Db;
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`upload:${input.id}`}))`);
		const existing = await finished(tx, input.id);
		if (existing) {
			// A late twin of the completing request; one declaring other bytes lost the race for this id.
			if (existing.portfolioId !== input.portfolioId) throw new FileError('conflict');
			if (input.sha256 !== undefined && input.sha256 !== existing.sha256) throw new FileError('conflict');
			return { offset: existing.size, complete: true, sha256: existing.sha256 };
		}
		const key = partialKey(input.portfolioId, input.id);
		const have = await partials.size(key);
		if (input.offset !== have) throw new FileError('offset');
		if (input.bytes.length === 0) throw new FileError('empty');
		if (input.offset + input.bytes.length > input.size) throw new FileError('offset');
		if (input.offset === 0) {
			if (input.bytes.length < Math.min(SNIFF_BYTES, input.size)) throw new FileError('empty');
			const type = sniffType(input.bytes);
			if (!type) throw new FileError('type');
			if (input.size > maxBytesFor(type)) throw new FileError('too_large');
		}
		await partials.append(key, input.bytes);
		const offset = input.offset + input.bytes.length;
		if (offset < input.size) return { offset, complete: false };
		const bytes = await partials.read(key);
		try {
			const stored = await storeFile(tx, storage, { id: input.id, portfolioId: input.portfolioId, name: input.name, bytes, sha256: input.sha256 });
			return { offset: stored.size, complete: true, sha256: stored.sha256 };
		} finally {
			// Stored or refused, the partial copy has no further use; after a checksum refusal the device
			// finds offset 0 and sends the whole file again rather than building on bytes that are not its own.
			await partials.remove(key);
		}
	});
}
