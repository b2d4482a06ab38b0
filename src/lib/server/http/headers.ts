/** A percent-encoded header value (a file name); null when the encoding is broken, so the caller refuses it. */
export function decodeHeader(value: string | null): string | null {
	try {
		return decodeURIComponent(value ?? '');
	} catch {
		return null;
	}
}
