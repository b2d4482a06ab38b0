/** Letters that carry no accent to strip but have a plain Latin spelling (ı in "Yılmaz", ł in "Łucja"). */
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ß: 'ss', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', ð: 'd' };

/**
 * A part of a file name that every phone, zip tool and mail program keeps as it is: plain Latin letters,
 * digits and hyphens ("Şükrü Yılmaz" → "Sukru-Yilmaz"), at most `max` characters; `fallback` when nothing is left.
 */
export function fileNamePart(text: string, fallback: string, max = 60): string {
	const plain = text
		.replace(/[ıłŁßøØđĐæÆœŒþð]/g, (letter) => PLAIN[letter] ?? letter)
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^a-zA-Z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
	return plain || fallback;
}
