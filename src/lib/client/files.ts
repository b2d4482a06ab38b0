import type { SyncDatabase } from './db';
import { newId } from '../shared/id';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

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
export async function keepFile(db: SyncDatabase, file: File): Promise<{ id: string; name: string; type: string }> {
	if (!ACCEPTED_TYPES.includes(file.type)) throw new FileRejected('type');
	const blob = await compress(file);
	if (blob.size > MAX_FILE_BYTES) throw new FileRejected('too_large');
	const id = newId();
	await db.files.put({ id, blob, name: file.name, type: blob.type || file.type, uploaded: 0 });
	return { id, name: file.name, type: blob.type || file.type };
}

/**
 * Sends every file the server does not have yet. The device chose the id, so a retry after a lost answer
 * is harmless; a file is marked uploaded only after the server confirmed it.
 */
export async function uploadPendingFiles(db: SyncDatabase, fetcher: typeof fetch = fetch): Promise<number> {
	const pending = await db.files.where('uploaded').equals(0).toArray();
	let sent = 0;
	for (const file of pending) {
		const response = await fetcher('/api/files', {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream', 'x-file-id': file.id, 'x-file-name': encodeURIComponent(file.name) },
			body: file.blob
		});
		if (response.ok) {
			await db.files.update(file.id, { uploaded: 1 });
			sent++;
		} else if (response.status >= 500) {
			throw new Error(`upload failed: ${response.status}`);
		}
		// A 4xx (type, size) will not get better by retrying; the file stays on the device.
	}
	return sent;
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
