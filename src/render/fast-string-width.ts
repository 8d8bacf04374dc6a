/**
 * string-width with a fast path. string-width segments every non-ASCII string into graphemes with
 * Intl.Segmenter, which is slow for long runs of Chinese; but CJK text, Latin, punctuation and SGR colour codes
 * need no segmentation: each code point has its East Asian width. Only text with combining marks, joiners,
 * variation selectors, emoji or other escapes goes to string-width itself.
 *
 * The bundle (bin/build.mjs) makes every `import 'string-width'` — Ink's included — resolve to this module, so
 * Ink's own layout measurements take the fast path too.
 */
import {eastAsianWidth} from 'get-east-asian-width';
import realStringWidth from 'string-width';
import {COMPLEX_WIDTH_SOURCE} from './complex-width.js';

type Options = Parameters<typeof realStringWidth>[1];

const SGR = /\u001B\[[0-9;]*m/g;
/** What needs real grapheme handling (generated: see complex-width.ts); a plain class, quick to compile. */
const COMPLEX = new RegExp(COMPLEX_WIDTH_SOURCE);

export default function stringWidth(text: string, options?: Options): number {
	if (typeof text !== 'string' || text.length === 0) return 0;
	if (options?.countAnsiEscapeCodes) return realStringWidth(text, options);
	const visible = text.includes('\u001B') ? text.replace(SGR, '') : text;
	if (COMPLEX.test(visible)) return realStringWidth(text, options);
	const ambiguousAsWide = options?.ambiguousIsNarrow === false;
	let columns = 0;
	for (let i = 0; i < visible.length; i++) {
		const code = visible.charCodeAt(i);
		columns += code < 0x7f ? 1 : eastAsianWidth(code, {ambiguousAsWide});
	}
	return columns;
}
