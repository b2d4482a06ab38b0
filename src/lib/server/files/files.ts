import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { certificate, evcEvidence, fileObject, portfolio } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/session';
import { requireSectionAccess } from '$lib/server/sharing/access';
import { sniffType } from './sniff';
import type { FileStorage } from './storage';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Video and audio of work are longer by nature; photos and documents keep the 10 MB limit. */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

export const maxBytesFor = (contentType: string) => (contentType.startsWith('video/') || contentType.startsWith('audio/') ? MAX_MEDIA_BYTES : MAX_FILE_BYTES);

export class FileError extends Error {
	constructor(readonly code: 'too_large' | 'type' | 'conflict' | 'empty' | 'offset' | 'checksum') {
		super(code);
	}
}

export async function portfolioOf(db: Db, userId: string): Promise<string | null> {
	const [row] = await db.select({ id: portfolio.id }).from(portfolio).where(eq(portfolio.ownerId, userId)).limit(1);
	return row?.id ?? null;
}

/**
 * Stores an upload under the id the device chose. Uploading the same id and bytes again (a retry after a
 * lost answer) is a no-op; the same id with other bytes is refused. When the device declared the SHA-256
 * it computed (`sha256`), bytes that hash otherwise are refused ('checksum'): they are not its file.
 */
export async function storeFile(
	db: Db,
	storage: FileStorage,
	input: { id: string; portfolioId: string; name: string; bytes: Uint8Array; sha256?: string }
): Promise<{ id: string; sha256: string; contentType: string; size: number }> {
	if (input.bytes.length === 0) throw new FileError('empty');
	if (input.bytes.length > MAX_MEDIA_BYTES) throw new FileError('too_large');
	const contentType = sniffType(input.bytes);
	if (!contentType) throw new FileError('type');
	if (input.bytes.length > maxBytesFor(contentType)) throw new FileError('too_large');
	const sha256 = createHash('sha256').update(input.bytes).digest('hex');
	if (input.sha256 !== undefined && input.sha256 !== sha256) throw new FileError('checksum');
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

/**
 * A file of someone else's portfolio, for a viewer with a grant. A file is shared through the record that
 * shows it (a certificate, in the opleiding section); a file no live record points at is not shared at all.
 * The section check throws 403 and writes the access log.
 */
export async function readSharedFile(db: Db, storage: FileStorage, input: { viewer: SessionUser; id: string }) {
	const [file] = await db.select().from(fileObject).where(eq(fileObject.id, input.id)).limit(1);
	if (!file) return null;
	// A file is shared only through a live record that points at it, under that record's section.
	const [onCertificate] = await db
		.select({ id: certificate.id })
		.from(certificate)
		.where(and(eq(certificate.fileId, file.id), eq(certificate.portfolioId, file.portfolioId), isNull(certificate.deletedAt)))
		.limit(1);
	const [onEvidence] = onCertificate
		? []
		: await db
				.select({ id: evcEvidence.id })
				.from(evcEvidence)
				.where(and(eq(evcEvidence.fileId, file.id), eq(evcEvidence.portfolioId, file.portfolioId), isNull(evcEvidence.deletedAt)))
				.limit(1);
	if (!onCertificate && !onEvidence) return null;
	await requireSectionAccess(db, { viewer: input.viewer, portfolioId: file.portfolioId, section: onCertificate ? 'opleiding' : 'evc' });
	const bytes = await storage.get(file.sha256);
	return bytes ? { bytes, contentType: file.contentType, name: file.name } : null;
}
