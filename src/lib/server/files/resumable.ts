import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { fileObject } from '../db/schema';
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
	name: z.string().max(200).default('')
});
export type ChunkRequest = z.output<typeof chunkRequestSchema>;

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
 */
export async function receiveChunk(
	db: Db,
	storage: FileStorage,
	partials: PartialStorage,
	input: ChunkRequest & { portfolioId: string; bytes: Uint8Array }
): Promise<UploadState> {
	const existing = await finished(db, input.id);
	if (existing) {
		if (existing.portfolioId !== input.portfolioId) throw new FileError('conflict');
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
		const stored = await storeFile(db, storage, { id: input.id, portfolioId: input.portfolioId, name: input.name, bytes });
		return { offset: stored.size, complete: true, sha256: stored.sha256 };
	} finally {
		// Stored or refused, the partial copy has no further use.
		await partials.remove(key);
	}
}
