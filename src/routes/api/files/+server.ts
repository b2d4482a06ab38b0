import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { FileError, MAX_MEDIA_BYTES, portfolioOf, storeFile } from '$lib/server/files/files';
import { chunkRequestSchema } from '$lib/server/files/resumable';
import { fileStorage } from '$lib/server/files/storage';
import { decodeHeader } from '$lib/server/http/headers';
import type { RequestHandler } from './$types';

const headersSchema = z.object({
	id: z.uuid(),
	name: z.string().max(200).default(''),
	sha256: chunkRequestSchema.shape.sha256
});

const ERRORS = {
	too_large: [413, m.paspoort_error_file_too_large],
	type: [415, m.paspoort_error_file_type],
	empty: [400, m.paspoort_error_file_type],
	conflict: [409, m.error_bad_request],
	offset: [409, m.error_bad_request],
	checksum: [422, m.paspoort_error_file_damaged]
} as const;

/**
 * The raw bytes of one file in the body; its id (chosen on the device), name and optionally the SHA-256
 * the device computed (`x-file-sha256`, refused with 422 when the bytes hash otherwise) in headers.
 */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event, 'inwoner');
	const parsed = headersSchema.safeParse({
		id: event.request.headers.get('x-file-id'),
		name: decodeHeader(event.request.headers.get('x-file-name')),
		sha256: event.request.headers.get('x-file-sha256') ?? undefined
	});
	if (!parsed.success) error(400, { message: m.error_bad_request() });
	if (Number(event.request.headers.get('content-length') ?? 0) > MAX_MEDIA_BYTES) error(413, { message: m.paspoort_error_file_too_large() });
	const bytes = new Uint8Array(await event.request.arrayBuffer());
	const database = await db();
	const portfolioId = await portfolioOf(database, user.id);
	if (!portfolioId) error(403, { message: m.error_forbidden() });
	try {
		const stored = await storeFile(database, fileStorage(), { ...parsed.data, portfolioId, bytes });
		return json(stored, { status: 201 });
	} catch (e) {
		if (e instanceof FileError) {
			const [status, message] = ERRORS[e.code];
			error(status, { message: message() });
		}
		throw e;
	}
};
