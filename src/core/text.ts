/**
 * Source normalisation. `normalizeSource` is what offsets point into (BOM dropped, CRLF/CR → LF);
 * `foldWidth` makes full-width digits, letters, ％ and ideographic spaces ASCII without changing the length,
 * so an index into the folded text is an index into the source.
 */

export function normalizeSource(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function foldWidth(text: string): string {
	return text.replace(/[\uFF01-\uFF5E\u3000\u00A0]/g, ch => {
		const code = ch.charCodeAt(0);
		if (code === 0x3000 || code === 0xa0) return ' ';
		// Keep full-width Chinese punctuation that has its own meaning in prose: （）：；，！？ stay as written.
		if (/[（）：；，！？“”]/.test(ch)) return ch;
		return String.fromCharCode(code - 0xfee0);
	});
}

/** Sentence-final punctuation: a block ending in one of these (plus closing quotes) is complete. */
export const FINAL_PUNCTUATION = '。！？；!?;…';
const CLOSERS = '”’」』）)》';

/** Whether a line of prose is a complete unit, i.e. not cut short by a page break. */
export function endsComplete(line: string): boolean {
	let i = line.length - 1;
	while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
	while (i >= 0 && CLOSERS.includes(line[i]!)) i--;
	return i >= 0 && FINAL_PUNCTUATION.includes(line[i]!);
}
