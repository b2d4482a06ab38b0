/** A refusal the endpoint turns into an HTTP status; `code` is a message key, `fields` what was refused. */
export class SyncError extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 410,
		readonly code: string,
		readonly fields: string[] = []
	) {
		super(code);
	}
}
