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

type Options = Parameters<typeof realStringWidth>[1];

const SGR = /\u001B\[[0-9;]*m/g;
/** What needs real grapheme handling: controls, combining marks, joiners, variation selectors, surrogates (emoji), Hangul jamo, Indic and Thai scripts. */
const COMPLEX =
	// biome-ignore lint/suspicious/noMisleadingCharacterClass: \uD800-\uDFFF matches surrogate code units on purpose (a non-unicode regex): any astral character goes to the real string-width.
	/[\u0000-\u001F\u007F-\u009F\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0900-\u0DFF\u0E00-\u0FFF\u1100-\u11FF\u200B-\u200F\u202A-\u202E\u2060-\u206F\u20D0-\u20FF\uFE00-\uFE0F\uFE20-\uFE2F\uD800-\uDFFF]/;

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
