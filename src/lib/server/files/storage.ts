import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { diskPartialStorage, type PartialStorage } from './partial';

/** Where file bytes live, by SHA-256. Local disk by default; an S3-compatible store fits the same shape. */
export interface FileStorage {
	put(sha256: string, bytes: Uint8Array): Promise<void>;
	get(sha256: string): Promise<Uint8Array | null>;
	/** Removes the bytes; the caller makes sure no file row points at this hash any more. */
	remove(sha256: string): Promise<void>;
}

export function diskStorage(root: string): FileStorage {
	const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha);
	return {
		async put(sha256, bytes) {
			const target = pathOf(sha256);
			if (await stat(target).catch(() => null)) return;
			await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
			// Write then rename, so a crash never leaves half a file under its final name.
			const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
			await writeFile(temporary, bytes);
			await rename(temporary, target);
		},
		async get(sha256) {
			return readFile(pathOf(sha256)).then((b) => new Uint8Array(b)).catch(() => null);
		},
		async remove(sha256) {
			await rm(pathOf(sha256), { force: true });
		}
	};
}

let storage: FileStorage | undefined;
export function fileStorage(): FileStorage {
	storage ??= diskStorage(resolve(process.env.FILES_DIR ?? resolve(process.env.DATA_DIR ?? '.data', 'files')));
	return storage;
}

let partials: PartialStorage | undefined;
/** Unfinished uploads, next to the finished files so both move together when the data directory moves. */
export function partialStorage(): PartialStorage {
	partials ??= diskPartialStorage(resolve(process.env.FILES_DIR ?? resolve(process.env.DATA_DIR ?? '.data', 'files'), 'partial'));
	return partials;
}
