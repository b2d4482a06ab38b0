import { appendFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bytes of an upload that has not finished yet, by (portfolio, file id). Kept apart from the finished,
 * SHA-256-addressed files because their hash is not known until the last chunk arrives.
 */
export interface PartialStorage {
	size(key: string): Promise<number>;
	append(key: string, bytes: Uint8Array): Promise<void>;
	read(key: string): Promise<Uint8Array>;
	remove(key: string): Promise<void>;
	/** Removes every unfinished upload whose key starts with `prefix` (all of one portfolio). */
	removeAll(prefix: string): Promise<void>;
}

export function diskPartialStorage(root: string): PartialStorage {
	const pathOf = (key: string) => join(root, key);
	return {
		async size(key) {
			return (await stat(pathOf(key)).catch(() => null))?.size ?? 0;
		},
		async append(key, bytes) {
			await mkdir(root, { recursive: true });
			await appendFile(pathOf(key), bytes);
		},
		async read(key) {
			return new Uint8Array(await readFile(pathOf(key)));
		},
		async remove(key) {
			await rm(pathOf(key), { force: true });
		},
		async removeAll(prefix) {
			const names = await readdir(root).catch(() => [] as string[]);
			await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => rm(pathOf(name), { force: true })));
		}
	};
}
