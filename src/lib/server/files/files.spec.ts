import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerResident } from '$lib/server/auth/accounts';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/testing';
import { newId } from '$lib/shared/id';
import { FileError, MAX_FILE_BYTES, portfolioOf, readFileOf, storeFile } from './files';
import { sniffType } from './sniff';
import { diskStorage } from './storage';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%…');

let handle: DbHandle;
let dir: string;
let alice: string;
let bob: string;

beforeAll(async () => {
	handle = await openTestDatabase();
	dir = mkdtempSync(join(tmpdir(), 'tp-files-'));
	alice = (await portfolioOf(handle.db, await registerResident(handle.db, { email: 'alice@example.nl', password: 'wachtwoord-van-alice', displayName: 'Alice' })))!;
	bob = (await portfolioOf(handle.db, await registerResident(handle.db, { email: 'bob@example.nl', password: 'wachtwoord-van-bob', displayName: 'Bob' })))!;
});
afterAll(async () => {
	await handle.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('file type by content', () => {
	it('recognises images, PDF and media by their bytes, not their name', () => {
		expect(sniffType(PNG)).toBe('image/png');
		expect(sniffType(PDF)).toBe('application/pdf');
		expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(sniffType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
		expect(sniffType(new TextEncoder().encode('MZ executable'))).toBeNull();
	});
});

describe('stored files', () => {
	it('are addressed by SHA-256, read back only by their owner', async () => {
		const storage = diskStorage(dir);
		const id = newId();
		const stored = await storeFile(handle.db, storage, { id, portfolioId: alice, name: 'vca.png', bytes: PNG });
		expect(stored).toMatchObject({ id, contentType: 'image/png', size: PNG.length });
		expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(readdirSync(join(dir, stored.sha256.slice(0, 2)))).toEqual([stored.sha256]);

		expect((await readFileOf(handle.db, storage, { id, portfolioId: alice }))?.bytes).toEqual(PNG);
		expect(await readFileOf(handle.db, storage, { id, portfolioId: bob })).toBeNull();
	});

	it('accept the same upload twice (a retry) but not other bytes under that id', async () => {
		const storage = diskStorage(dir);
		const id = newId();
		await storeFile(handle.db, storage, { id, portfolioId: alice, name: 'a.pdf', bytes: PDF });
		await expect(storeFile(handle.db, storage, { id, portfolioId: alice, name: 'a.pdf', bytes: PDF })).resolves.toMatchObject({ id });
		await expect(storeFile(handle.db, storage, { id, portfolioId: alice, name: 'a.png', bytes: PNG })).rejects.toMatchObject({ code: 'conflict' });
		await expect(storeFile(handle.db, storage, { id, portfolioId: bob, name: 'a.pdf', bytes: PDF })).rejects.toMatchObject({ code: 'conflict' });
	});

	it('refuse unknown types, empty files and files over the limit', async () => {
		const storage = diskStorage(dir);
		const refuse = (bytes: Uint8Array) => storeFile(handle.db, storage, { id: newId(), portfolioId: alice, name: 'x', bytes });
		await expect(refuse(new TextEncoder().encode('<svg onload=alert(1)>'))).rejects.toBeInstanceOf(FileError);
		await expect(refuse(new Uint8Array())).rejects.toMatchObject({ code: 'empty' });
		const huge = new Uint8Array(MAX_FILE_BYTES + 1);
		huge.set(PNG);
		await expect(refuse(huge)).rejects.toMatchObject({ code: 'too_large' });
	});
});
