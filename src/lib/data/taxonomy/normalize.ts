/**
 * Folds text to the form residents' input is compared in: lower case, no accents (ë, é, ï, ’),
 * punctuation as spaces. "Hygiëne" and "hygiene" must meet, because phone keyboards drop accents.
 */
export function normalizeTerm(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}#+]+/gu, ' ')
		.trim();
}
