/**
 * Record ids that follow from what the record is about instead of being random. Two offline devices
 * that answer the same question (or add the same suggested action) then write the same record, and
 * sync merges them like any other edit instead of keeping two.
 */
export async function derivedId(...parts: string[]): Promise<string> {
	const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\u0000'))));
	// RFC 9562 version 8 (custom) with the RFC variant, so it passes every UUID check on the way.
	bytes[6] = (bytes[6]! & 0x0f) | 0x80;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function apkAnswerId(scanId: string, questionId: string): Promise<string> {
	return derivedId('apkAnswer', scanId, questionId);
}

/** One plan item per scan and suggested action, so "Zet in mijn plan" twice adds it once. */
export function apkPlanItemId(scanId: string, stepId: string): Promise<string> {
	return derivedId('planItem', 'apk', scanId, stepId);
}
