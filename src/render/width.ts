/**
 * Display-column arithmetic. Every width, pad and cut in jcfz goes through here: a CJK character is two
 * columns, so `.length` is never a width.
 */
import stringWidth from './fast-string-width.js';

export const width = (text: string): number => stringWidth(text);

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
	return `${out}…`;
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

/**
 * Column widths for a table of `maxWidth` columns, shared by the CLI's tables and the explorer's: when the natural
 * widths plus `chrome` (gaps, borders, padding) are too wide, the flexible column gives up the difference, down to
 * `least`. The widths are changed in place and returned.
 */
export function fitColumns(
	widths: number[],
	chrome: number,
	flexible: number,
	maxWidth: number,
	least: number,
): number[] {
	const total = widths.reduce((a, b) => a + b, 0) + chrome;
	if (total > maxWidth && flexible >= 0) widths[flexible] = Math.max(least, widths[flexible]! - (total - maxWidth));
	return widths;
}
