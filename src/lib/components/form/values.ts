/**
 * What a form field holds, as the value a shared schema expects.
 *
 * Svelte's `bind:value` on `<input type="number">` hands back a number, or `null` when the field is empty
 * (or holds something the browser cannot read as a number); a value filled in from the device before the
 * resident typed is still the string it was set to. Each of these gives a number or `null` here, so the
 * schema — not this helper — decides whether the number is allowed and says so next to the field.
 */
export function numberOrNull(value: unknown): number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return value;
	const text = String(value).trim();
	return text === '' ? null : Number(text.replace(',', '.'));
}

