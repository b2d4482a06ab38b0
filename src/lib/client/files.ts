import type { LocalFile, SyncDatabase } from './db';
import { newId } from '$lib/shared/id';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Video and audio of work may be larger; the server applies the same limits on the bytes. */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
export const MEDIA_TYPES = ['video/mp4', 'video/webm', 'video/quicktime', 'audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/webm'];
/** Chunks stay under the server's request limit; each confirmed chunk is progress that survives a dropped connection. */
export const CHUNK_BYTES = 256 * 1024;

export class FileRejected extends Error {
	constructor(readonly reason: 'too_large' | 'type') {
		super(reason);
	}
}

/** Large photos are made smaller on the phone before they are kept, so uploads stay quick on 4G. */
async function compress(file: File): Promise<Blob> {
	if (!file.type.startsWith('image/') || file.size < 600 * 1024) return file;
	const { default: imageCompression } = await import('browser-image-compression');
	return imageCompression(file, { maxSizeMB: 1, maxWidthOrHeight: 2000, useWebWorker: true, initialQuality: 0.85 });
}

/** Keeps a chosen file on the device and returns its id; the upload follows when online. */
export async function keepFile(db: SyncDatabase, file: File, options: { media?: boolean } = {}): Promise<{ id: string; name: string; type: string }> {
	const media = options.media === true && MEDIA_TYPES.includes(file.type);
	if (!ACCEPTED_TYPES.includes(file.type) && !media) throw new FileRejected('type');
	const blob = await compress(file);
	if (blob.size > (media ? MAX_MEDIA_BYTES : MAX_FILE_BYTES)) throw new FileRejected('too_large');
	const id = newId();
	await db.files.put({ id, blob, name: file.name, type: blob.type || file.type, uploaded: 0 });
	return { id, name: file.name, type: blob.type || file.type };
}

/**
 * Sends every file the server does not have yet, in chunks (`PUT /api/files/<id>?offset=`). It first
 * asks the server how much it already holds (`HEAD`), so after a dropped connection it continues where
 * the last confirmed chunk ended. The device chose the id, so retries are harmless; a file is marked
 * uploaded only after the server confirmed the whole of it. Every chunk carries the SHA-256 of the whole
 * file (`x-file-sha256`): the server stores the file only if its bytes hash the same, and otherwise
 * answers 422 after dropping what it had, and the device sends the file once more from the start.
 */
export async function uploadPendingFiles(db: SyncDatabase, fetcher: typeof fetch = fetch): Promise<number> {
	const pending = await db.files.where('uploaded').equals(0).toArray();
	let sent = 0;
	for (const file of pending) {
		if (await uploadOne(db, file, fetcher)) sent++;
	}
	return sent;
}

/**
 * SHA-256 (hex) of the file, or undefined where the browser has no subtle crypto (a page over plain http
 * other than localhost); the server then stores the file without comparing.
 */
async function sha256Hex(blob: Blob): Promise<string | undefined> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return undefined;
	const digest = new Uint8Array(await subtle.digest('SHA-256', await blob.arrayBuffer()));
	return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function uploadOne(db: SyncDatabase, file: LocalFile, fetcher: typeof fetch): Promise<boolean> {
	const url = `/api/files/${file.id}`;
	const head = await fetcher(url, { method: 'HEAD' });
	if (head.status >= 500) throw new Error(`upload failed: ${head.status}`);
	let offset = head.ok ? Number(head.headers.get('upload-offset') ?? 0) : 0;
	let complete = head.ok && head.headers.get('upload-complete') === '1';
	const size = file.blob.size;
	const sha256 = complete ? undefined : await sha256Hex(file.blob);
	// One fresh start after the server found other bytes than ours; a second mismatch waits for the next sync.
	let restarted = false;
	while (!complete) {
		await db.files.update(file.id, { sent: offset });
		const response = await fetcher(`${url}?offset=${offset}`, {
			method: 'PUT',
			headers: {
				'content-type': 'application/octet-stream',
				'x-file-size': String(size),
				'x-file-name': encodeURIComponent(file.name),
				...(sha256 ? { 'x-file-sha256': sha256 } : {})
			},
			body: file.blob.slice(offset, Math.min(size, offset + CHUNK_BYTES))
		});
		if (response.status === 422 && !restarted) {
			restarted = true;
			offset = 0;
			continue;
		}
		if (response.status === 409 && response.headers.has('upload-offset')) {
			// The server holds more (or less) than we thought: continue from its count.
			offset = Number(response.headers.get('upload-offset'));
			complete = response.headers.get('upload-complete') === '1';
			continue;
		}
		if (response.status >= 500) throw new Error(`upload failed: ${response.status}`);
		// A 4xx (type, size) will not get better by retrying; the file stays on the device.
		if (!response.ok) return false;
		const state = (await response.json()) as { offset: number; complete: boolean };
		offset = state.offset;
		complete = state.complete;
	}
	await db.files.update(file.id, { uploaded: 1, sent: size });
	return true;
}

/** A URL to show a file: the copy on this device when there is one, otherwise the server's. */
export async function fileUrl(db: SyncDatabase, id: string): Promise<{ url: string; local: boolean; uploaded: boolean; revoke: () => void }> {
	const local = await db.files.get(id);
	if (local) {
		const url = URL.createObjectURL(local.blob);
		return { url, local: true, uploaded: local.uploaded === 1, revoke: () => URL.revokeObjectURL(url) };
	}
	return { url: `/api/files/${id}`, local: false, uploaded: true, revoke: () => {} };
}
