import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { fileObject, portfolio } from '../db/schema';
import { sniffType } from './sniff';
import type { FileStorage } from './storage';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class FileError extends Error {
	constructor(readonly code: 'too_large' | 'type' | 'conflict' | 'empty') {
		super(code);
	}
}

export async function portfolioOf(db: Db, userId: string): Promise<string | null> {
	const [row] = await db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, userId)).limit(1);
	return row?.id ?? null;
}

/**
 * Stores an upload under the id the device chose. Uploading the same id and bytes again (a retry after a
 * lost answer) is a no-op; the same id with other bytes is refused.
 */
export async function storeFile(
	db: Db,
	storage: FileStorage,
	input: { id: string; portfolioId: string; name: string; bytes: Uint8Array }
): Promise<{ id: string; sha256: string; contentType: string; size: number }> {
	if (input.bytes.length === 0) throw new FileError('empty');
	if (input.bytes.length > MAX_FILE_BYTES) throw new FileError('too_large');
	const contentType = sniffType(input.bytes);
	if (!contentType) throw new FileError('type');
	const sha256 = createHash('sha256').update(input.bytes).digest('hex');
	const [existing] = await db.select().from(fileObject).where(eq(fileObject.id, input.id)).limit(1);
	if (existing) {
		if (existing.sha256 !== sha256 || existing.portfolioId !== input.portfolioId) throw new FileError('conflict');
		return { id: existing.id, sha256, contentType: existing.contentType, size: existing.size };
	}
	await storage.put(sha256, input.bytes);
	await db
		.insert(fileObject)
		.values({ id: input.id, portfolioId: input.portfolioId, sha256, contentType, size: input.bytes.length, name: input.name })
		.onConflictDoNothing();
	return { id: input.id, sha256, contentType, size: input.bytes.length };
}

/** A file of this portfolio, or null: someone else's file id is indistinguishable from an unknown one. */
export async function readFileOf(db: Db, storage: FileStorage, input: { id: string; portfolioId: string }) {
	const [row] = await db
		.select()
		.from(fileObject)
		.where(and(eq(fileObject.id, input.id), eq(fileObject.portfolioId, input.portfolioId)))
		.limit(1);
	if (!row) return null;
	const bytes = await storage.get(row.sha256);
	return bytes ? { bytes, contentType: row.contentType, name: row.name } : null;
}
