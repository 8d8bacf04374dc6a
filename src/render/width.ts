/**
 * Display-column arithmetic. Every width, pad and cut in jcfz goes through here: a CJK character is two
 * columns, so `.length` is never a width.
 */
import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * Text that needs grapheme segmentation: combining marks, joiners, variation selectors, emoji, controls.
 * Everything else (CJK, Latin, punctuation) is measured code point by code point, which avoids the ~20 ms that
 * Intl.Segmenter costs on first use — most of a lookup's run time otherwise.
 */
const COMPLEX = /[\u0000-\u001F\u007F-\u009F\u0300-\u036F\u200B-\u200F\u20D0-\u20FF\uFE00-\uFE0F\uFE20-\uFE2F\uD800-\uDFFF\u1100-\u11FF\u0E00-\u0FFF\u0900-\u0DFF]/;

export function width(text: string): number {
	if (COMPLEX.test(text)) return stringWidth(text);
	let columns = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		columns += code < 0x7f ? 1 : eastAsianWidth(code);
	}
	return columns;
}

/** Cuts `text` to at most `columns` display columns, ending in … when something was cut. */
export function truncate(text: string, columns: number): string {
	if (columns <= 0) return '';
	if (width(text) <= columns) return text;
	let out = '';
	let used = 0;
	for (const ch of text) {
		const w = width(ch);
		if (used + w > columns - 1) break;
		out += ch;
		used += w;
	}
	return out + '…';
}

export function padEnd(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
	return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/** Wraps text into lines of at most `columns` display columns (CJK text has no spaces to break at). */
export function wrap(text: string, columns: number): string[] {
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const ch of text) {
		if (ch === '\n') {
			lines.push(line);
			line = '';
			used = 0;
			continue;
		}
		const w = width(ch);
		if (used + w > columns && line !== '') {
			lines.push(line);
			line = '';
			used = 0;
		}
		line += ch;
		used += w;
	}
	lines.push(line);
	return lines;
}
