import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { FileError, portfolioOf, readFileOf } from '$lib/server/files/files';
import { CHUNK_ERROR_STATUS, chunkRequestSchema, MAX_CHUNK_BYTES, receiveChunk, uploadState } from '$lib/server/files/resumable';
import { fileStorage, partialStorage } from '$lib/server/files/storage';
import { decodeHeader } from '$lib/server/http/headers';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	const database = await db();
	const portfolioId = await portfolioOf(database, user.id);
	const file = portfolioId ? await readFileOf(database, fileStorage(), { id: id.data, portfolioId }) : null;
	if (!file) error(404, { message: m.error_not_found() });
	return new Response(file.bytes as unknown as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.bytes.length),
			// Never rendered as a page of this site, and never cached by a shared cache.
			'content-disposition': 'inline',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, max-age=3600'
		}
	});
};

/** Resumable upload: how many bytes of this file the server holds (`upload-offset`), and whether it is whole. */
export const HEAD: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, { message: m.error_not_found() });
	const database = await db();
	const portfolioId = await portfolioOf(database, user.id);
	if (!portfolioId) error(403, { message: m.error_forbidden() });
	const state = await uploadState(database, partialStorage(), { id: id.data, portfolioId });
	return new Response(null, { status: 204, headers: stateHeaders(state) });
};

const stateHeaders = (state: { offset: number; complete: boolean }) => ({
	'upload-offset': String(state.offset),
	'upload-complete': state.complete ? '1' : '0',
	'cache-control': 'no-store'
});

const MESSAGES = {
	too_large: m.paspoort_error_file_too_large,
	type: m.paspoort_error_file_type,
	empty: m.error_bad_request,
	conflict: m.error_bad_request,
	offset: m.error_bad_request,
	checksum: m.paspoort_error_file_damaged
} as const;

/**
 * Resumable upload: one chunk of the raw bytes at `?offset=`, the whole file's size in `x-file-size`,
 * the SHA-256 (hex) the device computed of the whole file in `x-file-sha256`. A wrong offset answers 409
 * with the server's `upload-offset`, so the device continues from there; finished bytes that hash otherwise
 * answer 422 with `upload-offset: 0`, so the device sends the file again.
 */
export const PUT: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const parsed = chunkRequestSchema.safeParse({
		id: event.params.id,
		offset: event.url.searchParams.get('offset') ?? undefined,
		size: event.request.headers.get('x-file-size') ?? undefined,
		name: decodeHeader(event.request.headers.get('x-file-name')),
		sha256: event.request.headers.get('x-file-sha256') ?? undefined
	});
	if (!parsed.success) error(400, { message: m.error_bad_request() });
	if (Number(event.request.headers.get('content-length') ?? 0) > MAX_CHUNK_BYTES) error(413, { message: m.paspoort_error_file_too_large() });
	const bytes = new Uint8Array(await event.request.arrayBuffer());
	if (bytes.length > MAX_CHUNK_BYTES) error(413, { message: m.paspoort_error_file_too_large() });
	const database = await db();
	const portfolioId = await portfolioOf(database, user.id);
	if (!portfolioId) error(403, { message: m.error_forbidden() });
	try {
		const state = await receiveChunk(database, fileStorage(), partialStorage(), { ...parsed.data, portfolioId, bytes });
		return json(state, { status: state.complete ? 201 : 200, headers: stateHeaders(state) });
	} catch (e) {
		if (!(e instanceof FileError)) throw e;
		const status = CHUNK_ERROR_STATUS[e.code];
		const message = MESSAGES[e.code];
		if (e.code === 'offset' || e.code === 'checksum') {
			const state = await uploadState(database, partialStorage(), { id: parsed.data.id, portfolioId });
			return json({ message: message(), ...state }, { status, headers: stateHeaders(state) });
		}
		error(status, { message: message() });
	}
};
