import type { CataloguePullResponse, PullResponse, PushBody, PushResponse } from '$lib/shared/sync/protocol';

/** A failed round trip; no status means the request or its answer got lost. */
export class TransportError extends Error {
	constructor(readonly status?: number) {
		super(status ? `HTTP ${status}` : 'network');
	}
}

export interface SyncTransport {
	push(body: PushBody): Promise<PushResponse>;
	pull(since: number): Promise<PullResponse>;
	catalogue(since: number): Promise<CataloguePullResponse>;
}

async function call<T>(input: string, init?: RequestInit): Promise<T> {
	let response: Response;
	try {
		response = await fetch(input, { credentials: 'same-origin', ...init });
	} catch {
		throw new TransportError();
	}
	if (!response.ok) throw new TransportError(response.status);
	return (await response.json()) as T;
}

/**
 * Catalogue records per request. An offer is about 1 KB of JSON; pages of this size keep reading and storing
 * each one short, so a new device that fetches the whole catalogue does not freeze the page it shows.
 */
export const CATALOGUE_PAGE_SIZE = 100;

/** The app's own endpoints (src/routes/api/sync). */
export const httpTransport: SyncTransport = {
	push: (body) =>
		call('/api/sync/push', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
	pull: (since) => call(`/api/sync/pull?since=${since}`),
	catalogue: (since) => call(`/api/sync/catalogue?since=${since}&limit=${CATALOGUE_PAGE_SIZE}`)
};
