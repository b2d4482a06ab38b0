import { describe, expect, it } from 'vitest';
import { fileNamePart } from './file-name';

describe('fileNamePart', () => {
	it('spells names from every Latin script in plain letters', () => {
		expect(fileNamePart('Şükrü Yılmaz', 'x')).toBe('Sukru-Yilmaz');
		expect(fileNamePart('Łucja Wiśniewska', 'x')).toBe('Lucja-Wisniewska');
		expect(fileNamePart('Ștefan Țurcanu', 'x')).toBe('Stefan-Turcanu');
		expect(fileNamePart('Nguyễn Thị Hương', 'x')).toBe('Nguyen-Thi-Huong');
		expect(fileNamePart('Jürgen Größmann', 'x')).toBe('Jurgen-Grossmann');
	});

	it('keeps it short and falls back when no letter is left', () => {
		expect(fileNamePart('  --  ', 'talentpaspoort')).toBe('talentpaspoort');
		expect(fileNamePart('数据', 'bestand')).toBe('bestand');
		expect(fileNamePart('a'.repeat(30) + ' ' + 'b'.repeat(40), 'x', 31)).toBe('a'.repeat(30));
	});
});
