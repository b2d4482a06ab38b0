/** The text a PDF reader shows, page by page (pdf.js, as browsers use it): what tests read a made PDF with. */
export async function pdfText(source: string | Uint8Array): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const { readFileSync } = await import('node:fs');
	const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source);
	const pdf = await getDocument({ data, useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join('\n');
}
