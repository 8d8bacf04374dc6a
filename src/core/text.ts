/**
 * Source normalisation. `normalizeSource` is what offsets point into (BOM dropped, CRLF/CR → LF); `foldText`
 * gives every character one canonical form without changing the length, so an index into the folded text is an
 * index into the source:
 *
 * - full-width digits, letters and symbols become ASCII (１２３ → 123, ％ → %), ideographic and no-break spaces
 *   become spaces;
 * - punctuation becomes the Chinese form reports are written in, whichever the page used: `,` → ，, `;` → ；,
 *   `:` → ：, `(` → （, `)` → ）, `!` → ！, `?` → ？, and the small forms (﹐﹑﹒﹔﹕﹙﹚) likewise — except inside
 *   numbers, where `1,200` and `10:30` keep their ASCII marks.
 */

export function normalizeSource(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Punctuation with a Chinese form of its own: stays (or becomes) full-width. */
const TO_CHINESE: Readonly<Record<string, string>> = {
	',': '，',
	';': '；',
	':': '：',
	'(': '（',
	')': '）',
	'!': '！',
	'?': '？',
	'\uFE50': '，',
	'\uFE51': '、',
	'\uFE52': '.',
	'\uFE54': '；',
	'\uFE55': '：',
	'\uFE56': '？',
	'\uFE57': '！',
	'\uFE59': '（',
	'\uFE5A': '）',
};
const KEEP_FULL_WIDTH = new Set([...'（）：；，！？']);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

function foldChar(text: string, i: number, ch: string): string {
	const code = ch.charCodeAt(0);
	if (code === 0x3000 || code === 0xa0) return ' ';
	if (code >= 0xff01 && code <= 0xff5e) {
		if (KEEP_FULL_WIDTH.has(ch)) return ch;
		return String.fromCharCode(code - 0xfee0);
	}
	const chinese = TO_CHINESE[ch];
	if (chinese === undefined) return ch;
	// 1,200 and 10:30 are numbers: their marks stay ASCII. (Full-width digits around them fold to ASCII too.)
	if ((ch === ',' || ch === ':') && isDigit(foldDigit(text[i - 1])) && isDigit(foldDigit(text[i + 1]))) return ch;
	return chinese;
}

function foldDigit(ch: string | undefined): string | undefined {
	if (ch === undefined) return ch;
	const code = ch.charCodeAt(0);
	return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : ch;
}

const FOLDABLE = /[\uFF01-\uFF5E\u3000\u00A0,;:()!?\uFE50-\uFE5A]/g;

export function foldText(text: string): string {
	return text.replace(FOLDABLE, (ch, i: number) => foldChar(text, i, ch));
}

/** Sentence-final punctuation: a block ending in one of these (plus closing quotes) is complete. */
export const FINAL_PUNCTUATION = '。！？；…';
const CLOSERS = '”’」』）》';

/** Whether a line of prose is a complete unit, i.e. not cut short by a page break. */
export function endsComplete(line: string): boolean {
	let i = line.length - 1;
	while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
	while (i >= 0 && CLOSERS.includes(line[i]!)) i--;
	return i >= 0 && FINAL_PUNCTUATION.includes(line[i]!);
}
