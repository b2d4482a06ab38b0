/** The outcome of a sharing request: these actions need the server, so offline is an answer of its own. */
export type DelenResult<T> = { ok: true; data: T } | { ok: false; offline: boolean; status: number; message: string; fieldErrors?: Record<string, string[]> };

/** JSON to and from the sharing endpoints, same-origin, with the server's message on failure. */
export async function delenRequest<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<DelenResult<T>> {
	if (!navigator.onLine) return { ok: false, offline: true, status: 0, message: '' };
	let response: Response;
	try {
		response = await fetch(path, {
			method: init.method ?? 'GET',
			headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
			body: init.body === undefined ? undefined : JSON.stringify(init.body)
		});
	} catch {
		return { ok: false, offline: true, status: 0, message: '' };
	}
	const body = (await response.json().catch(() => ({}))) as { message?: string; fieldErrors?: Record<string, string[]> };
	if (!response.ok) return { ok: false, offline: false, status: response.status, message: body.message ?? '', fieldErrors: body.fieldErrors };
	return { ok: true, data: body as T };
}
